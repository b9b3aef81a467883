/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.builtin;

import org.amvkit.core.Video;
import org.amvkit.rules.Evidence;
import org.amvkit.rules.Status;
import org.amvkit.rules.internal.Facts;
import org.amvkit.rules.StatusRule;

/**
 * {@value BuiltInRules#HAS_SOURCE}: passes when the video uses at least one source; unknown when
 * its sources are not recorded.
 */
final class HasSource extends StatusRule {

  HasSource() {
    super(BuiltInRules.HAS_SOURCE, "uses footage from at least one source");
  }

  @Override
  public Status status(Video video) {
    return !video.sourcesRecorded() ? Status.UNKNOWN
        : video.usedSources().isEmpty() ? Status.FAIL : Status.PASS;
  }

  @Override
  public Status statusFrom(int facts) {
    return Facts.sourcesNotRecorded(facts) ? Status.UNKNOWN
        : Facts.anySource(facts) ? Status.PASS : Status.FAIL;
  }

  @Override
  public Evidence evidence(Video video, Status status) {
    if (!video.sourcesRecorded()) {
      return Evidence.of(Sources.NOT_RECORDED);
    }
    if (video.usedSources().isEmpty()) {
      return Evidence.of("no source is named");
    }
    return Evidence.of("uses {sources}", "sources", Sources.titles(video.usedSources()));
  }
}
