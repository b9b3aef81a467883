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

/** {@value BuiltInRules#HAS_MUSIC}: passes when some music is credited. */
final class HasMusic extends StatusRule {

  HasMusic() {
    super(BuiltInRules.HAS_MUSIC, "a song or soundtrack plays in the background");
  }

  @Override
  public Status status(Video video) {
    return video.music().isEmpty() ? Status.FAIL : Status.PASS;
  }

  @Override
  public Status statusFrom(int facts) {
    return (facts & Facts.MUSIC) != 0 ? Status.PASS : Status.FAIL;
  }

  @Override
  public Evidence evidence(Video video, Status status) {
    if (video.music().isEmpty()) {
      return Evidence.of("no music is credited");
    }
    return Evidence.of("set to {music}", "music",
        video.music().stream().map(music -> "\"" + music.title() + "\" by " + music.artist())
            .toList());
  }
}
