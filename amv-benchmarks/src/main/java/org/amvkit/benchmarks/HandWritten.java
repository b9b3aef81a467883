/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.benchmarks;

import java.util.List;
import java.util.Set;
import org.amvkit.core.Source;
import org.amvkit.core.Video;

/**
 * The {@code all-the-tropes} profile written by hand as a plain {@code if} chain over the value
 * types: what a developer who needs only the category and the deviations would write, and the
 * practical limit for the classifier. It reads the same precomputed facts as the built-in rules
 * ({@link Video#usedSources()}, {@link Video#isAllAnimated()}, {@link Video#isAllAnime()},
 * {@link Source#featuresAnimals()}) and allocates nothing: its results are constants.
 *
 * <p>The chain follows the profile: the first definition met wins; a definition whose required
 * rule is unknown (no source named, so the footage is unknown) is not met, and a video that meets
 * none while one is undetermined is {@code undetermined} (with music but no source named: whether
 * its footage is anime cannot be told), as the classifier has it since issue 12.
 */
public final class HandWritten {

  static final Result SINGLE_SOURCE_MUSIC_VIDEO =
      new Result("single-source-music-video", List.of());
  static final Result ANIMASH = new Result("animash", List.of());
  static final Result ANIMASH_WITHOUT_ANIMALS =
      new Result("animash", List.of("features-animals"));
  static final Result ANIME_MUSIC_VIDEO = new Result("anime-music-video", List.of());
  static final Result FAN_VID = new Result("fan-vid", List.of());
  static final Result NOT_A_MUSIC_VIDEO = new Result("not-a-music-video", List.of());
  static final Result UNDETERMINED = new Result("undetermined", List.of());

  private HandWritten() {}

  /**
   * Classifies a video under the {@code all-the-tropes} profile.
   *
   * @param video  the video, not null
   * @return the category and deviations, not null
   */
  public static Result classify(Video video) {
    if (video.music().isEmpty()) {
      return NOT_A_MUSIC_VIDEO;                  // has-music is required everywhere
    }
    Set<Source> used = video.usedSources();
    int sources = used.size();
    if (sources == 0) {
      return UNDETERMINED;                       // anime-footage-only unknown, no definition met
    }
    if (sources == 1) {
      return SINGLE_SOURCE_MUSIC_VIDEO;
    }
    if (video.isAllAnimated()) {
      return hasSourceWithoutAnimals(used) ? ANIMASH_WITHOUT_ANIMALS : ANIMASH;
    }
    if (video.isAllAnime()) {
      return ANIME_MUSIC_VIDEO;                  // unreachable here: anime is animated
    }
    return FAN_VID;
  }

  /** The features-animals convention fails when a source lists characters, none an animal. */
  private static boolean hasSourceWithoutAnimals(Set<Source> used) {
    for (Source source : used) {
      if (!source.featuresAnimals() && !source.cast().isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
