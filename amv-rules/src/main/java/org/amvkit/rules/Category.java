/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules;

import java.util.List;
import java.util.Objects;

/**
 * The category a video falls in and the conventions of it the video deviates from: what
 * {@link Classifier#category(org.amvkit.core.Video)} answers, the least a classification says.
 *
 * <pre>{@code
 * Category c = classifier.category(video);
 * c.id();           // "animash"
 * c.deviations();   // [features-animals]
 * }</pre>
 *
 * <p>The id is a definition's, {@value Profile#UNDETERMINED} or
 * {@value Profile#NOT_A_MUSIC_VIDEO}, as {@link Classification#category()} gives it. Two
 * categories are equal when their ids and deviations are. A category is immutable; the classifier
 * hands out the same instance for the same answer, so asking for one allocates nothing.
 */
public final class Category {

  private final String id;
  private final List<String> deviations;

  Category(String id, List<String> deviations) {
    this.id = id;
    this.deviations = deviations;
  }

  /**
   * Returns a category, as to compare with what a classifier answers.
   *
   * @param id  the category's id, not null, not blank
   * @param deviations  the ids of the conventions deviated from, not null, no null element
   * @return the category, not null
   * @throws IllegalArgumentException if {@code id} is blank
   */
  public static Category of(String id, List<String> deviations) {
    if (Objects.requireNonNull(id, "id").isBlank()) {
      throw new IllegalArgumentException("a category's id must not be blank");
    }
    return new Category(id, List.copyOf(deviations));
  }

  /**
   * Returns the id of the category: a definition's id, {@value Profile#UNDETERMINED} or
   * {@value Profile#NOT_A_MUSIC_VIDEO}.
   *
   * @return the id, not null
   */
  public String id() {
    return id;
  }

  /**
   * Returns the conventions of the category the video fails, in the definition's order.
   *
   * @return the rule ids, empty when none or when no definition is met, not null
   */
  public List<String> deviations() {
    return deviations;
  }

  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof Category that
        && id.equals(that.id) && deviations.equals(that.deviations);
  }

  @Override
  public int hashCode() {
    return 31 * id.hashCode() + deviations.hashCode();
  }

  /**
   * Returns the id, and the deviations if any: {@code animash (deviates from features-animals)}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return deviations.isEmpty() ? id
        : id + " (deviates from " + String.join(", ", deviations) + ")";
  }
}
