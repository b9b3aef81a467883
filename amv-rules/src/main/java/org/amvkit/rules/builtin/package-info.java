/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The rules, definitions and profiles of the source text, with the ids other programs rely on.
 * {@link org.amvkit.rules.builtin.BuiltInRules} answers the three criteria of an Animash (more than
 * one source, music, animals) and the footage questions; {@link
 * org.amvkit.rules.builtin.BuiltInDefinitions} combines them into the categories a video can fall
 * in; {@link org.amvkit.rules.builtin.BuiltInProfiles} orders those categories for All The Tropes
 * (lenient and strict about animals) and for the real-world sense of "anime music video".
 * {@link org.amvkit.rules.builtin.ContestRules} holds the parameterised rules of contest rule
 * sheets.
 *
 * <p>The public classes hold the factories and ids users look for; each rule is implemented by a
 * package-private class of its own that holds everything about it (for a built-in rule: its status
 * from the video, its status from the classifier's precomputed facts, and its evidence; for a
 * contest rule: its description and its evaluation).
 */
package org.amvkit.rules.builtin;
