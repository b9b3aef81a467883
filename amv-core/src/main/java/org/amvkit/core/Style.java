/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core;

import java.util.List;
import org.immutables.value.Value;

/**
 * A category that AMV archives and contests file a video under: Action, Drama, Comedy,
 * Romance/Sentimental, Upbeat/Fun, Trailer/Parody, Rhythm &amp; Beat. Named {@code Style} so that it
 * never clashes with the {@code category} a classification gives a video (a definition id), nor
 * with an award's free-text {@link Award#awardCategory() award category}; Java names that hold
 * styles say style ({@link Video#styles()}, and a contest's styles and an entry's style in
 * amv-rules). The vocabulary is open.
 *
 * <pre>{@code
 * Style.parse("sentimental");   // Style.ROMANCE
 * Style.parse("Horror");        // not well known, kept as given
 * }</pre>
 */
@Value.Immutable(builder = false)
public abstract class Style extends Term {

  private static final Vocabulary<Style> VOCABULARY =
      new Vocabulary<>("style", (id, name) -> ImmutableStyle.of(id, name));

  /** Action: fights, chases, fast cuts. */
  public static final Style ACTION = VOCABULARY.define("Action");
  /** Drama. */
  public static final Style DRAMA = VOCABULARY.define("Drama");
  /** Comedy. */
  public static final Style COMEDY = VOCABULARY.define("Comedy");
  /** Romance, also filed as Sentimental. */
  public static final Style ROMANCE = VOCABULARY.define("Romance", "sentimental", "romance/sentimental");
  /** Upbeat, also filed as Fun. */
  public static final Style UPBEAT = VOCABULARY.define("Upbeat", "fun", "upbeat/fun");
  /** Trailer, also filed as Parody. */
  public static final Style TRAILER = VOCABULARY.define("Trailer", "parody", "trailer/parody");
  /** Rhythm and beat: editing synchronised to the music. */
  public static final Style RHYTHM = VOCABULARY.define("Rhythm", "rhythm-and-beat", "rhythm-&-beat");

  Style() {}

  /**
   * Returns the well-known style named or aliased {@code name}, or else a new style of that name.
   * Case, surrounding space and the difference between spaces, hyphens and underscores do not
   * matter: {@code Style.parse("Romance/Sentimental") == Style.ROMANCE}.
   *
   * @param name  the name, not null, not blank
   * @return the style, not null
   * @throws IllegalArgumentException if the name is blank
   */
  public static Style parse(CharSequence name) {
    return VOCABULARY.parse(name);
  }

  /**
   * Returns the well-known values, in the order they are declared.
   *
   * @return the well-known values, not null
   */
  public static List<Style> wellKnown() {
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
