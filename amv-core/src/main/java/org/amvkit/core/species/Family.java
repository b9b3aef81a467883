package org.amvkit.core.species;

import org.amvkit.core.internal.Ids;

/**
 * The family a species belongs to, coarse enough for rules such as "features canines". Humans are
 * not animals here; mythical creatures (dragons, griffins) are, since the community treats them as
 * animal characters.
 */
public enum Family {
  /** Dogs, wolves, wolfdogs, foxes, coyotes. */
  CANINE(true),
  /** Cats, lions, tigers, leopards. */
  FELINE(true),
  /** Horses, donkeys, zebras. */
  EQUINE(true),
  /** Bears, pandas. */
  URSINE(true),
  /** Deer, reindeer, moose. */
  CERVINE(true),
  /** Rabbits and hares. */
  LEPORINE(true),
  /** Mice, rats, squirrels, beavers. */
  RODENT(true),
  /** Birds. */
  BIRD(true),
  /** Fish, sharks. */
  FISH(true),
  /** Snakes, lizards, crocodiles, turtles. */
  REPTILE(true),
  /** Monkeys and apes other than humans. */
  PRIMATE(true),
  /** Any other mammal: elephants, meerkats, warthogs, hyenas. */
  MAMMAL(true),
  /** Creatures of myth and fantasy: dragons, griffins, unicorns. */
  MYTHICAL(true),
  /** People. Not animals, however much they act like them. */
  HUMAN(false),
  /** Known beings that are not animals: robots, spirits, gods. */
  NON_ANIMAL(false),
  /** A species the taxonomy does not know. */
  UNKNOWN(false);

  private final boolean animal;
  private final String id = Ids.of(this);

  Family(boolean animal) {
    this.animal = animal;
  }

  /**
   * Tells whether the members of this family are animals.
   *
   * @return true for animal families, false for {@link #HUMAN}, {@link #NON_ANIMAL} and
   *     {@link #UNKNOWN}
   */
  public boolean isAnimal() {
    return animal;
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
