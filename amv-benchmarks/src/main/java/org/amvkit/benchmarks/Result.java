/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.benchmarks;

import java.util.List;
import java.util.Objects;

/**
 * What a baseline decides about a video: the category (a definition id of the
 * {@code all-the-tropes} profile, or {@code not-a-music-video}) and the deviations (rule ids) — what
 * {@link org.amvkit.rules.Classification#category()} and
 * {@link org.amvkit.rules.Classification#deviations()} report.
 *
 * @param category  the category, not null
 * @param deviations  the failed conventions, not null
 */
public record Result(String category, List<String> deviations) {

  /**
   * Checks the parts.
   *
   * @param category  the category, not null
   * @param deviations  the failed conventions, not null
   */
  public Result {
    Objects.requireNonNull(category, "category");
    deviations = List.copyOf(deviations);
  }
}
