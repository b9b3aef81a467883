/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.species;

/**
 * Whether a character is an animal, as far as the taxonomy can tell: a third answer,
 * {@link #UNKNOWN}, for a species name it does not recognise, so that a rule can say it does not
 * know instead of counting the character as no animal.
 *
 * <pre>{@code
 * Species.parse("Siberian husky").animalness();   // ANIMAL
 * Species.parse("human").animalness();            // NOT_ANIMAL
 * Species.parse("Shapeshifter").animalness();     // UNKNOWN: not recognised
 * }</pre>
 */
public enum Animalness {
  /** A recognised animal species, mythic ones drawn as animals included. */
  ANIMAL,
  /** A recognised species that is no animal: humans, robots, spirits, gods. */
  NOT_ANIMAL,
  /** A species name the taxonomy does not recognise: it may or may not be an animal. */
  UNKNOWN;

  /**
   * Tells whether the answer is known: {@link #ANIMAL} or {@link #NOT_ANIMAL}.
   *
   * @return false only for {@link #UNKNOWN}
   */
  public boolean isKnown() {
    return this != UNKNOWN;
  }
}
