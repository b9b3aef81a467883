/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.amvkit.core.species.Animalness;
import org.amvkit.core.species.Family;
import org.amvkit.core.species.Posture;
import org.amvkit.core.species.Species;
import org.junit.jupiter.api.Test;

/** A character of a source: a name and a species, which tells whether it is an animal. */
class CastMemberTest {

  @Test
  void wolfdog_character_is_an_animal_of_its_own_species() {
    // when
    CastMember balto = CastMember.of("Balto", "wolfdog");

    // then
    assertThat(balto.isAnimal()).isTrue();
    assertThat(balto.species()).isEqualTo(Species.WOLFDOG);
    assertThat(balto.species().family()).isEqualTo(Family.CANINE);
  }

  @Test
  void human_character_is_not_an_animal() {
    // when
    CastMember hana = CastMember.of("Hana", "Human");

    // then
    assertThat(hana.isAnimal()).isFalse();
  }

  @Test
  void character_of_an_unknown_species_is_not_counted_as_an_animal() {
    // when
    CastMember someone = CastMember.of("Someone", "Shapeshifter");

    // then
    assertThat(someone.isAnimal()).isFalse();
    assertThat(someone.species().name()).isEqualTo("Shapeshifter");
  }

  @Test
  void character_of_an_unrecognised_species_is_of_unknown_animalness() {
    // when
    CastMember someone = CastMember.of("Someone", "Shapeshifter");

    // then
    assertThat(someone.animalness()).isEqualTo(Animalness.UNKNOWN);
    assertThat(CastMember.of("Maya", "Siberian husky").animalness()).isEqualTo(Animalness.ANIMAL);
    assertThat(CastMember.of("Hana", "human").animalness()).isEqualTo(Animalness.NOT_ANIMAL);
  }

  @Test
  void posture_is_not_recorded_unless_given_or_stated_by_the_species_name() {
    // when
    CastMember balto = CastMember.of("Balto", "wolfdog");
    CastMember robin = CastMember.of("Robin Hood", "anthropomorphic fox");
    CastMember spirit = CastMember.of("Spirit", Species.HORSE, Posture.FERAL);

    // then
    assertThat(balto.posture()).isEmpty();
    assertThat(robin.posture()).contains(Posture.ANTHROPOMORPHIC);
    assertThat(robin.species()).isEqualTo(Species.FOX);
    assertThat(spirit.posture()).contains(Posture.FERAL);
    assertThat(CastMember.of("Balto", Species.WOLFDOG)).isEqualTo(balto);
  }

  @Test
  void characters_differing_only_in_posture_are_not_equal() {
    // when / then
    assertThat(CastMember.of("Nick", Species.FOX, Posture.ANTHROPOMORPHIC))
        .isNotEqualTo(CastMember.of("Nick", Species.FOX, Posture.FERAL))
        .isNotEqualTo(CastMember.of("Nick", Species.FOX));
  }

  @Test
  void character_with_a_null_posture_is_rejected_naming_it() {
    // when / then
    assertThatNullPointerException()
        .isThrownBy(() -> CastMember.of("Nick", Species.FOX, (Posture) null))
        .withMessage("posture");
  }

  @Test
  void character_with_a_blank_name_is_rejected() {
    // when
    InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class,
        () -> CastMember.of(" ", Species.DOG));

    // then
    assertThat(thrown).hasMessage("character: name is blank");
    assertThat(thrown.problems()).containsExactly(Problem.of("name", "character: name is blank"));
  }

  @Test
  void character_with_a_blank_species_name_is_rejected() {
    // when / then
    assertThatIllegalArgumentException().isThrownBy(() -> CastMember.of("Balto", "  "))
        .withMessage("species name is blank");
  }
}
