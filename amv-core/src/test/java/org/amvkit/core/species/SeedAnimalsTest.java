/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.species;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The source text names the animals Animashes put the accent on; the taxonomy knows each. */
class SeedAnimalsTest {

  @ParameterizedTest(name = "\"{0}\" is the animal species {1} of family {2}")
  @CsvSource({
      "dogs, dog, CANINE",
      "cats, cat, FELINE",
      "wolves, wolf, CANINE",
      "foxes, fox, CANINE",
      "horses, horse, EQUINE",
      "lions, lion, FELINE",
  })
  void every_animal_named_in_the_seed_is_a_known_animal(String seedWord, String canonical,
      Family family) {
    // when
    Species species = Species.parse(seedWord);

    // then
    assertThat(species.isKnown()).isTrue();
    assertThat(species.isAnimal()).isTrue();
    assertThat(species.canonicalName()).isEqualTo(canonical);
    assertThat(species.family()).isEqualTo(family);
  }
}
