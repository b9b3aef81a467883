/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.builtin;

import java.util.EnumSet;
import org.amvkit.core.Medium;
import org.amvkit.core.Video;
import org.amvkit.core.internal.VideoFacts;
import org.amvkit.rules.Status;
import org.amvkit.rules.internal.Facts;

/**
 * {@value BuiltInRules#ANIMATED_FOOTAGE_ONLY}: passes when every source used is anime or other
 * animation; unknown when the video names no source, or when no source is known not to be
 * animated but the medium of one is not recorded.
 */
final class AnimatedFootageOnly extends FootageOnly {

  AnimatedFootageOnly() {
    super(BuiltInRules.ANIMATED_FOOTAGE_ONLY,
        "all footage is animated: anime, animated films or animated series",
        EnumSet.of(Medium.ANIME, Medium.ANIMATION), "animated");
  }

  @Override
  public Status status(Video video) {
    return fromSources(video, video.isAllAnimated(), video.mayBeAllAnimated());
  }

  @Override
  public Status statusFrom(int facts) {
    return !Facts.anySource(facts) ? Status.UNKNOWN
        : (facts & VideoFacts.ALL_ANIMATED) != 0 ? Status.PASS
        : (facts & VideoFacts.ANIMATED_UNKNOWN) != 0 ? Status.UNKNOWN : Status.FAIL;
  }
}
