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
 * no source, or when no source is known to be of another medium but the medium of one is not
 * recorded; their evidence names the sources of other media and, where the video has a clip
 * timeline, the share of the video those fill, or the sources whose medium is not recorded.
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
   * @param maybe  the video's precomputed answer: whether no source it uses is known to be of
   *     another medium
   * @return unknown without sources; else pass if {@code all}, unknown if {@code maybe}, or fail
   */
  static Status fromSources(Video video, boolean all, boolean maybe) {
    if (video.usedSources().isEmpty()) {
      return Status.UNKNOWN;
    }
    return all ? Status.PASS : maybe ? Status.UNKNOWN : Status.FAIL;
  }

  /**
   * Tells whether the medium of a source the video uses is not recorded.
   *
   * @param video  the video, not null
   * @return true if some used source has no recorded medium
   */
  static boolean anyMediumNotRecorded(Video video) {
    for (Source source : video.usedSources()) {
      if (source.medium().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Evidence evidence(Video video, Status status) {
    Set<Source> used = video.usedSources();
    if (!video.sourcesRecorded()) {
      return Evidence.of(Sources.NOT_RECORDED + ", so the footage is not known");
    }
    if (used.isEmpty()) {
      return Evidence.of("no source is named, so the footage is not known");
    }
    if (status == Status.PASS) {
      return Evidence.of("every source is " + adjective + ": {sources}", "sources",
          Sources.titles(used));
    }
    List<String> others = Sources.titles(used,
        source -> source.medium().isPresent() && !media.contains(source.medium().get()));
    if (status == Status.UNKNOWN || others.isEmpty()) {
      return Evidence.of("the medium of {unrecorded} is not recorded, so whether all footage is "
          + adjective + " is not known", "unrecorded",
          Sources.titles(used, source -> source.medium().isEmpty()));
    }
    if (video.clips().isEmpty()) {
      return Evidence.of("not " + adjective + ": {others}", "others", others);
    }
    Set<Medium> otherMedia = EnumSet.complementOf(EnumSet.copyOf(media));
    return Evidence.of("not " + adjective + ": {others}, {share} of the video",
        "others", others, "share", Timeline.of(video).share(otherMedia).toString());
  }
}
