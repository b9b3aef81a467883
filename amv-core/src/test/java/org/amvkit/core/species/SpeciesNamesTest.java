/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.species;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How names are built from the taxonomy's words: young forms, irregular plurals, modifiers before
 * an animal, myths and hybrids; and that a name built of anything else stays unrecognised.
 */
class SpeciesNamesTest {

  @ParameterizedTest(name = "\"{0}\" is a {1}")
  @CsvSource({
      "wolf pup, wolf", "wolf pups, wolf", "tiger cub, tiger", "polar bear cub, bear",
      "fox kit, fox", "elephant calf, elephant", "baby grey wolf pup, wolf", "lion cubs, lion",
  })
  void young_form_after_an_animal_is_that_animal(String name, String canonical) {
    // when
    Species species = Species.parse(name);

    // then
    assertThat(species.canonicalName()).isEqualTo(canonical);
  }

  @ParameterizedTest(name = "\"{0}\" is a {1}")
  @CsvSource({"pup, dog", "puppy, dog", "kitten, cat", "foal, horse", "kit, fox", "cub, cub",
      "calf, calf"})
  void young_form_alone_is_the_animal_it_names_most_often(String name, String canonical) {
    // when
    Species species = Species.parse(name);

    // then
    assertThat(species.canonicalName()).isEqualTo(canonical);
    assertThat(species.animalness()).isEqualTo(Animalness.ANIMAL);
  }

  @Test
  void boris_the_goose_is_a_goose_not_a_duck() {
    // when
    Species boris = Species.parse("goose");
    Species flock = Species.parse("Geese");

    // then
    assertThat(boris.canonicalName()).isEqualTo("goose");
    assertThat(flock).isEqualTo(boris);
    assertThat(boris).isNotEqualTo(Species.parse("duck"));
    assertThat(boris.family()).isEqualTo(Family.BIRD);
  }

  @ParameterizedTest(name = "\"{0}\" is the plural of {1}")
  @CsvSource({"geese, goose", "mice, mouse", "wolves, wolf", "calves, calf", "oxen, cow",
      "canada geese, goose", "wolf men, werewolf", "huskies, dog", "foxes, fox"})
  void irregular_and_regular_plurals_are_read_as_their_singular(String plural, String canonical) {
    // when / then
    assertThat(Species.parse(plural).canonicalName()).isEqualTo(canonical);
  }

  @ParameterizedTest(name = "\"{0}\" is a {1}")
  @CsvSource({"grey wolf, wolf", "white tiger, tiger", "siberian husky, dog",
      "old english sheepdog, dog", "little baby fox, fox", "stray dogs, dog",
      "talking dog, dog", "Anthropomorphic Fox, fox"})
  void modifiers_before_an_animal_do_not_change_it(String name, String canonical) {
    // when / then
    assertThat(Species.parse(name).canonicalName()).isEqualTo(canonical);
  }

  @ParameterizedTest(name = "\"{0}\" is a {1}, read whole before any modifier is dropped")
  @CsvSource({"black panther, leopard", "red panda, red-panda", "giant panda, panda",
      "kit fox, fox"})
  void a_name_in_the_table_wins_over_a_modifier_read_off_it(String name, String canonical) {
    // when / then
    assertThat(Species.parse(name).canonicalName()).isEqualTo(canonical);
  }

  @ParameterizedTest(name = "\"{0}\" is unrecognised")
  @ValueSource(strings = {"robot dog", "sea serpent", "Shapeshifter", "alien", "wolf spirit",
      "dog robot", "grey", "baby", "pup pup pup pup dog", "cat person"})
  void a_name_with_a_word_the_taxonomy_does_not_list_is_unrecognised(String name) {
    // when
    Species species = Species.parse(name);

    // then
    assertThat(species.isKnown()).isFalse();
    assertThat(species.animalness()).isEqualTo(Animalness.UNKNOWN);
    assertThat(species.name()).isEqualTo(name);
  }

  @Test
  void at_most_four_modifiers_are_dropped_before_an_animal() {
    // when / then
    assertThat(Species.parse("little baby young old wolf")).isEqualTo(Species.WOLF);
    assertThat(Species.parse("big little baby young old wolf").isKnown()).isFalse();
  }

  @Test
  void a_long_made_up_name_is_read_quickly_and_unrecognised() {
    // given: a name of any number of modifiers and young forms, or of spaces
    String name = "baby ".repeat(20_000) + "wolf" + " pup".repeat(20_000) + " x"
        + " ".repeat(20_000) + "(y)";

    // when
    long start = System.nanoTime();
    Species species = Species.parse(name);
    long millis = (System.nanoTime() - start) / 1_000_000;

    // then
    assertThat(species.isKnown()).isFalse();
    assertThat(millis).as("milliseconds to read it").isLessThan(2_000);
  }

  @Test
  void wolfdog_and_liger_are_hybrids_in_their_parents_family_neither_parent() {
    // when
    Species wolfdog = Species.parse("wolf-dog");
    Species liger = Species.parse("liger");

    // then
    assertThat(wolfdog.family()).isEqualTo(Family.CANINE);
    assertThat(wolfdog).isNotEqualTo(Species.DOG).isNotEqualTo(Species.WOLF);
    assertThat(liger.family()).isEqualTo(Family.FELINE);
    assertThat(liger).isNotEqualTo(Species.LION);
  }

  @Test
  void werewolf_is_a_canine_animal_of_its_own_species_as_it_is_also_a_person() {
    // when
    Species werewolf = Species.parse("Werewolf");

    // then
    assertThat(werewolf.animalness()).isEqualTo(Animalness.ANIMAL);
    assertThat(werewolf.family()).isEqualTo(Family.CANINE);
    assertThat(werewolf).isNotEqualTo(Species.WOLF);
    assertThat(Species.parse("wolfman")).isEqualTo(werewolf);
  }

  @Test
  void kitsune_is_japanese_for_fox_so_a_fox() {
    // when / then
    assertThat(Species.parse("kitsune")).isEqualTo(Species.FOX);
    assertThat(Species.parse("nine-tailed fox")).isEqualTo(Species.FOX);
  }

  @Test
  void unicorn_is_an_equine_animal_and_dragon_a_mythical_one() {
    // when
    Species unicorn = Species.parse("unicorn");
    Species dragon = Species.parse("dragon");

    // then
    assertThat(unicorn.family()).isEqualTo(Family.EQUINE);
    assertThat(unicorn).isNotEqualTo(Species.HORSE);
    assertThat(dragon.family()).isEqualTo(Family.MYTHICAL);
    assertThat(unicorn.animalness()).isEqualTo(Animalness.ANIMAL);
    assertThat(dragon.animalness()).isEqualTo(Animalness.ANIMAL);
  }

  @ParameterizedTest(name = "\"{0}\" is drawn in human or spirit form: not an animal")
  @ValueSource(strings = {"mermaid", "angel", "fairy", "vampire", "ghost", "goddess"})
  void beings_of_human_or_spirit_form_are_known_non_animals(String name) {
    // when
    Species species = Species.parse(name);

    // then
    assertThat(species.family()).isEqualTo(Family.NON_ANIMAL);
    assertThat(species.animalness()).isEqualTo(Animalness.NOT_ANIMAL);
  }

  @Test
  void a_cast_list_of_siberian_husky_and_arctic_fox_is_a_cast_of_animals() {
    // when / then: the first case measured in issue 12
    assertThat(Species.parse("Siberian husky").animalness()).isEqualTo(Animalness.ANIMAL);
    assertThat(Species.parse("arctic fox").animalness()).isEqualTo(Animalness.ANIMAL);
  }
}
