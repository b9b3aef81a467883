/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Internals of amvkit's rules, not part of the API and not exported from the module: the few
 * {@link org.amvkit.rules.internal.Facts} of a video that decide most built-in rules.
 *
 * <p>The engine itself (the plan a classifier works out once for its profile, its encoding and the
 * one walk over the profile's definitions) is package-private in {@code org.amvkit.rules}, beside
 * the {@code Classifier} that owns it, so that nothing outside that package can reach it. This
 * package sits below it: it depends on amv-core alone, never on {@code org.amvkit.rules}, so that
 * the packages of the rules module form no cycle. The built-in rules read the facts here to say,
 * once per profile, which statuses the facts alone decide.
 */
package org.amvkit.rules.internal;
