/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.builtin;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.amvkit.core.Clip;
import org.amvkit.core.Medium;
import org.amvkit.core.Source;
import org.amvkit.core.Video;
import org.amvkit.core.timeline.Share;
import org.amvkit.core.timeline.Timeline;
import org.amvkit.rules.Evidence;
import org.amvkit.rules.Outcome;
import org.amvkit.rules.builtin.ContestRules.Measure;

/**
 * {@value ContestRules#FOOTAGE_SHARE}: footage of some media fills at least a share of the running
 * time or of the footage, measured on the clip timeline. Also the measure behind
 * {@value BuiltInRules#ANIME_FOOTAGE_ONLY} where clips hide one another.
 */
final class FootageShare {

  private final Set<Medium> media;
  private final Share min;
  private final Measure measure;

  /**
   * Creates the rule's logic.
   *
   * @param media  the media that count, not empty
   * @param min  the smallest share that passes, not null
   * @param measure  what the share is of, not null
   */
  FootageShare(Set<Medium> media, Share min, Measure measure) {
    this.media = EnumSet.copyOf(media);
    this.min = min;
    this.measure = measure;
  }

  /**
   * What the rule asks: {@code at least 75% of the running time is anime}.
   *
   * @return the description, not null
   */
  String description() {
    String of = switch (measure) {
      case DURATION -> "running time";
      case FOOTAGE -> "footage";
    };
    return "at least " + min + " of the " + of + " is " + names(media);
  }

  /**
   * Evaluates a video: unknown without clips, when a source used is not placed by any clip, when
   * the share of the running time is asked and the duration is not recorded, and when the share
   * falls short but footage of a source whose medium is not recorded may make it up.
   *
   * @param video  the video, not null
   * @return the outcome, not null
   */
  Outcome evaluate(Video video) {
    String counted = names(media);
    if (video.clips().isEmpty()) {
      return Outcome.unknown("the clip timeline is missing, so the share of " + counted
          + " footage cannot be measured");
    }
    if (measure == Measure.DURATION && video.duration().isEmpty()) {
      return Outcome.unknown("the video's duration is not recorded, so the share of the running"
          + " time that is " + counted + " cannot be measured");
    }
    List<String> unplaced = unplaced(video);
    Timeline timeline = Timeline.of(video);
    Share share = switch (measure) {
      case DURATION -> timeline.share(media);
      case FOOTAGE -> timeline.shareOfFootage(media);
    };
    String of = switch (measure) {
      case DURATION -> "the running time";
      case FOOTAGE -> "the footage";
    };
    if (!unplaced.isEmpty()) {
      return Outcome.unknown(() -> Evidence.of("the clip timeline does not place {unplaced}, so"
          + " the share of " + counted + " footage cannot be measured (the clips give {share} of "
          + of + ")", "unplaced", unplaced, "share", share.toString()));
    }
    if (share.isAtLeast(min)) {
      return Outcome.pass(() -> Evidence.of(counted + " fills {share} of " + of
          + ", at least {min}", "share", share.toString(), "min", min.toString()));
    }
    List<String> unrecorded = unrecordedMedia(video);
    if (!unrecorded.isEmpty()) {
      return Outcome.unknown(() -> Evidence.of(counted + " fills {share} of " + of
          + ", less than {min}, and the medium of {unrecorded} is not recorded", "share",
          share.toString(), "min", min.toString(), "unrecorded", unrecorded));
    }
    return Outcome.fail(() -> Evidence.of(counted + " fills {share} of " + of
        + ", less than {min}", "share", share.toString(), "min", min.toString()));
  }

  /**
   * Titles of the used sources that no clip places on the timeline, by id.
   *
   * @param video  the video, not null
   * @return the titles, empty when every source used is placed, not null
   */
  static List<String> unplaced(Video video) {
    Set<String> placed = new TreeSet<>();
    for (Clip clip : video.clips()) {
      placed.add(clip.source().id());
    }
    List<String> titles = new ArrayList<>();
    for (Source source : video.usedSources()) {
      if (!placed.contains(source.id())) {
        titles.add(source.title());
      }
    }
    return titles;
  }

  /** Titles of the used sources whose medium is not recorded. */
  private static List<String> unrecordedMedia(Video video) {
    List<String> titles = new ArrayList<>();
    for (Source source : video.usedSources()) {
      if (source.medium().isEmpty()) {
        titles.add(source.title());
      }
    }
    return titles;
  }

  /** {@code anime}, {@code anime or animation}: the media's ids in declaration order. */
  private static String names(Set<Medium> media) {
    return media.stream().map(Medium::id).collect(Collectors.joining(" or "));
  }
}
