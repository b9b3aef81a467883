/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.species;

import org.amvkit.core.internal.Ids;

/**
 * The family a species belongs to, coarse enough for rules such as "features canines". Humans are
 * not animals here. Creatures of myth drawn with an animal's body are animals, since the community
 * treats them as animal characters: those that are a kind of a real animal belong to its family (a
 * unicorn is equine, a kitsune a fox, a werewolf, drawn as a wolf beast, canine), the others are
 * {@link #MYTHICAL} (dragons, griffins). Beings drawn in human or spirit form (angels, fairies,
 * mermaids, vampires, ghosts, gods) are {@link #NON_ANIMAL}. The taxonomy's data file,
 * {@code taxonomy.tsv} beside this class, says which species is in which family.
 */
public enum Family {
  /** Dogs, wolves, wolfdogs, werewolves, foxes, coyotes. */
  CANINE(Animalness.ANIMAL),
  /** Cats, lions, tigers, leopards. */
  FELINE(Animalness.ANIMAL),
  /** Horses, donkeys, zebras, unicorns, pegasi. */
  EQUINE(Animalness.ANIMAL),
  /** Bears, pandas. */
  URSINE(Animalness.ANIMAL),
  /** Deer, reindeer, moose. */
  CERVINE(Animalness.ANIMAL),
  /** Rabbits and hares. */
  LEPORINE(Animalness.ANIMAL),
  /** Mice, rats, squirrels, beavers. */
  RODENT(Animalness.ANIMAL),
  /** Birds. */
  BIRD(Animalness.ANIMAL),
  /** Fish, sharks. */
  FISH(Animalness.ANIMAL),
  /** Snakes, lizards, crocodiles, turtles, dinosaurs. */
  REPTILE(Animalness.ANIMAL),
  /** Monkeys and apes other than humans. */
  PRIMATE(Animalness.ANIMAL),
  /** Any other mammal: elephants, meerkats, warthogs, hyenas. */
  MAMMAL(Animalness.ANIMAL),
  /** Animals without a backbone: spiders, insects, snails, crabs (Charlotte of Charlotte's Web). */
  INVERTEBRATE(Animalness.ANIMAL),
  /** Creatures of myth that are a kind of no real animal: dragons, griffins, phoenixes. */
  MYTHICAL(Animalness.ANIMAL),
  /** People. Not animals, however much they act like them. */
  HUMAN(Animalness.NOT_ANIMAL),
  /** Known beings that are not animals: robots, spirits, gods, angels, fairies, mermaids. */
  NON_ANIMAL(Animalness.NOT_ANIMAL),
  /** A species the taxonomy does not recognise: not known to be an animal or not. */
  UNKNOWN(Animalness.UNKNOWN);

  private final Animalness animalness;
  private final String id = Ids.of(this);

  Family(Animalness animalness) {
    this.animalness = animalness;
  }

  /**
   * Tells whether the members of this family are animals, not, or not known to be either.
   *
   * @return {@link Animalness#UNKNOWN} for {@link #UNKNOWN}, {@link Animalness#NOT_ANIMAL} for
   *     {@link #HUMAN} and {@link #NON_ANIMAL}, else {@link Animalness#ANIMAL}; not null
   */
  public Animalness animalness() {
    return animalness;
  }

  /**
   * Tells whether the members of this family are animals.
   *
   * @return true for animal families, false for {@link #HUMAN}, {@link #NON_ANIMAL} and
   *     {@link #UNKNOWN} (use {@link #animalness()} to tell the last apart)
   */
  public boolean isAnimal() {
    return animalness == Animalness.ANIMAL;
  }

  /**
   * Returns the identifier of this family: lower case with hyphens.
   *
   * @return the identifier, such as {@code "non-animal"}, not null
   */
  public String id() {
    return id;
  }
}
