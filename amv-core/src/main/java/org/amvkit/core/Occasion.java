/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core;

import org.amvkit.core.internal.Ids;

/**
 * Why a video was dedicated to someone. Videos made as birthday presents are, in the words of the
 * source text, "quite common" among Animash makers.
 */
public enum Occasion {
  /** A birthday present. */
  BIRTHDAY,
  /** An anniversary: of a friendship, a channel, a community. */
  ANNIVERSARY,
  /** A seasonal holiday. */
  HOLIDAY,
  /** In memory of someone. */
  MEMORIAL,
  /** A gift for a friend, without a particular date. */
  FRIENDSHIP,
  /** Any other occasion. */
  OTHER;

  private final String id = Ids.of(this);

  /**
   * Returns the identifier of this constant, as written in catalogues: lower case with hyphens.
   *
   * @return the identifier, such as {@code "birthday"}, not null
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
  public static Occasion parse(CharSequence text) {
    return Ids.parse(Occasion.class, text);
  }
}
