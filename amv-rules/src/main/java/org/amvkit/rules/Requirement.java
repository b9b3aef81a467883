/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules;

/**
 * How much a rule counts in a {@link Definition}.
 *
 * <pre>{@code
 * Definition animash = Definition.builder().id("animash").labelTemplate("Animash")
 *     .require(BuiltInRules.hasMusic(), BuiltInRules.multipleSources())   // REQUIRED
 *     .convention(BuiltInRules.featuresAnimals())                         // CONVENTION
 *     .build();
 * animash.criteria().get(2).requirement();   // CONVENTION
 * }</pre>
 */
public enum Requirement {
  /** The video must pass it to meet the definition. */
  REQUIRED,
  /**
   * What such videos usually do. Failing it is a <em>deviation</em>, not a disqualification: the
   * source text says several Animashes feature no animals.
   */
  CONVENTION
}
