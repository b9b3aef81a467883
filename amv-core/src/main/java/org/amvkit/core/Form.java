/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core;

import org.amvkit.core.internal.Ids;

/** The release form of a source: film, series, OVA, short. */
public enum Form {
  /** A feature film. */
  FILM,
  /** A television or web series. */
  SERIES,
  /** An original video animation, released straight to video. */
  OVA,
  /** A short film. */
  SHORT,
  /** Any other form. */
  OTHER;

  private final String id = Ids.of(this);

  /**
   * Returns the identifier of this constant, as written in catalogues: lower case with hyphens.
   *
   * @return the identifier, such as {@code "film"}, not null
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
  public static Form parse(CharSequence text) {
    return Ids.parse(Form.class, text);
  }
}
