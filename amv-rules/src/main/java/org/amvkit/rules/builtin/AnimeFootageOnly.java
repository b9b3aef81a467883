/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.builtin;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.amvkit.core.Clip;
import org.amvkit.core.Medium;
import org.amvkit.core.Video;
import org.amvkit.core.internal.VideoFacts;
import org.amvkit.core.timeline.Share;
import org.amvkit.rules.Evidence;
import org.amvkit.rules.Status;
import org.amvkit.rules.builtin.ContestRules.Measure;
import org.amvkit.rules.internal.Facts;

/**
 * {@value BuiltInRules#ANIME_FOOTAGE_ONLY}: passes when all footage is anime. Where the clips
 * overlap and place every source, a non-anime clip lying wholly under anime clips shows no
 * non-anime footage, so the footage share decides; otherwise the sources do. A source whose
 * medium is not recorded makes it unknown unless footage known not to be anime is on screen.
 */
final class AnimeFootageOnly extends FootageOnly {

  /** footage-share of anime at 100% of the footage: what decides when clips hide others. */
  private static final FootageShare ALL_OF_THE_FOOTAGE =
      new FootageShare(EnumSet.of(Medium.ANIME), Share.ONE, Measure.FOOTAGE);

  AnimeFootageOnly() {
    super(BuiltInRules.ANIME_FOOTAGE_ONLY, "all footage is anime", EnumSet.of(Medium.ANIME),
        "anime");
  }

  /**
   * From the precomputed facts when every source is anime or no clips overlap (then all of every
   * clip is on screen, so the sources decide: the common cases, read without allocating); else
   * through the footage share where a timeline places every source; else from the sources. Where
   * the share falls short, footage of a source whose medium is not recorded may be what fills
   * the rest, so it is unknown then.
   */
  @Override
  public Status status(Video video) {
    if (video.isAllAnime() || !video.hasOverlappingClips() || showsNonAnimeFootage(video)
        || !FootageShare.unplaced(video).isEmpty()) {
      return fromSources(video, video.isAllAnime(), video.mayBeAllAnime());
    }
    Status measured = ALL_OF_THE_FOOTAGE.evaluate(video).status();
    return measured == Status.PASS ? Status.PASS
        : anyMediumNotRecorded(video) ? Status.UNKNOWN : Status.FAIL;
  }

  @Override
  public Status statusFrom(int facts) {
    // without overlapping clips the sources decide, as status(video) does
    return !Facts.anySource(facts) ? Status.UNKNOWN
        : (facts & VideoFacts.ALL_ANIME) != 0 ? Status.PASS
        : (facts & VideoFacts.OVERLAPPING_CLIPS) != 0 ? null
        : (facts & VideoFacts.ANIME_UNKNOWN) != 0 ? Status.UNKNOWN : Status.FAIL;
  }

  @Override
  public Evidence evidence(Video video, Status status) {
    if (status == Status.PASS && !video.isAllAnime()) {
      return Evidence.of("anime fills all of the footage; the clips of {others} lie wholly"
          + " under anime clips", "others",
          Sources.titles(video.usedSources(),
              source -> source.medium().orElse(null) != Medium.ANIME));
    }
    return super.evidence(video, status);
  }

  /**
   * A cheap, allocation-free proof that some footage known not to be anime is on screen: a clip
   * of a known other medium starts at a moment no anime clip covers. When it says false the
   * footage share decides.
   */
  private static boolean showsNonAnimeFootage(Video video) {
    List<Clip> clips = video.clips();
    for (int i = 0; i < clips.size(); i++) {
      Clip clip = clips.get(i);
      Optional<Medium> medium = clip.source().medium();
      if (medium.isPresent() && medium.get() != Medium.ANIME
          && !coveredByAnime(clips, clip.start())) {
        return true;
      }
    }
    return false;
  }

  private static boolean coveredByAnime(List<Clip> clips, Duration moment) {
    for (int i = 0; i < clips.size(); i++) {
      Clip clip = clips.get(i);
      if (clip.source().medium().orElse(null) == Medium.ANIME
          && clip.start().compareTo(moment) <= 0
          && clip.end().compareTo(moment) > 0) {
        return true;
      }
    }
    return false;
  }
}
