package org.amvkit.core.species;

import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The species of a character, read from the name a catalogue gives it.
 *
 * <pre>{@code
 * Species balto = Species.parse("Wolfdog");
 * balto.canonicalName();   // "wolfdog"
 * balto.family();          // Family.CANINE
 * balto.isAnimal();        // true
 *
 * Species.parse(" lioness ").equals(Species.LION);   // true
 * Species.parse("human").isAnimal();                  // false
 * Species.parse("Shapeshifter").isKnown();            // false: kept as given, not an animal
 * }</pre>
 *
 * <p>Matching ignores case, surrounding space and the difference between spaces, hyphens and
 * underscores; qualifiers such as "anthropomorphic" or "talking" are skipped and English plurals are
 * understood ("wolves", "ponies"). A name the taxonomy does not know is not an error: it is kept as given,
 * with family {@link Family#UNKNOWN}, so that a rule can say it does not know. Two species are
 * equal when their canonical names are equal, whatever name they were read from.
 */
@Value.Immutable(builder = false)
public abstract class Species {

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
    return Taxonomy.find(name).orElseThrow();
  }

  /**
   * Reads a species from the name a catalogue gives it.
   *
   * @param name  the name, such as {@code "Wolfdog"} or {@code "kitten"}, not null, not blank
   * @return the canonical species for a known name, or an unknown species keeping the name as
   *     given, not null
   * @throws IllegalArgumentException if the name is blank
   */
  public static Species parse(CharSequence name) {
    Objects.requireNonNull(name, "name");
    String id = Taxonomy.normalize(name);
    if (id.isEmpty()) {
      throw new IllegalArgumentException("species name is blank");
    }
    return Taxonomy.find(id)
        .orElseGet(() -> ImmutableSpecies.of(id, name.toString().strip(), Family.UNKNOWN));
  }

  /**
   * Returns every species the taxonomy knows, by canonical name, in the order of its table.
   *
   * @return the known species, not null
   */
  public static List<Species> known() {
    return Taxonomy.all();
  }

  /**
   * Returns the canonical name: for a known species its name in the taxonomy ({@code "dog"} for
   * "Puppy"); for an unknown one the name as given, normalized to lower case with hyphens.
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
   * Tells whether this species is an animal. Humans are not; anthropomorphic animals are; an
   * unknown species is not counted as one.
   *
   * @return true for an animal
   */
  public boolean isAnimal() {
    return family().isAnimal();
  }

  /**
   * Tells whether the taxonomy knows this species.
   *
   * @return false for a name kept as given
   */
  public boolean isKnown() {
    return family() != Family.UNKNOWN;
  }

  @Override
  public String toString() {
    return name();
  }
}
