/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.builtin;

import java.time.LocalDate;
import java.util.Optional;
import org.amvkit.core.Video;
import org.amvkit.rules.Evidence;
import org.amvkit.rules.Outcome;

/**
 * {@value ContestRules#PREMIERED_AFTER}: the video was first shown publicly on the cut-off date or
 * later; unknown without a publication date.
 */
final class PremieredAfter {

  private final LocalDate date;

  /**
   * Creates the rule's logic.
   *
   * @param date  the cut-off: the first day a premiere is allowed, not null
   */
  PremieredAfter(LocalDate date) {
    this.date = date;
  }

  /**
   * What the rule asks: {@code not shown publicly before 2024-01-01}.
   *
   * @return the description, not null
   */
  String description() {
    return "not shown publicly before " + date;
  }

  /**
   * Evaluates a video.
   *
   * @param video  the video, not null
   * @return the outcome, not null
   */
  Outcome evaluate(Video video) {
    Optional<LocalDate> published = video.published();
    if (published.isEmpty()) {
      return Outcome.unknown("the date it was first shown publicly is not known");
    }
    LocalDate first = published.get();
    if (first.isBefore(date)) {
      return Outcome.fail(() -> Evidence.of("first shown on {published}, before {date}",
          "published", first.toString(), "date", date.toString()));
    }
    return Outcome.pass(() -> Evidence.of("first shown on {published}, not before {date}",
        "published", first.toString(), "date", date.toString()));
  }
}
