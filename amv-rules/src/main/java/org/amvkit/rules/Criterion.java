/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules;

import org.immutables.value.Value;

/**
 * A rule as part of a {@link Definition}: the rule and whether it is required or a convention.
 * {@link Definition.Builder#require} and {@link Definition.Builder#convention} make them for you.
 *
 * <pre>{@code
 * Criterion animals = Criterion.of(BuiltInRules.featuresAnimals(), Requirement.CONVENTION);
 * Definition animash = Definition.builder().id("animash").labelTemplate("Animash")
 *     .addCriteria(Criterion.of(BuiltInRules.hasMusic(), Requirement.REQUIRED), animals)
 *     .build();
 * animash.conventions();   // [features-animals]
 * }</pre>
 */
@Value.Immutable(builder = false)
public abstract class Criterion {

  Criterion() {}

  /**
   * Creates a criterion.
   *
   * @param rule  the rule, not null
   * @param requirement  how much it counts, not null
   * @return the criterion, not null
   */
  public static Criterion of(Rule rule, Requirement requirement) {
    return ImmutableCriterion.of(rule, requirement);
  }

  /**
   * Returns the rule.
   *
   * @return the rule, not null
   */
  @Value.Parameter
  public abstract Rule rule();

  /**
   * Returns how much the rule counts.
   *
   * @return the requirement, not null
   */
  @Value.Parameter
  public abstract Requirement requirement();
}
