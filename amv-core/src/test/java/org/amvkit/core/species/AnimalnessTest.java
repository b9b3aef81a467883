/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.species;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Animal-ness has three answers, so that an unrecognised name is not counted as no animal. */
class AnimalnessTest {

  @Test
  void recognised_animal_is_an_animal_known_non_animal_is_not_and_unrecognised_is_unknown() {
    // when / then
    assertThat(Species.parse("husky").animalness()).isEqualTo(Animalness.ANIMAL);
    assertThat(Species.parse("human").animalness()).isEqualTo(Animalness.NOT_ANIMAL);
    assertThat(Species.parse("robot").animalness()).isEqualTo(Animalness.NOT_ANIMAL);
    assertThat(Species.parse("Shapeshifter").animalness()).isEqualTo(Animalness.UNKNOWN);
  }

  @Test
  void is_animal_stays_false_for_an_unrecognised_species_for_existing_callers() {
    // when
    Species shapeshifter = Species.parse("Shapeshifter");

    // then
    assertThat(shapeshifter.isAnimal()).isFalse();
    assertThat(shapeshifter.animalness().isKnown()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Family.class)
  void a_family_is_an_animal_exactly_when_its_animalness_is_animal(Family family) {
    // when / then
    assertThat(family.isAnimal()).isEqualTo(family.animalness() == Animalness.ANIMAL);
    assertThat(family.animalness().isKnown()).isEqualTo(family != Family.UNKNOWN);
  }

  @Test
  void only_humans_and_known_non_animals_are_not_animals() {
    // when / then
    assertThat(Family.HUMAN.animalness()).isEqualTo(Animalness.NOT_ANIMAL);
    assertThat(Family.NON_ANIMAL.animalness()).isEqualTo(Animalness.NOT_ANIMAL);
    assertThat(Family.CANINE.animalness()).isEqualTo(Animalness.ANIMAL);
    assertThat(Family.MYTHICAL.animalness()).isEqualTo(Animalness.ANIMAL);
    assertThat(Family.UNKNOWN.animalness()).isEqualTo(Animalness.UNKNOWN);
  }
}
