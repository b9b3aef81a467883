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
 * {@value BuiltInRules#SINGLE_SOURCE}: passes when the video uses exactly one source, counted by
 * title or by franchise as {@value BuiltInRules#MULTIPLE_SOURCES} counts them. The id is the same
 * either way. Unknown when the video's sources are not recorded.
 */
final class SingleSource extends StatusRule {

  private final CountBy countBy;

  SingleSource(CountBy countBy) {
    super(BuiltInRules.SINGLE_SOURCE, switch (countBy) {
      case TITLE -> "uses footage from exactly one source";
      case FRANCHISE -> "uses footage from exactly one franchise";
    });
    this.countBy = countBy;
  }

  @Override
  public Status status(Video video) {
    if (!video.sourcesRecorded()) {
      return Status.UNKNOWN;
    }
    return Sources.count(video.usedSources(), countBy) == 1 ? Status.PASS : Status.FAIL;
  }

  @Override
  public Status statusFrom(int facts) {
    if (Facts.sourcesNotRecorded(facts)) {
      return Status.UNKNOWN;
    }
    if ((facts & VideoFacts.ONE_SOURCE) != 0) {
      return Status.PASS;   // one title is one franchise too
    }
    if ((facts & VideoFacts.SEVERAL_SOURCES) == 0) {
      return Status.FAIL;   // no source at all
    }
    return switch (countBy) {
      case TITLE -> Status.FAIL;
      case FRANCHISE -> null;   // several titles may be one franchise: the sources decide
    };
  }

  @Override
  public Evidence evidence(Video video, Status status) {
    return Sources.countEvidence(video, countBy);
  }
}
