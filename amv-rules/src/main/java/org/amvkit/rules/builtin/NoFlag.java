/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.builtin;

import java.util.Optional;
import org.amvkit.core.ContentFlag;
import org.amvkit.core.Video;
import org.amvkit.rules.Evidence;
import org.amvkit.rules.Outcome;

/**
 * {@value ContestRules#NO_FLAG}: the video does not have a banned feature; unknown when the flag
 * is not recorded.
 */
final class NoFlag {

  private final ContentFlag flag;

  /**
   * Creates the rule's logic.
   *
   * @param flag  the banned feature, not null
   */
  NoFlag(ContentFlag flag) {
    this.flag = flag;
  }

  /**
   * What the rule asks: {@code has no watermark}.
   *
   * @return the description, not null
   */
  String description() {
    return "has no " + what(flag);
  }

  /**
   * Evaluates a video.
   *
   * @param video  the video, not null
   * @return the outcome, not null
   */
  Outcome evaluate(Video video) {
    Optional<Boolean> value = video.flag(flag);
    if (value.isEmpty()) {
      return Outcome.unknown("whether it has " + some(flag) + " is not recorded");
    }
    return value.get() ? Outcome.fail(Evidence.of("has " + some(flag)))
        : Outcome.pass(Evidence.of("has no " + what(flag)));
  }

  /** The banned feature after "has no". */
  private static String what(ContentFlag flag) {
    return switch (flag) {
      case WATERMARK -> "watermark";
      case SUBTITLES -> "subtitles or karaoke";
      case CREDITS -> "intro, credits or title cards";
    };
  }

  /** The banned feature after "has". */
  private static String some(ContentFlag flag) {
    return switch (flag) {
      case WATERMARK -> "a watermark";
      case SUBTITLES -> "subtitles or karaoke";
      case CREDITS -> "an intro, credits or title cards";
    };
  }
}
