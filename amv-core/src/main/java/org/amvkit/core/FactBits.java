/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core;

import static org.amvkit.core.internal.VideoFacts.ALL_ANIMATED;
import static org.amvkit.core.internal.VideoFacts.ALL_ANIME;
import static org.amvkit.core.internal.VideoFacts.ALL_FEATURE_ANIMALS;
import static org.amvkit.core.internal.VideoFacts.ANIMALS_UNKNOWN;
import static org.amvkit.core.internal.VideoFacts.ANIMATED_UNKNOWN;
import static org.amvkit.core.internal.VideoFacts.ANIME_UNKNOWN;
import static org.amvkit.core.internal.VideoFacts.MUSIC;
import static org.amvkit.core.internal.VideoFacts.MUSIC_NOT_RECORDED;
import static org.amvkit.core.internal.VideoFacts.ONE_SOURCE;
import static org.amvkit.core.internal.VideoFacts.OVERLAPPING_CLIPS;
import static org.amvkit.core.internal.VideoFacts.SEVERAL_SOURCES;
import static org.amvkit.core.internal.VideoFacts.SOURCES_NOT_RECORDED;

/**
 * Works out the facts of a video ({@link org.amvkit.core.internal.VideoFacts}) from what it says,
 * once, when it is built.
 */
final class FactBits {

  private FactBits() {}

  /** The facts of a video whose other derived answers are known. */
  static int of(Video video) {
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
}
