/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.builtin;

import org.amvkit.core.Video;
import org.amvkit.core.internal.VideoFacts;
import org.amvkit.rules.Evidence;
import org.amvkit.rules.Status;
import org.amvkit.rules.StatusRule;

/**
 * {@value BuiltInRules#HAS_MUSIC}: passes when some music is credited, fails when the video is
 * recorded as set to none, and is unknown when its music is not recorded.
 */
final class HasMusic extends StatusRule {

  HasMusic() {
    super(BuiltInRules.HAS_MUSIC, "a song or soundtrack plays in the background");
  }

  @Override
  public Status status(Video video) {
    return !video.music().isEmpty() ? Status.PASS
        : video.musicRecorded() ? Status.FAIL : Status.UNKNOWN;
  }

  @Override
  public Status statusFrom(int facts) {
    return (facts & VideoFacts.MUSIC) != 0 ? Status.PASS
        : (facts & VideoFacts.MUSIC_NOT_RECORDED) != 0 ? Status.UNKNOWN : Status.FAIL;
  }

  @Override
  public Evidence evidence(Video video, Status status) {
    if (!video.musicRecorded()) {
      return Evidence.of("the video's music is not recorded");
    }
    if (video.music().isEmpty()) {
      return Evidence.of("no music is credited");
    }
    return Evidence.of("set to {music}", "music",
        video.music().stream().map(music -> "\"" + music.title() + "\" by " + music.artist())
            .toList());
  }
}
