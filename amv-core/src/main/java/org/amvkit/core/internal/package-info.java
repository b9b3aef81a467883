/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Helpers shared by the packages of {@code org.amvkit.core} and, through a qualified export, by
 * {@code org.amvkit.rules} and the {@code amv} command line: the spelling rules of identifiers,
 * the lookup of enum constants by identifier, how the JSON readers word Jackson's messages, and
 * the ordered pipeline that maps a stream on worker threads. Not exported to applications:
 * nothing here is API.
 */
package org.amvkit.core.internal;
