/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.species;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A posture is read from a catalogue's value or stated by a species name; talking states none. */
class PostureTest {

  @Test
  void posture_is_read_from_its_id_ignoring_case_and_space() {
    // when / then
    assertThat(Posture.parse("feral")).isEqualTo(Posture.FERAL);
    assertThat(Posture.parse(" Anthropomorphic ")).isEqualTo(Posture.ANTHROPOMORPHIC);
    assertThat(Posture.ANTHROPOMORPHIC.id()).isEqualTo("anthropomorphic");
  }

  @Test
  void a_value_that_is_not_a_posture_lists_those_allowed() {
    // when / then
    assertThatIllegalArgumentException().isThrownBy(() -> Posture.parse("standing"))
        .withMessage("\"standing\" is not one of feral, anthropomorphic");
  }

  @ParameterizedTest(name = "\"{0}\" states an anthropomorphic fox")
  @ValueSource(strings = {"anthropomorphic fox", "Anthro Fox", "fox (anthro)",
      "Fox (Anthropomorphic)", "anthro red fox", "little anthro foxes", "red fox (anthro)"})
  void anthropomorphic_words_before_the_animal_or_in_parentheses_state_the_posture(String name) {
    // when / then
    assertThat(Posture.fromSpeciesName(name)).contains(Posture.ANTHROPOMORPHIC);
    assertThat(Species.parse(name)).isEqualTo(Species.FOX);
  }

  @ParameterizedTest(name = "\"{0}\" states a feral wolf")
  @ValueSource(strings = {"feral wolf", "wolf (feral)", "feral grey wolf pup"})
  void feral_before_the_animal_or_in_parentheses_states_feral(String name) {
    // when / then
    assertThat(Posture.fromSpeciesName(name)).contains(Posture.FERAL);
    assertThat(Species.parse(name)).isEqualTo(Species.WOLF);
  }

  @Test
  void talking_states_no_posture_since_ferals_may_talk() {
    // when / then
    assertThat(Posture.fromSpeciesName("talking dog")).isEmpty();
    assertThat(Species.parse("talking dog")).isEqualTo(Species.DOG);
  }

  @ParameterizedTest(name = "\"{0}\" states no posture")
  @ValueSource(strings = {"fox", "wolfdog", "fox (red)", "anthro", "anthro shapeshifter",
      "shapeshifter (anthro)", "fox (cunning)", ""})
  void a_plain_or_unrecognised_name_states_no_posture(String name) {
    // when / then
    assertThat(Posture.fromSpeciesName(name)).isEmpty();
  }

  @Test
  void a_parenthesis_that_states_nothing_known_leaves_the_name_whole_and_unrecognised() {
    // when
    Species species = Species.parse("fox (cunning)");

    // then
    assertThat(species.isKnown()).isFalse();
    assertThat(species.name()).isEqualTo("fox (cunning)");
  }
}
