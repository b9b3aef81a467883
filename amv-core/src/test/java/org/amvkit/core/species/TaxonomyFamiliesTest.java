/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.species;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One test per family of the taxonomy's data file: the names real cast lists give (breeds, kinds,
 * young forms, plurals) are read as their canonical species in that family.
 */
class TaxonomyFamiliesTest {

  @ParameterizedTest(name = "\"{0}\" is the canine {1}")
  @CsvSource({
      "husky, dog", "Siberian husky, dog", "German shepherd, dog", "Dalmatian, dog",
      "golden retriever, dog", "collie, dog", "border collie, dog", "beagle, dog",
      "Saint Bernard, dog", "puppy, dog", "pups, dog",
      "grey wolf, wolf", "gray wolf, wolf", "arctic wolf, wolf", "timber wolf, wolf",
      "red wolf, wolf", "wolf pup, wolf", "Grey Wolves, wolf",
      "arctic fox, fox", "red fox, fox", "fennec, fox", "fennec fox, fox", "kitsune, fox",
      "fox kit, fox", "vixens, fox",
      "wolfdog, wolfdog", "werewolf, werewolf", "werewolves, werewolf", "tanuki, raccoon-dog",
      "coyote, coyote", "dingo, dingo",
  })
  void canines(String name, String canonical) {
    assertFamily(name, canonical, Family.CANINE);
  }

  @ParameterizedTest(name = "\"{0}\" is the feline {1}")
  @CsvSource({
      "cat, cat", "kitten, cat", "tabby, cat", "lion, lion", "lioness, lion", "lion cub, lion",
      "tiger, tiger", "tiger cub, tiger", "tigress, tiger", "white tiger, tiger",
      "leopard, leopard", "snow leopard, leopard", "panther, leopard", "black panther, leopard",
      "cheetah, cheetah", "jaguar, jaguar", "cougar, cougar", "mountain lion, cougar",
      "lynx, lynx", "liger, liger", "saber-toothed tiger, saber-toothed-cat",
      "sabre-toothed tigers, saber-toothed-cat",
  })
  void felines(String name, String canonical) {
    assertFamily(name, canonical, Family.FELINE);
  }

  @ParameterizedTest(name = "\"{0}\" is the equine {1}")
  @CsvSource({
      "horse, horse", "mustang, horse", "stallion, horse", "mare, horse", "foal, horse",
      "pony, horse", "ponies, horse", "wild horses, horse", "unicorn, unicorn",
      "pegasus, pegasus", "donkey, donkey", "zebra, zebra",
  })
  void equines(String name, String canonical) {
    assertFamily(name, canonical, Family.EQUINE);
  }

  @ParameterizedTest(name = "\"{0}\" is the ursine {1}")
  @CsvSource({
      "bear, bear", "polar bear, bear", "polar bear cub, bear", "bear cubs, bear",
      "grizzly, bear", "brown bear, bear", "panda, panda", "giant panda, panda",
  })
  void ursines(String name, String canonical) {
    assertFamily(name, canonical, Family.URSINE);
  }

  @ParameterizedTest(name = "\"{0}\" is the cervine {1}")
  @CsvSource({"deer, deer", "fawn, deer", "stag, deer", "reindeer, reindeer", "moose, moose",
      "elk, moose"})
  void cervines(String name, String canonical) {
    assertFamily(name, canonical, Family.CERVINE);
  }

  @ParameterizedTest(name = "\"{0}\" is the leporine {1}")
  @CsvSource({"rabbit, rabbit", "bunnies, rabbit", "hare, rabbit"})
  void leporines(String name, String canonical) {
    assertFamily(name, canonical, Family.LEPORINE);
  }

  @ParameterizedTest(name = "\"{0}\" is the rodent {1}")
  @CsvSource({"mouse, mouse", "mice, mouse", "rat, rat", "hamster, hamster",
      "guinea pig, hamster", "squirrel, squirrel", "prairie dog, prairie-dog",
      "fox squirrel, squirrel"})
  void rodents(String name, String canonical) {
    assertFamily(name, canonical, Family.RODENT);
  }

  @ParameterizedTest(name = "\"{0}\" is the bird {1}")
  @CsvSource({"goose, goose", "geese, goose", "gosling, goose", "duck, duck",
      "ducklings, duck", "owl, owl", "eagle, eagle", "penguin chick, penguin", "swan, swan",
      "peacock, peafowl"})
  void birds(String name, String canonical) {
    assertFamily(name, canonical, Family.BIRD);
  }

  @ParameterizedTest(name = "\"{0}\" is the fish {1}")
  @CsvSource({"fish, fish", "clownfish, fish", "shark, shark", "sea horse, seahorse"})
  void fish(String name, String canonical) {
    assertFamily(name, canonical, Family.FISH);
  }

  @ParameterizedTest(name = "\"{0}\" is the reptile {1}")
  @CsvSource({"snake, snake", "crocodile, crocodile", "turtle, turtle", "dinosaur, dinosaur",
      "T-Rex, dinosaur", "longneck, dinosaur"})
  void reptiles(String name, String canonical) {
    assertFamily(name, canonical, Family.REPTILE);
  }

  @ParameterizedTest(name = "\"{0}\" is the primate {1}")
  @CsvSource({"monkey, monkey", "gorilla, ape", "mandrill, baboon", "lemur, lemur"})
  void primates(String name, String canonical) {
    assertFamily(name, canonical, Family.PRIMATE);
  }

  @ParameterizedTest(name = "\"{0}\" is the mammal {1}")
  @CsvSource({"meerkat, meerkat", "warthog, warthog", "boar, boar", "hyena, hyena",
      "elephant, elephant", "elephant calf, elephant", "calves, calf", "cub, cub",
      "oxen, cow", "ox, cow", "cape buffalo, buffalo", "sloth, sloth", "red panda, red-panda",
      "sea lion, seal", "hippopotami, hippopotamus", "yak, yak", "llama, llama"})
  void mammals(String name, String canonical) {
    assertFamily(name, canonical, Family.MAMMAL);
  }

  @ParameterizedTest(name = "\"{0}\" is the invertebrate {1}")
  @CsvSource({"spider, spider", "tarantula, spider", "butterfly, butterfly",
      "caterpillar, butterfly", "bees, bee", "ant, ant", "snail, snail", "crab, crab"})
  void invertebrates(String name, String canonical) {
    assertFamily(name, canonical, Family.INVERTEBRATE);
  }

  @ParameterizedTest(name = "\"{0}\" is the mythical {1}")
  @CsvSource({"dragon, dragon", "baby dragon, dragon", "griffin, griffin", "gryphon, griffin",
      "phoenix, phoenix"})
  void mythical_creatures_of_no_real_kind(String name, String canonical) {
    assertFamily(name, canonical, Family.MYTHICAL);
  }

  @ParameterizedTest(name = "\"{0}\" is {1}, not an animal")
  @CsvSource({"human, human", "person, human", "people, human", "men, human", "women, human",
      "children, human", "girl, human", "teenager, human"})
  void humans(String name, String canonical) {
    assertFamily(name, canonical, Family.HUMAN);
  }

  @ParameterizedTest(name = "\"{0}\" is the non-animal {1}")
  @CsvSource({"robot, robot", "android, robot", "ghost, spirit", "god, god", "angel, angel",
      "fairy, fairy", "mermaid, mermaid", "vampire, vampire", "demon, demon"})
  void known_non_animals(String name, String canonical) {
    assertFamily(name, canonical, Family.NON_ANIMAL);
  }

  @Test
  void every_family_but_unknown_has_species_in_the_table_and_unknown_has_none() {
    // when
    Set<Family> families = Species.known().stream().map(Species::family)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Family.class)));

    // then
    assertThat(families).isEqualTo(EnumSet.complementOf(EnumSet.of(Family.UNKNOWN)));
  }

  private static void assertFamily(String name, String canonical, Family family) {
    // when
    Species species = Species.parse(name);

    // then
    assertThat(species.canonicalName()).as("canonical name of \"%s\"", name).isEqualTo(canonical);
    assertThat(species.family()).as("family of \"%s\"", name).isEqualTo(family);
    assertThat(species.isKnown()).isTrue();
    assertThat(species.animalness()).isEqualTo(family.animalness());
  }
}
