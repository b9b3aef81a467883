/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.species;

import java.util.List;
import java.util.Objects;
import org.amvkit.core.internal.Ids;
import org.immutables.value.Value;

/**
 * The species of a character, read from the name a catalogue gives it.
 *
 * <pre>{@code
 * Species balto = Species.parse("Wolfdog");
 * balto.canonicalName();   // "wolfdog"
 * balto.family();          // Family.CANINE
 * balto.animalness();      // Animalness.ANIMAL
 *
 * Species.parse("Siberian husky").equals(Species.DOG);    // true: a breed
 * Species.parse("wolf pups").equals(Species.WOLF);        // true: a young form, a plural
 * Species.parse("human").animalness();                    // NOT_ANIMAL
 * Species.parse("Shapeshifter").animalness();             // UNKNOWN: kept as given
 * }</pre>
 *
 * <p>The taxonomy is data: {@code taxonomy.tsv} beside this class lists every species with its
 * family and aliases (breeds and kinds such as "German shepherd", "arctic fox", "snow leopard";
 * names of the young such as "puppy", "kitten", "foal"), irregular plurals ("geese" is a goose, not
 * a duck; "mice", "oxen"), the modifiers that may come before an animal ("grey wolf", "baby fox"),
 * the young forms that may come after it ("wolf pup", "polar bear cub") and the words that state a
 * posture ("anthropomorphic fox", "fox (anthro)", read by {@link Posture#fromSpeciesName}). Matching
 * ignores case, surrounding space and the difference between spaces, hyphens and underscores, and
 * understands English plurals ("wolves", "ponies").
 *
 * <p>Mythic and hybrid animals: a wolfdog (Balto) and a liger are species of their parents' family;
 * creatures of myth drawn with an animal's body are animals, in the family of the animal they are a
 * kind of (unicorn and pegasus: equine; kitsune, Japanese for fox: a fox; werewolf: canine, its own
 * species since it is also a person) or else {@link Family#MYTHICAL} (dragon, griffin, phoenix).
 * Beings drawn in human or spirit form (angel, fairy, mermaid, vampire, ghost, god) are not
 * animals, nor are humans and robots.
 *
 * <p>A name the taxonomy does not recognise is not an error: it is kept as given, with family
 * {@link Family#UNKNOWN} and animal-ness {@link Animalness#UNKNOWN}, so that a rule can say it does
 * not know. Two species are equal when their canonical names are equal, whatever name they were
 * read from.
 */
@Value.Immutable(builder = false)
public abstract class Species {

  /**
   * The taxonomy every species is read with. Held here, first of the fields, so that it is read
   * before the constants below, whichever of this package's classes is used first.
   */
  private static final Taxonomy TAXONOMY = TaxonomyFile.builtIn();

  /** A dog, puppy or hound. */
  public static final Species DOG = known("dog");
  /** A wolf. */
  public static final Species WOLF = known("wolf");
  /** A wolfdog, such as Balto: canine, neither dog nor wolf. */
  public static final Species WOLFDOG = known("wolfdog");
  /** A fox or vixen. */
  public static final Species FOX = known("fox");
  /** A cat or kitten. */
  public static final Species CAT = known("cat");
  /** A lion or lioness. */
  public static final Species LION = known("lion");
  /** A horse, stallion, mare, foal or pony. */
  public static final Species HORSE = known("horse");
  /** A bear. */
  public static final Species BEAR = known("bear");
  /** A human being: not an animal. */
  public static final Species HUMAN = known("human");

  Species() {}

  private static Species known(String name) {
    return TAXONOMY.read(name).species().orElseThrow();
  }

  /** Returns the built-in taxonomy, read when this class is initialised. */
  static Taxonomy taxonomy() {
    return TAXONOMY;
  }

  /**
   * Reads a species from the name a catalogue gives it.
   *
   * @param name  the name, such as {@code "Wolfdog"}, {@code "kitten"} or {@code "grey wolf pup"},
   *     not null, not blank
   * @return the canonical species for a recognised name, or an unrecognised species keeping the
   *     name as given, not null
   * @throws IllegalArgumentException if the name is blank
   */
  public static Species parse(CharSequence name) {
    Objects.requireNonNull(name, "name");
    String id = Ids.normalize(name);
    if (id.isEmpty()) {
      throw new IllegalArgumentException("species name is blank");
    }
    return TAXONOMY.read(name).species()
        .orElseGet(() -> ImmutableSpecies.of(id, name.toString().strip(), Family.UNKNOWN));
  }

  /**
   * Returns every species the taxonomy knows, by canonical name, in the order of its table.
   *
   * @return the known species, not null
   */
  public static List<Species> known() {
    return TAXONOMY.all();
  }

  /**
   * Returns the canonical name: for a recognised species its name in the taxonomy ({@code "dog"}
   * for "Puppy"); for an unrecognised one the name as given, normalized to lower case with hyphens.
   *
   * @return the canonical name, not null
   */
  @Value.Parameter
  public abstract String canonicalName();

  /**
   * Returns the name to show: the canonical name for a known species, the name as given for an
   * unknown one.
   *
   * @return the name, not null
   */
  @Value.Parameter
  @Value.Auxiliary
  public abstract String name();

  /**
   * Returns the family of this species.
   *
   * @return the family, {@link Family#UNKNOWN} for a name the taxonomy does not know, not null
   */
  @Value.Parameter
  @Value.Auxiliary
  public abstract Family family();

  /**
   * Tells whether this species is an animal, is not one, or is not known to be either.
   *
   * @return {@link Animalness#ANIMAL} for an animal (anthropomorphic and mythic ones included),
   *     {@link Animalness#NOT_ANIMAL} for a known non-animal (humans, robots, spirits),
   *     {@link Animalness#UNKNOWN} for a name the taxonomy does not recognise; not null
   */
  public Animalness animalness() {
    return family().animalness();
  }

  /**
   * Tells whether this species is known to be an animal. Humans are not; anthropomorphic animals
   * are. An unrecognised species gives false too, though it may be an animal: a rule that must
   * not count it as a non-animal asks {@link #animalness()} instead.
   *
   * @return true only for {@link Animalness#ANIMAL}
   */
  public boolean isAnimal() {
    return animalness() == Animalness.ANIMAL;
  }

  /**
   * Tells whether the taxonomy recognises this species.
   *
   * @return false for a name kept as given, whose family is {@link Family#UNKNOWN}
   */
  public boolean isKnown() {
    return family() != Family.UNKNOWN;
  }

  @Override
  public String toString() {
    return name();
  }
}
