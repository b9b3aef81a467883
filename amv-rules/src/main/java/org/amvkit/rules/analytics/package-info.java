/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * What a whole catalogue says about its community: which sources everyone uses, how original a
 * video's choice of sources is, who collaborates with whom, where the creators live, which
 * software and music they favour, how many videos are birthday presents, and how many fall in
 * each category of a profile.
 *
 * <p>An {@link org.amvkit.rules.analytics.AnalyticsCollector} reads videos one by one — from a
 * {@link org.amvkit.core.json.CatalogueReader}, a list, or a parallel stream through
 * {@link org.amvkit.rules.analytics.Analytics#collector()} — and keeps counts only, so its memory
 * depends on the number of sources, countries, creators and terms, never on the number of videos.
 * The finished {@link org.amvkit.rules.analytics.Analytics} is an immutable value; partial results
 * of chunks {@linkplain org.amvkit.rules.analytics.Analytics#merge(Analytics) merge}. Questions
 * that need the popularity of the whole catalogue — a video's
 * {@linkplain org.amvkit.rules.analytics.Analytics#originality(org.amvkit.core.Video) originality},
 * the {@code uses-rare-source} rule of {@link org.amvkit.rules.analytics.RareSourceRule} — are
 * asked of a finished {@code Analytics}, in a second pass.
 */
package org.amvkit.rules.analytics;
