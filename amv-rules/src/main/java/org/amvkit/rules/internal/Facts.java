/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.internal;

import org.amvkit.core.Video;

/**
 * The few facts of a video that decide most built-in rules, packed in the bits of an {@code int}:
 * whether it has music, whether it uses no, one or several sources, whether they are all animated
 * or all anime, and whether its clips overlap. The classifier reads them once per video and looks
 * up, in a table it made once per profile, the status each rule gives for them (see
 * {@code statusFrom(int)} of the built-in rules); only a rule that needs more of the video than
 * these facts is asked for its status.
 */
public final class Facts {

  /** The video is set to music. */
  public static final int MUSIC = 1;
  /** The video uses exactly one source. */
  public static final int ONE_SOURCE = 1 << 1;
  /** The video uses two or more sources. */
  public static final int SEVERAL_SOURCES = 1 << 2;
  /** Every source used is animated. */
  public static final int ALL_ANIMATED = 1 << 3;
  /** Every source used is anime. */
  public static final int ALL_ANIME = 1 << 4;
  /** Some clips overlap. */
  public static final int OVERLAPPING_CLIPS = 1 << 5;
  /** How many different sets of facts there are: every {@link #of(Video)} is below it. */
  public static final int COMBINATIONS = 1 << 6;

  private Facts() {}

  /**
   * Reads the facts of a video; reads only what the video computed when it was built.
   *
   * @param video  the video, not null
   * @return the facts, a combination of this class's bits
   */
  public static int of(Video video) {
    int sources = video.usedSources().size();
    return (video.music().isEmpty() ? 0 : MUSIC)
        | (sources == 1 ? ONE_SOURCE : sources > 1 ? SEVERAL_SOURCES : 0)
        | (video.isAllAnimated() ? ALL_ANIMATED : 0)
        | (video.isAllAnime() ? ALL_ANIME : 0)
        | (video.hasOverlappingClips() ? OVERLAPPING_CLIPS : 0);
  }

  /**
   * Tells whether the facts say the video uses at least one source.
   *
   * @param facts  facts from {@link #of(Video)}
   * @return true if one or several sources are used
   */
  public static boolean anySource(int facts) {
    return (facts & (ONE_SOURCE | SEVERAL_SOURCES)) != 0;
  }
}
