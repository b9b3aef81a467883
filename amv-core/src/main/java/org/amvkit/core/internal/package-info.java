/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Helpers shared by the packages of {@code org.amvkit.core} and, through a qualified export, by
 * {@code org.amvkit.rules}: the spelling rules of identifiers, the lookup of enum constants by
 * identifier, and how the JSON readers word Jackson's messages. Not exported to applications:
 * nothing here is API.
 */
package org.amvkit.core.internal;
