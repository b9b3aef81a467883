/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core;

import org.amvkit.core.internal.Ids;

/** Whether a piece of music is a song or an instrumental score. */
public enum MusicKind {
  /** A song, usually with vocals. */
  SONG,
  /** A score or soundtrack piece. */
  SCORE;

  private final String id = Ids.of(this);

  /**
   * Returns the identifier of this constant, as written in catalogues: lower case with hyphens.
   *
   * @return the identifier, such as {@code "song"}, not null
   */
  public String id() {
    return id;
  }

  /**
   * Reads a constant from its identifier or name, ignoring case, surrounding space and the
   * difference between spaces, hyphens and underscores.
   *
   * @param text  the text to read, not null
   * @return the constant, not null
   * @throws IllegalArgumentException if the text names no constant; the message lists those allowed
   */
  public static MusicKind parse(CharSequence text) {
    return Ids.parse(MusicKind.class, text);
  }
}
