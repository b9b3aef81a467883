/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core;

import org.amvkit.core.internal.Ids;

/**
 * What kind of moving picture a source is. All The Tropes counts <em>animated</em> footage
 * ({@link #ANIME} and {@link #ANIMATION}); the real-world sense of AMV counts only {@link #ANIME}.
 */
public enum Medium {
  /** Japanese animation: series, films and OVAs. */
  ANIME,
  /** Animation that is not anime: western cartoons, animated features, CGI films. */
  ANIMATION,
  /** Filmed with actors and cameras. */
  LIVE_ACTION,
  /** Footage taken from a video game. */
  VIDEO_GAME,
  /** Anything else: commercials, music videos, home footage. */
  OTHER;

  private final String id = Ids.of(this);

  /**
   * Returns the identifier of this constant, as written in catalogues: lower case with hyphens.
   *
   * @return the identifier, such as {@code "live-action"}, not null
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
  public static Medium parse(CharSequence text) {
    return Ids.parse(Medium.class, text);
  }

  /**
   * Tells whether footage of this medium is animated, as the All The Tropes definition asks.
   *
   * @return true for {@link #ANIME} and {@link #ANIMATION}
   */
  public boolean isAnimated() {
    return this == ANIME || this == ANIMATION;
  }
}
