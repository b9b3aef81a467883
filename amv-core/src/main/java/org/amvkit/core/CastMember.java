package org.amvkit.core;

import org.amvkit.core.species.Species;
import org.immutables.value.Value;

/**
 * A character of a source: a name and a species. (Not {@code Character}, which would shadow
 * {@code java.lang.Character}.)
 *
 * <pre>{@code
 * CastMember balto = CastMember.of("Balto", "wolfdog");
 * balto.isAnimal();   // true
 * }</pre>
 */
@Value.Immutable(builder = false)
public abstract class CastMember {

  CastMember() {}

  /**
   * Creates a character.
   *
   * @param name  the character's name, not null, not blank
   * @param species  the character's species, not null
   * @return the character, not null
   * @throws InvalidValueException if the name is blank
   */
  public static CastMember of(String name, Species species) {
    return ImmutableCastMember.of(name, species);
  }

  /**
   * Creates a character, reading its species from a name such as {@code "wolfdog"}.
   *
   * @param name  the character's name, not null, not blank
   * @param species  the species' name, read by {@link Species#parse}, not null, not blank
   * @return the character, not null
   * @throws IllegalArgumentException if a name is blank
   */
  public static CastMember of(String name, String species) {
    return of(name, Species.parse(species));
  }

  /**
   * Returns the character's name.
   *
   * @return the name, not null, not blank
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns the character's species.
   *
   * @return the species, not null
   */
  @Value.Parameter
  public abstract Species species();

  /**
   * Tells whether this character is an animal (anthropomorphic ones included).
   *
   * @return true if the species is an animal
   */
  public boolean isAnimal() {
    return species().isAnimal();
  }

  @Value.Check
  void check() {
    Problems.of("character").requireNonBlank("name", name()).throwIfAny();
  }
}
