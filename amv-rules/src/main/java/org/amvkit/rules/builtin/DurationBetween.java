/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.builtin;

import java.time.Duration;
import org.amvkit.core.Video;
import org.amvkit.rules.Evidence;
import org.amvkit.rules.Outcome;

/**
 * {@value ContestRules#DURATION_BETWEEN}: the video lasts at least {@code min} and at most
 * {@code max}, both inclusive; a null bound leaves the window open at that end. Unknown when the video's
 * duration is not recorded. The bounds are
 * checked by {@link ContestRules#durationBetween(Duration, Duration)}.
 */
final class DurationBetween {

  private final Duration min;
  private final Duration max;

  /**
   * Creates the rule's logic.
   *
   * @param min  the shortest allowed, or null for no minimum
   * @param max  the longest allowed, or null for no maximum; not both null
   */
  DurationBetween(Duration min, Duration max) {
    this.min = min;
    this.max = max;
  }

  /**
   * What the rule asks: {@code lasts from 1:15 to 6:00}.
   *
   * @return the description, not null
   */
  String description() {
    return min == null ? "lasts at most " + clock(max)
        : max == null ? "lasts at least " + clock(min)
        : "lasts from " + clock(min) + " to " + clock(max);
  }

  /**
   * Evaluates a video: unknown when its duration is not recorded.
   *
   * @param video  the video, not null
   * @return the outcome, not null
   */
  Outcome evaluate(Video video) {
    if (video.duration().isEmpty()) {
      return Outcome.unknown("the video's duration is not recorded");
    }
    Duration length = video.duration().get();
    if (min != null && length.compareTo(min) < 0) {
      return Outcome.fail(() -> Evidence.of("lasts {duration}, shorter than the minimum {min}",
          "duration", clock(length), "min", clock(min)));
    }
    if (max != null && length.compareTo(max) > 0) {
      return Outcome.fail(() -> Evidence.of("lasts {duration}, longer than the maximum {max}",
          "duration", clock(length), "max", clock(max)));
    }
    return Outcome.pass(() -> min == null
        ? Evidence.of("lasts {duration}, at most {max}", "duration", clock(length),
            "max", clock(max))
        : max == null
        ? Evidence.of("lasts {duration}, at least {min}", "duration", clock(length),
            "min", clock(min))
        : Evidence.of("lasts {duration}, within {min} to {max}", "duration", clock(length),
            "min", clock(min), "max", clock(max)));
  }

  /**
   * A duration as a clock reads it: {@code 6:00}, {@code 1:15}, {@code 1:02:03}, {@code 0:29.5}.
   */
  private static String clock(Duration duration) {
    long seconds = duration.getSeconds();
    int nanos = duration.getNano();
    String clock = seconds >= 3600
        ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        : String.format("%d:%02d", seconds / 60, seconds % 60);
    if (nanos != 0) {
      clock += ("." + String.format("%09d", nanos)).replaceAll("0+$", "");
    }
    return clock;
  }
}
