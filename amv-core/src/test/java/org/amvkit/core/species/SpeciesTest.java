/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.species;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The taxonomy reads the names catalogues give characters. The animals the seed names are covered
 * by {@link SeedAnimalsTest}; this class covers aliases, qualifiers, unknown names and non-animals.
 */
class SpeciesTest {

  @ParameterizedTest(name = "\"{0}\" is a {1}")
  @CsvSource({
      "puppy, dog",
      "hound, dog",
      "pup, dog",
      "husky, dog",
      "lioness, lion",
      "lion cub, lion",
      "kitten, cat",
      "stallion, horse",
      "mare, horse",
      "foal, horse",
      "pony, horse",
      "vixen, fox",
      "kitsune, fox",
      "she-wolf, wolf",
  })
  void alias_is_read_as_its_canonical_species(String alias, String canonical) {
    // when
    Species species = Species.parse(alias);

    // then
    assertThat(species.canonicalName()).isEqualTo(canonical);
    assertThat(species.name()).isEqualTo(canonical);
    assertThat(species.isKnown()).isTrue();
    assertThat(species.isAnimal()).isTrue();
  }

  @Test
  void cub_on_its_own_is_an_animal() {
    // when
    Species cub = Species.parse("cub");

    // then
    assertThat(cub.isKnown()).isTrue();
    assertThat(cub.isAnimal()).isTrue();
  }

  @ParameterizedTest(name = "\"{0}\" is a wolfdog")
  @ValueSource(strings = {"wolfdog", "Wolfdog", "wolf-dog", "Wolf Dog", "wolf_dog", "wolf hybrid"})
  void wolfdog_is_its_own_canine_species_neither_dog_nor_wolf(String name) {
    // when
    Species species = Species.parse(name);

    // then
    assertThat(species).isEqualTo(Species.WOLFDOG);
    assertThat(species.family()).isEqualTo(Family.CANINE);
    assertThat(species).isNotEqualTo(Species.DOG).isNotEqualTo(Species.WOLF);
  }

  @ParameterizedTest(name = "\"{0}\" is human")
  @ValueSource(strings = {"human", "Humans", "person", "girl", "people"})
  void human_is_not_an_animal(String name) {
    // when
    Species species = Species.parse(name);

    // then
    assertThat(species).isEqualTo(Species.HUMAN);
    assertThat(species.family()).isEqualTo(Family.HUMAN);
    assertThat(species.isKnown()).isTrue();
    assertThat(species.isAnimal()).isFalse();
  }

  @Test
  void known_beings_that_are_not_animals_are_not_animals() {
    // when / then
    assertThat(Species.parse("robot").family()).isEqualTo(Family.NON_ANIMAL);
    assertThat(Species.parse("robot").isAnimal()).isFalse();
    assertThat(Species.parse("spirit").isAnimal()).isFalse();
  }

  @Test
  void mythical_creatures_count_as_animals() {
    // when / then
    assertThat(Species.parse("dragon").family()).isEqualTo(Family.MYTHICAL);
    assertThat(Species.parse("Gryphon").isAnimal()).isTrue();
  }

  @ParameterizedTest(name = "\"{0}\" is a fox")
  @ValueSource(strings = {"anthropomorphic fox", "Anthropomorphic Fox", "anthro fox",
      "talking fox", "anthropomorphic foxes", "little baby fox"})
  void qualified_fox_is_a_fox_and_an_animal(String name) {
    // when
    Species species = Species.parse(name);

    // then
    assertThat(species).isEqualTo(Species.FOX);
    assertThat(species.isAnimal()).isTrue();
  }

  @ParameterizedTest(name = "\"{0}\" is a lion")
  @ValueSource(strings = {"lion", "LION", " lioness ", "\tLioness\n", "Lions"})
  void matching_ignores_case_and_surrounding_space(String name) {
    // when / then
    assertThat(Species.parse(name)).isEqualTo(Species.LION);
  }

  @Test
  void unknown_name_is_kept_as_given_is_not_known_and_not_an_animal() {
    // when
    Species shapeshifter = Species.parse(" Shapeshifter ");

    // then
    assertThat(shapeshifter.name()).isEqualTo("Shapeshifter");
    assertThat(shapeshifter.canonicalName()).isEqualTo("shapeshifter");
    assertThat(shapeshifter).hasToString("Shapeshifter");
    assertThat(shapeshifter.family()).isEqualTo(Family.UNKNOWN);
    assertThat(shapeshifter.isKnown()).isFalse();
    assertThat(shapeshifter.isAnimal()).isFalse();
  }

  @Test
  void unknown_name_is_not_an_error() {
    // when / then
    assertThatNoException().isThrownBy(() -> Species.parse("Nine-Tailed Something"));
  }

  @Test
  void unknown_species_are_equal_by_canonical_name_whatever_their_spelling() {
    // when / then
    assertThat(Species.parse("Sea Serpent Thing")).isEqualTo(Species.parse("sea_serpent_thing"));
  }

  @Test
  void blank_species_name_is_rejected() {
    // when / then
    assertThatIllegalArgumentException().isThrownBy(() -> Species.parse("  "))
        .withMessage("species name is blank");
  }

  @Test
  void known_species_are_listed_once_each_by_canonical_name() {
    // when / then
    assertThat(Species.known())
        .contains(Species.DOG, Species.WOLF, Species.WOLFDOG, Species.FOX, Species.CAT,
            Species.LION, Species.HORSE, Species.BEAR, Species.HUMAN)
        .doesNotHaveDuplicates()
        .allSatisfy(species ->
            assertThat(Species.parse(species.canonicalName())).isEqualTo(species));
  }

  @ParameterizedTest(name = "\"{0}\" is a {1}")
  @CsvSource({
      "ponies, horse",
      "puppies, dog",
      "kitties, cat",
      "bunnies, rabbit",
      "huskies, dog",
  })
  void plural_in_ies_is_read_as_its_species(String plural, String canonical) {
    // when
    Species species = Species.parse(plural);

    // then
    assertThat(species.canonicalName()).isEqualTo(canonical);
    assertThat(species.isAnimal()).isTrue();
  }
}
