/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core;

import java.util.List;
import org.immutables.value.Value;

/**
 * The genre of a piece of music. The source text names the most common in Animashes: Pop, Rock,
 * Techno and Soundtracks. The vocabulary is open: {@code Genre.parse("Eurobeat")} is a genre too.
 *
 * <pre>{@code
 * Genre rock = Genre.parse("ROCK");        // Genre.ROCK
 * Genre other = Genre.parse("Eurobeat");   // not well known, kept as given
 * }</pre>
 */
@Value.Immutable(builder = false)
public abstract class Genre extends Term {

  private static final Vocabulary<Genre> VOCABULARY =
      new Vocabulary<>("genre", (id, name) -> ImmutableGenre.of(id, name));

  /** Pop music. */
  public static final Genre POP = VOCABULARY.define("Pop", "pop-music");
  /** Rock music. */
  public static final Genre ROCK = VOCABULARY.define("Rock", "rock-music");
  /** Techno. */
  public static final Genre TECHNO = VOCABULARY.define("Techno");
  /** Electronic music in general. */
  public static final Genre ELECTRONIC = VOCABULARY.define("Electronic", "edm", "electronica");
  /** Film and series soundtracks and scores. */
  public static final Genre SOUNDTRACK = VOCABULARY.define("Soundtrack", "ost", "score", "soundtracks");
  /** Metal. */
  public static final Genre METAL = VOCABULARY.define("Metal", "heavy-metal");
  /** Hip hop and rap. */
  public static final Genre HIP_HOP = VOCABULARY.define("Hip Hop", "hiphop", "rap");
  /** Classical music. */
  public static final Genre CLASSICAL = VOCABULARY.define("Classical");
  /** Japanese pop. */
  public static final Genre J_POP = VOCABULARY.define("J-Pop", "jpop");

  Genre() {}

  /**
   * Returns the well-known genre named or aliased {@code name}, or else a new genre of that name.
   * Case, surrounding space and the difference between spaces, hyphens and underscores do not
   * matter: {@code Genre.parse(" soundtrack") == Genre.SOUNDTRACK}.
   *
   * @param name  the name, not null, not blank
   * @return the genre, not null
   * @throws IllegalArgumentException if the name is blank
   */
  public static Genre parse(CharSequence name) {
    return VOCABULARY.parse(name);
  }

  /**
   * Returns the well-known values, in the order they are declared.
   *
   * @return the well-known values, not null
   */
  public static List<Genre> wellKnown() {
    return VOCABULARY.wellKnown();
  }

  @Override
  @Value.Parameter
  public abstract String id();

  @Override
  @Value.Parameter
  @Value.Auxiliary
  public abstract String name();

  /**
   * Tells whether this is one of the constants of this class.
   *
   * @return true for a well-known value
   */
  public boolean isWellKnown() {
    return VOCABULARY.isWellKnown(this);
  }
}
