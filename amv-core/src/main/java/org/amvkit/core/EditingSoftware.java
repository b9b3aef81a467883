/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core;

import java.util.List;
import org.immutables.value.Value;

/**
 * The program a video was edited with. The source text says Animashes are "commonly made with
 * Sony Vegas or Adobe After Effects". The vocabulary is open.
 *
 * <pre>{@code
 * EditingSoftware.parse("Vegas Pro");   // EditingSoftware.SONY_VEGAS
 * EditingSoftware.parse("Kdenlive");    // not well known, kept as given
 * }</pre>
 */
@Value.Immutable(builder = false)
public abstract class EditingSoftware extends Term {

  private static final Vocabulary<EditingSoftware> VOCABULARY =
      new Vocabulary<>("editing software", (id, name) -> ImmutableEditingSoftware.of(id, name));

  /** Sony Vegas, later Vegas Pro. */
  public static final EditingSoftware SONY_VEGAS =
      VOCABULARY.define("Sony Vegas", "vegas", "vegas-pro", "sony-vegas-pro", "magix-vegas");
  /** Adobe After Effects. */
  public static final EditingSoftware ADOBE_AFTER_EFFECTS =
      VOCABULARY.define("Adobe After Effects", "after-effects", "ae");
  /** Adobe Premiere. */
  public static final EditingSoftware ADOBE_PREMIERE =
      VOCABULARY.define("Adobe Premiere", "premiere", "premiere-pro", "adobe-premiere-pro");
  /** Apple Final Cut Pro. */
  public static final EditingSoftware FINAL_CUT_PRO =
      VOCABULARY.define("Final Cut Pro", "final-cut", "fcp");
  /** DaVinci Resolve. */
  public static final EditingSoftware DAVINCI_RESOLVE =
      VOCABULARY.define("DaVinci Resolve", "resolve");
  /** Windows Movie Maker. */
  public static final EditingSoftware WINDOWS_MOVIE_MAKER =
      VOCABULARY.define("Windows Movie Maker", "movie-maker", "wmm");
  /** Apple iMovie. */
  public static final EditingSoftware IMOVIE = VOCABULARY.define("iMovie");

  EditingSoftware() {}

  /**
   * Returns the well-known editing software named or aliased {@code name}, or else a new editing software of that name.
   * Case, surrounding space and the difference between spaces, hyphens and underscores do not
   * matter: {@code EditingSoftware.parse("sony_vegas") == EditingSoftware.SONY_VEGAS}.
   *
   * @param name  the name, not null, not blank
   * @return the editing software, not null
   * @throws IllegalArgumentException if the name is blank
   */
  public static EditingSoftware parse(CharSequence name) {
    return VOCABULARY.parse(name);
  }

  /**
   * Returns the well-known values, in the order they are declared.
   *
   * @return the well-known values, not null
   */
  public static List<EditingSoftware> wellKnown() {
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
