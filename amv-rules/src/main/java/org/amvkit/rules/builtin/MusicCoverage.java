/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.amvkit.core.Interval;
import org.amvkit.core.Music;
import org.amvkit.core.Video;
import org.amvkit.core.timeline.Share;
import org.amvkit.rules.Evidence;
import org.amvkit.rules.Outcome;

/**
 * {@value ContestRules#MUSIC_COVERAGE}: the music plays during at least a share of the running
 * time, measured over the union of the music's positions.
 */
final class MusicCoverage {

  private final Share min;

  /**
   * Creates the rule's logic.
   *
   * @param min  the smallest share that passes, not null
   */
  MusicCoverage(Share min) {
    this.min = min;
  }

  /**
   * What the rule asks: {@code at least 75% of the video is set to music}.
   *
   * @return the description, not null
   */
  String description() {
    return "at least " + min + " of the video is set to music";
  }

  /**
   * Evaluates a video: unknown when its music or its duration is not recorded, when no music has
   * a position, and when the music with a position covers too little but some music has none.
   *
   * @param video  the video, not null
   * @return the outcome, not null
   */
  Outcome evaluate(Video video) {
    if (!video.musicRecorded()) {
      return Outcome.unknown("the video's music is not recorded, so how much of the video is set"
          + " to music is not known");
    }
    if (video.duration().isEmpty()) {
      return Outcome.unknown("the video's duration is not recorded, so how much of it is set to"
          + " music is not known");
    }
    List<Interval> positions = new ArrayList<>();
    List<String> unplaced = new ArrayList<>();
    for (Music music : video.music()) {
      Optional<Interval> position = music.position();
      if (position.isPresent()) {
        positions.add(position.get());
      } else {
        unplaced.add("\"" + music.title() + "\"");
      }
    }
    if (positions.isEmpty()) {
      return Outcome.unknown(video.music().isEmpty()
          ? "no music is credited, so how much of the video is set to music is not known"
          : "no music has a position, so how much of the video is set to music is not known");
    }
    Share share = Share.of(Interval.coveredBy(positions), video.duration().get());
    if (share.isAtLeast(min)) {
      return Outcome.pass(() -> Evidence.of("music plays during {share} of the video,"
          + " at least {min}", "share", share.toString(), "min", min.toString()));
    }
    if (!unplaced.isEmpty()) {
      return Outcome.unknown(() -> Evidence.of("music with a position plays during {share} of the"
          + " video, less than {min}, and {unplaced} has no position", "share", share.toString(),
          "min", min.toString(), "unplaced", unplaced));
    }
    return Outcome.fail(() -> Evidence.of("music plays during {share} of the video, less than"
        + " {min}", "share", share.toString(), "min", min.toString()));
  }
}
