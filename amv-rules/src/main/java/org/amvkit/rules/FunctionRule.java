/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules;

import java.util.Objects;
import java.util.function.Function;
import org.amvkit.core.Video;

/** A rule made of an id, a description and a function: what {@link Rule#of} returns. */
final class FunctionRule implements Rule {

  private final String id;
  private final String description;
  private final Function<? super Video, Outcome> evaluation;

  FunctionRule(String id, String description, Function<? super Video, Outcome> evaluation) {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("rule id is blank");
    }
    this.id = id;
    this.description = Objects.requireNonNull(description, "description");
    this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public Outcome evaluate(Video video) {
    return evaluation.apply(video);
  }

  @Override
  public String toString() {
    return id;
  }
}
