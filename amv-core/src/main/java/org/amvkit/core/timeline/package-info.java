/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Measures over a video's timeline: exact {@link org.amvkit.core.timeline.Share shares} and the
 * {@link org.amvkit.core.timeline.Timeline} ({@code Timeline.of(video)}) that answers how much of
 * a video each medium or source fills, over the video's {@link org.amvkit.core.Interval intervals}.
 * This package builds on the core value types; they never depend on it. Clips may overlap (layers,
 * compositing), so every measure is taken over the <em>union</em> of intervals and nothing is
 * counted twice. The arithmetic is exact, in nanoseconds; doubles appear only at the edge.
 */
@AmvStyle
package org.amvkit.core.timeline;

import org.amvkit.core.internal.AmvStyle;
