/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.internal;

import org.amvkit.core.Video;
import org.amvkit.core.internal.VideoFacts;

/**
 * The few facts of a video that decide most built-in rules, packed in the bits of an {@code int}:
 * whether it has music, whether it uses no, one or several sources, whether they are all animated
 * or all anime, and whether its clips overlap; and, for each of these a catalogue may not record,
 * whether it is not known. The classifier reads them once per video and looks up, in a table it
 * made once per profile, the status each rule gives for them (see {@code statusFrom(int)} of the
 * built-in rules); only a rule that needs more of the video than these facts is asked for its
 * status.
 *
 * <p>Each "not known" bit stands beside the bits it qualifies, which are then clear: a video whose
 * music is not recorded has neither {@link #MUSIC} nor the certainty that it has none.
 */
public final class Facts {

  /** The video is set to music. */
  public static final int MUSIC = VideoFacts.MUSIC;
  /** The video uses exactly one source. */
  public static final int ONE_SOURCE = VideoFacts.ONE_SOURCE;
  /** The video uses two or more sources. */
  public static final int SEVERAL_SOURCES = VideoFacts.SEVERAL_SOURCES;
  /** Every source used is animated. */
  public static final int ALL_ANIMATED = VideoFacts.ALL_ANIMATED;
  /** Every source used is anime. */
  public static final int ALL_ANIME = VideoFacts.ALL_ANIME;
  /** Some clips overlap. */
  public static final int OVERLAPPING_CLIPS = VideoFacts.OVERLAPPING_CLIPS;
  /** Whether the video has music is not recorded ({@link #MUSIC} is clear). */
  public static final int MUSIC_NOT_RECORDED = VideoFacts.MUSIC_NOT_RECORDED;
  /** The video's sources are not recorded (no source bit is set). */
  public static final int SOURCES_NOT_RECORDED = VideoFacts.SOURCES_NOT_RECORDED;
  /**
   * Whether every source is animated is not known: none is known not to be, and the medium of
   * one or more is not recorded ({@link #ALL_ANIMATED} is clear).
   */
  public static final int ANIMATED_UNKNOWN = VideoFacts.ANIMATED_UNKNOWN;
  /** As {@link #ANIMATED_UNKNOWN}, for anime ({@link #ALL_ANIME} is clear). */
  public static final int ANIME_UNKNOWN = VideoFacts.ANIME_UNKNOWN;
  /** How many different sets of facts there are: every {@link #of(Video)} is below it. */
  public static final int COMBINATIONS = VideoFacts.COMBINATIONS;
  /** Every source used has an animal in its cast. */
  public static final int ALL_FEATURE_ANIMALS = VideoFacts.ALL_FEATURE_ANIMALS;
  /** No source used is known to have no animal, and one may have one. */
  public static final int ANIMALS_UNKNOWN = VideoFacts.ANIMALS_UNKNOWN;

  private Facts() {}

  /**
   * Reads the facts of a video; reads only what the video computed when it was built.
   *
   * @param video  the video, not null
   * @return the facts, a combination of this class's bits
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
    return (facts & (ONE_SOURCE | SEVERAL_SOURCES)) != 0;
  }

  /**
   * Tells whether the facts say the video's sources are not recorded.
   *
   * @param facts  facts from {@link #of(Video)}
   * @return true if the sources are not recorded
   */
  public static boolean sourcesNotRecorded(int facts) {
    return (facts & SOURCES_NOT_RECORDED) != 0;
  }
}
