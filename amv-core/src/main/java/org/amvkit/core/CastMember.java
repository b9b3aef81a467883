/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core;

import java.util.Objects;
import java.util.Optional;
import org.amvkit.core.species.Animalness;
import org.amvkit.core.species.Posture;
import org.amvkit.core.species.Species;
import org.immutables.value.Value;

/**
 * A character of a source: a name, a species and, if recorded, a posture. (Not {@code Character},
 * which would shadow {@code java.lang.Character}.)
 *
 * <pre>{@code
 * CastMember balto = CastMember.of("Balto", "wolfdog");
 * balto.animalness();   // ANIMAL
 * balto.posture();      // Optional.empty(): not recorded
 *
 * CastMember.of("Nick Wilde", "anthropomorphic fox").posture();   // Optional[ANTHROPOMORPHIC]
 * CastMember.of("Spirit", Species.HORSE, Posture.FERAL);
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
    return ImmutableCastMember.of(name, species, Optional.empty());
  }

  /**
   * Creates a character of a known posture.
   *
   * @param name  the character's name, not null, not blank
   * @param species  the character's species, not null
   * @param posture  how the character is drawn, not null
   * @return the character, not null
   * @throws InvalidValueException if the name is blank
   */
  public static CastMember of(String name, Species species, Posture posture) {
    return ImmutableCastMember.of(name, species,
        Optional.of(Objects.requireNonNull(posture, "posture")));
  }

  /**
   * Creates a character, reading its species from a name such as {@code "wolfdog"}, and its
   * posture from the same name when it states one ({@code "anthro fox"}, see
   * {@link Posture#fromSpeciesName}).
   *
   * @param name  the character's name, not null, not blank
   * @param species  the species' name, read by {@link Species#parse}, not null, not blank
   * @return the character, not null
   * @throws IllegalArgumentException if a name is blank
   */
  public static CastMember of(String name, String species) {
    Species read = Species.parse(species);
    Optional<Posture> posture = Posture.fromSpeciesName(species);
    return posture.isPresent() ? of(name, read, posture.get()) : of(name, read);
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
   * Returns how the character is drawn: feral or anthropomorphic.
   *
   * @return the posture, or empty if not recorded, not null
   */
  @Value.Parameter
  public abstract Optional<Posture> posture();

  /**
   * Tells whether this character is an animal, is not one, or is not known to be either: the
   * {@linkplain Species#animalness() animal-ness} of its species.
   *
   * @return the animal-ness, {@link Animalness#UNKNOWN} for an unrecognised species, not null
   */
  public Animalness animalness() {
    return species().animalness();
  }

  /**
   * Tells whether this character is known to be an animal (anthropomorphic ones included). False
   * for a character of an unrecognised species too: {@link #animalness()} tells it apart.
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
