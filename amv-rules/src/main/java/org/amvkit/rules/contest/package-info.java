/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Convention AMV contests: a {@link org.amvkit.rules.contest.Contest} holds a rule sheet — the
 * categories (here {@link org.amvkit.core.Style styles}), the {@link org.amvkit.rules.Definition} every entry must meet (built from the
 * {@linkplain org.amvkit.rules.builtin.ContestRules contest rules}) with the rules that differ by
 * style, the premiere cut-off, whether earlier award winners are excluded and the entry
 * limits — and the {@link org.amvkit.rules.contest.Entry entries} submitted. Checking it over a
 * catalogue gives a {@link org.amvkit.rules.contest.ContestReport}: each entry
 * {@linkplain org.amvkit.rules.contest.Decision accepted, rejected or undetermined} with every
 * rule's outcome, and the {@link org.amvkit.rules.contest.Violation violations} that only show
 * across entries, such as an editor with two entries in one category. Contest files
 * ({@code amv-contest/1}) are read by {@link org.amvkit.rules.json.ContestReader}.
 *
 * <p>A rule sheet's <em>category</em> (Action, Drama, …) is a {@link org.amvkit.core.Style} in
 * Java ({@code Contest.styles()}, {@code Entry.style()}, {@code Contest.styleRules()}), never the
 * category of a {@link org.amvkit.rules.Classification}; the contest file and the messages keep
 * the rule sheet's word. See the glossary of {@link org.amvkit.rules}.
 */
@AmvStyle
package org.amvkit.rules.contest;

import org.amvkit.core.internal.AmvStyle;
