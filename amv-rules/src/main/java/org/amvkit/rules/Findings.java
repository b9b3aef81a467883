/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules;

import org.amvkit.core.Video;

/**
 * Makes the result of classifying one video from what {@link Plan#classify} found, allocating
 * nothing else: the classifier's is {@code Classification::new}. The result keeps what it is given
 * as it is, to hand it back to the plan ({@link Plan#deviations}, {@link Plan#complete}); it never
 * reads the codes itself.
 *
 * @param <C>  the type of result
 */
@FunctionalInterface
interface Findings<C> {

  /**
   * Makes the result.
   *
   * @param plan  the plan that walked, not null
   * @param video  the video classified, not null
   * @param facts  the video's {@link Facts}
   * @param packedCodes  the codes of the rules evaluated so far, if they fit in a {@code long}
   * @param wideCodes  else the same, a byte a rule; null when packed
   * @param keptOutcomes  the outcomes kept so far, by rule, or null if none was
   * @param category  the index in the profile of the first definition met, or -1 if none was
   * @return the result, not null
   */
  C of(Plan plan, Video video, int facts, long packedCodes, byte[] wideCodes,
      Outcome[] keptOutcomes, int category);
}
