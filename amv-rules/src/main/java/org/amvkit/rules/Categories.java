/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules;

import java.util.List;
import org.amvkit.core.Video;

/**
 * The answers of {@link Classifier#category}, made once for a plan: for each definition with few
 * enough conventions to have its deviations made in advance, one {@link Category} for each set of
 * failed conventions, so that answering allocates nothing; for a definition of more conventions,
 * a new one each time.
 */
final class Categories implements Findings<Category> {

  private static final Category NOT_A_MUSIC_VIDEO = new Category(Profile.NOT_A_MUSIC_VIDEO,
      List.of());
  private static final Category UNDETERMINED = new Category(Profile.UNDETERMINED, List.of());

  /** By definition, by set of failed conventions; null for a definition of many conventions. */
  private final Category[][] byFailedConventions;

  Categories(Plan plan) {
    byFailedConventions = new Category[plan.definitionIds.length][];
    for (int d = 0; d < byFailedConventions.length; d++) {
      List<List<String>> lists = plan.deviationLists[d];
      if (lists != null) {
        String id = plan.definitionIds[d];
        byFailedConventions[d] = lists.stream()
            .map(deviations -> new Category(id, deviations)).toArray(Category[]::new);
      }
    }
  }

  @Override
  public Category of(Plan plan, Video video, int facts, long packedCodes, byte[] wideCodes,
      Outcome[] keptOutcomes, int category) {
    if (category < 0) {
      return category == Plan.UNDETERMINED ? UNDETERMINED : NOT_A_MUSIC_VIDEO;
    }
    Category[] answers = byFailedConventions[category];
    return answers != null
        ? answers[WalkResults.failedConventions(plan, category, packedCodes, wideCodes)]
        : new Category(plan.definitionIds[category],
            WalkResults.deviations(plan, category, packedCodes, wideCodes));
  }
}
