/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.internal;

import java.util.Objects;
import java.util.function.ToIntFunction;

/**
 * The facts of a video that most built-in rules are decided by, as bits of an {@code int} the
 * video works out once, when it is built: what amv-rules' fast path reads for every video
 * classified (through {@code org.amvkit.rules.internal.Facts}, which reads them).
 *
 * <p>Why an int the video keeps: reading ten answers through ten accessors of a video spread over
 * several cache lines cost more than the rest of deciding a fan vid; one field read of a number
 * made when the video was built costs one load. The number is not API of {@code Video} (it would
 * mean nothing to users), so the video hands this class a way to read it when the class
 * {@code Video} is initialised, before any video can exist; only amv-rules sees this package.
 * Videos are {@code Object}s here so that this package does not depend on the one it serves.
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
  /** How many different sets of facts there are: every {@link #of(Object)} is below it. */
  public static final int COMBINATIONS = 1 << 12;

  private static ToIntFunction<Object> reader;

  private VideoFacts() {}

  /**
   * Returns the facts a video worked out when it was built.
   *
   * @param video  the video ({@code org.amvkit.core.Video}), not null
   * @return the facts, a combination of this class's bits
   */
  public static int of(Object video) {
    return reader.applyAsInt(video);
  }

  /**
   * Takes the way to read a video's facts; called once, by {@code Video}'s initialisation.
   *
   * @param videoFacts  reads the facts of a video, not null
   * @throws IllegalStateException if called twice
   */
  public static synchronized void grant(ToIntFunction<Object> videoFacts) {
    if (reader != null) {
      throw new IllegalStateException("the facts of videos are read one way only");
    }
    reader = Objects.requireNonNull(videoFacts, "videoFacts");
  }
}
