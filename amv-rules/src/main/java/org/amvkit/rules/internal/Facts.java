/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.internal;

import org.amvkit.core.Video;
import org.amvkit.core.internal.VideoFacts;

/**
 * Reads the few facts of a video that decide most built-in rules: the bits of an {@code int} the
 * video worked out when it was built, named by {@link VideoFacts} (music, no, one or several
 * sources, all animated, all anime, overlapping clips, animals in every cast, and for each fact a
 * catalogue may not record, whether it is not known). The classifier reads them once per video
 * and looks up, in a table it made once per profile, the status each rule gives for them (see
 * {@code statusFrom(int)} of the built-in rules); only a rule that needs more of the video than
 * these facts is asked for its status.
 *
 * <p>Each "not known" bit stands beside the bits it qualifies, which are then clear: a video whose
 * music is not recorded has neither {@link VideoFacts#MUSIC} nor the certainty that it has none.
 */
public final class Facts {

  private Facts() {}

  /**
   * Reads the facts of a video; reads only what the video computed when it was built.
   *
   * @param video  the video, not null
   * @return the facts, a combination of {@link VideoFacts}' bits
   */
  public static int of(Video video) {
    return VideoFacts.of(video);
  }

  /**
   * Tells whether the facts say the video uses at least one source.
   *
   * @param facts  facts from {@link #of(Video)}
   * @return true if one or several sources are used
   */
  public static boolean anySource(int facts) {
    return (facts & (VideoFacts.ONE_SOURCE | VideoFacts.SEVERAL_SOURCES)) != 0;
  }

  /**
   * Tells whether the facts say the video's sources are not recorded.
   *
   * @param facts  facts from {@link #of(Video)}
   * @return true if the sources are not recorded
   */
  public static boolean sourcesNotRecorded(int facts) {
    return (facts & VideoFacts.SOURCES_NOT_RECORDED) != 0;
  }
}
