/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.builtin;

import org.amvkit.core.Video;
import org.amvkit.core.internal.VideoFacts;
import org.amvkit.rules.Evidence;
import org.amvkit.rules.Status;
import org.amvkit.rules.builtin.BuiltInRules.CountBy;
import org.amvkit.rules.internal.Facts;
import org.amvkit.rules.StatusRule;

/**
 * {@value BuiltInRules#MULTIPLE_SOURCES}: passes when the video uses two or more distinct sources,
 * counted by title or by franchise. The id is the same either way. Unknown when the video's sources are not recorded.
 */
final class MultipleSources extends StatusRule {

  private final CountBy countBy;

  MultipleSources(CountBy countBy) {
    super(BuiltInRules.MULTIPLE_SOURCES, switch (countBy) {
      case TITLE -> "uses footage from more than one movie or series";
      case FRANCHISE -> "uses footage from more than one franchise";
    });
    this.countBy = countBy;
  }

  @Override
  public Status status(Video video) {
    if (!video.sourcesRecorded()) {
      return Status.UNKNOWN;
    }
    return Sources.count(video.usedSources(), countBy) >= 2 ? Status.PASS : Status.FAIL;
  }

  @Override
  public Status statusFrom(int facts) {
    if (Facts.sourcesNotRecorded(facts)) {
      return Status.UNKNOWN;
    }
    if ((facts & VideoFacts.SEVERAL_SOURCES) == 0) {
      return Status.FAIL;   // fewer than two titles are fewer than two franchises too
    }
    return switch (countBy) {
      case TITLE -> Status.PASS;
      case FRANCHISE -> null;   // several titles may be one franchise: the sources decide
    };
  }

  @Override
  public Evidence evidence(Video video, Status status) {
    return Sources.countEvidence(video, countBy);
  }
}
