/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.builtin;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.amvkit.core.Medium;
import org.amvkit.core.Source;
import org.amvkit.core.Video;
import org.amvkit.core.timeline.Timeline;
import org.amvkit.rules.Evidence;
import org.amvkit.rules.Status;
import org.amvkit.rules.StatusRule;

/**
 * What the two "all footage is of these media" rules share: they are unknown when the video names
 * no source, and their evidence names the sources of other media and, where the video has a clip
 * timeline, the share of the video those fill.
 */
abstract sealed class FootageOnly extends StatusRule
    permits AnimatedFootageOnly, AnimeFootageOnly {

  private final Set<Medium> media;
  private final String adjective;

  /**
   * Creates the rule.
   *
   * @param id  the rule's id, not null
   * @param description  what it asks, not null
   * @param media  the media all footage must be of, not empty
   * @param adjective  the media in the evidence: "every source is {adjective}", not null
   */
  FootageOnly(String id, String description, Set<Medium> media, String adjective) {
    super(id, description);
    this.media = EnumSet.copyOf(media);
    this.adjective = adjective;
  }

  /**
   * The status the sources give.
   *
   * @param video  the video, not null
   * @param all  the video's precomputed answer: whether every source it uses is of the media
   * @return unknown without sources, else pass or fail as {@code all} says
   */
  static Status fromSources(Video video, boolean all) {
    if (video.usedSources().isEmpty()) {
      return Status.UNKNOWN;
    }
    return all ? Status.PASS : Status.FAIL;
  }

  @Override
  public Evidence evidence(Video video, Status status) {
    Set<Source> used = video.usedSources();
    if (used.isEmpty()) {
      return Evidence.of("no source is named, so the footage is not known");
    }
    if (status == Status.PASS) {
      return Evidence.of("every source is " + adjective + ": {sources}", "sources",
          Sources.titles(used));
    }
    List<String> others = Sources.titles(used, source -> !media.contains(source.medium()));
    if (video.clips().isEmpty()) {
      return Evidence.of("not " + adjective + ": {others}", "others", others);
    }
    Set<Medium> otherMedia = EnumSet.complementOf(EnumSet.copyOf(media));
    return Evidence.of("not " + adjective + ": {others}, {share} of the video",
        "others", others, "share", Timeline.of(video).share(otherMedia).toString());
  }
}
