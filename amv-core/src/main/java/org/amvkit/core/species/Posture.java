/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.species;

import java.util.Objects;
import java.util.Optional;
import org.amvkit.core.internal.Ids;

/**
 * How an animal character is drawn: as an animal ({@link #FERAL}) or with a human-like body
 * ({@link #ANTHROPOMORPHIC}). A character whose posture no one recorded has none: its
 * {@code posture()} is empty, and a rule that needs it does not know.
 *
 * <pre>{@code
 * Posture.parse("feral");                             // FERAL, as catalogues write it
 * Posture.fromSpeciesName("anthropomorphic fox");     // Optional[ANTHROPOMORPHIC]
 * Posture.fromSpeciesName("fox (anthro)");            // Optional[ANTHROPOMORPHIC]
 * Posture.fromSpeciesName("talking dog");             // Optional.empty(): ferals may talk
 * }</pre>
 *
 * <p>The distinction is Fanlore's. Its article on the Animash
 * (<a href="https://fanlore.org/wiki/Animash">fanlore.org/wiki/Animash</a>) describes fanvids of
 * animated footage of <em>feral-style</em> animals, most often from Spirit: Stallion of the
 * Cimarron, Balto and The Lion King, with human or anthropomorphic characters present only in
 * small measure. Its article on ferals
 * (<a href="https://fanlore.org/wiki/Feral_(fandom)">fanlore.org/wiki/Feral_(fandom)</a>) defines
 * a feral as a fictional animal with little physical anthropomorphism: it may speak, but does not
 * walk on two legs or have fingers unless the real animal does. So posture is about the body, not
 * the voice: Simba and Balto talk and are feral; Robin Hood's fox and Zootopia's Nick Wilde walk
 * upright in clothes and are anthropomorphic. This is why the word "talking" in a species name
 * states no posture.
 */
public enum Posture {
  /** Drawn with an animal's body: on four legs if the animal walks on four, no hands. */
  FERAL,
  /** Drawn with a human-like body: upright, with hands, often clothed. */
  ANTHROPOMORPHIC;

  private final String id = Ids.of(this);

  /**
   * Returns the identifier of this posture, as written in catalogues.
   *
   * @return {@code "feral"} or {@code "anthropomorphic"}, not null
   */
  public String id() {
    return id;
  }

  /**
   * Reads a posture from its identifier, ignoring case and surrounding space.
   *
   * @param text  the text to read, such as {@code "feral"}, not null
   * @return the posture, not null
   * @throws IllegalArgumentException if the text names no posture; the message quotes it and lists
   *     those allowed
   */
  public static Posture parse(CharSequence text) {
    return Ids.parse(Posture.class, text);
  }

  /**
   * Reads the posture a species name states: "anthropomorphic fox", "anthro fox" and
   * "fox (anthro)" state {@link #ANTHROPOMORPHIC}; "feral wolf" and "wolf (feral)" state
   * {@link #FERAL}. The words are read only in a name whose species the taxonomy recognises (the
   * posture of an animal, not of a name it cannot check); "talking" states none, since ferals may
   * speak.
   *
   * @param speciesName  a species name as a catalogue writes it, not null
   * @return the posture stated, or empty if the name states none, not null
   */
  public static Optional<Posture> fromSpeciesName(CharSequence speciesName) {
    Objects.requireNonNull(speciesName, "speciesName");
    return Species.taxonomy().read(speciesName).posture();
  }
}
