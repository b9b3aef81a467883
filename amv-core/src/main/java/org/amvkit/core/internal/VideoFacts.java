/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.internal;

import java.util.Objects;
import java.util.function.ToIntFunction;
import org.amvkit.core.Source;
import org.amvkit.core.Video;

/**
 * The facts of a video that most built-in rules are decided by, as bits of an {@code int} the
 * video works out once, when it is built: what amv-rules' fast path reads for every video
 * classified ({@code org.amvkit.rules.internal.Facts} names the same bits).
 *
 * <p>Why here, and why an int: reading ten answers through ten accessors of a video spread over
 * several cache lines cost more than the rest of deciding a fan vid; one field read of a number
 * made when the video was built costs one load. The number is not API of {@link Video} (it would
 * be meaningless to users), so the video hands this class a way to read it when the class
 * {@code Video} is initialised, before any video can exist; only amv-rules sees this package.
 */
public final class VideoFacts {

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
  /** Whether the video has music is not recorded ({@link #MUSIC} is clear). */
  public static final int MUSIC_NOT_RECORDED = 1 << 6;
  /** The video's sources are not recorded (no source bit is set). */
  public static final int SOURCES_NOT_RECORDED = 1 << 7;
  /** Whether every source is animated is not known ({@link #ALL_ANIMATED} is clear). */
  public static final int ANIMATED_UNKNOWN = 1 << 8;
  /** As {@link #ANIMATED_UNKNOWN}, for anime ({@link #ALL_ANIME} is clear). */
  public static final int ANIME_UNKNOWN = 1 << 9;
  /** Every source used has an animal in its cast ({@code Source.castAnimalness()}). */
  public static final int ALL_FEATURE_ANIMALS = 1 << 10;
  /**
   * No source used is known to have no animal, and one may have one (its cast is empty, or of a
   * species not recognised): {@link #ALL_FEATURE_ANIMALS} is clear.
   */
  public static final int ANIMALS_UNKNOWN = 1 << 11;
  /** How many different sets of facts there are: every {@link #of(Video)} is below it. */
  public static final int COMBINATIONS = 1 << 12;

  private static ToIntFunction<Video> reader;

  private VideoFacts() {}

  /**
   * Works out the facts of a video from what it says; the video calls this once, when built.
   *
   * @param video  the video, whose derived answers are known
   * @return the facts, a combination of this class's bits
   */
  public static int compute(Video video) {
    int sources = video.usedSources().size();
    return (video.music().isEmpty() ? 0 : MUSIC)
        | (video.musicRecorded() ? 0 : MUSIC_NOT_RECORDED)
        | (sources == 1 ? ONE_SOURCE : sources > 1 ? SEVERAL_SOURCES : 0)
        | (video.sourcesRecorded() ? 0 : SOURCES_NOT_RECORDED)
        | (video.isAllAnimated() ? ALL_ANIMATED : video.mayBeAllAnimated() ? ANIMATED_UNKNOWN : 0)
        | (video.isAllAnime() ? ALL_ANIME : video.mayBeAllAnime() ? ANIME_UNKNOWN : 0)
        | (video.hasOverlappingClips() ? OVERLAPPING_CLIPS : 0)
        | animals(video);
  }

  /** What the casts of the sources used say of animals, in every source; none without sources. */
  private static int animals(Video video) {
    if (video.usedSources().isEmpty()) {
      return 0;
    }
    boolean unknown = false;
    for (Source source : video.usedSources()) {
      switch (source.castAnimalness()) {
        case NOT_ANIMAL -> {
          return 0;
        }
        case UNKNOWN -> unknown = true;
        case ANIMAL -> { }
      }
    }
    return unknown ? ANIMALS_UNKNOWN : ALL_FEATURE_ANIMALS;
  }

  /**
   * Returns the facts the video worked out when it was built.
   *
   * @param video  the video, not null
   * @return the facts, a combination of this class's bits
   */
  public static int of(Video video) {
    return reader.applyAsInt(video);
  }

  /**
   * Takes the way to read a video's facts; called once, by {@code Video}'s initialisation.
   *
   * @param videoFacts  reads the facts of a video, not null
   * @throws IllegalStateException if called twice
   */
  public static synchronized void grant(ToIntFunction<Video> videoFacts) {
    if (reader != null) {
      throw new IllegalStateException("the facts of videos are read one way only");
    }
    reader = Objects.requireNonNull(videoFacts, "videoFacts");
  }
}
