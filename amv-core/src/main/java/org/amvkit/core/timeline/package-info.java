/**
 * Time on a video's timeline: {@link org.amvkit.core.timeline.Interval intervals}, exact
 * {@link org.amvkit.core.timeline.Share shares} and the {@link org.amvkit.core.timeline.Timeline}
 * that answers how much of a video each medium or source fills. Clips may overlap (layers,
 * compositing), so every measure is taken over the <em>union</em> of intervals and nothing is
 * counted twice. The arithmetic is exact, in nanoseconds; doubles appear only at the edge.
 */
@AmvStyle
package org.amvkit.core.timeline;

import org.amvkit.core.internal.AmvStyle;
