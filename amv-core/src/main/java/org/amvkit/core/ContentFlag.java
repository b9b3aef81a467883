/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core;

import org.amvkit.core.internal.Ids;

/**
 * Facts about a video that some contests ban. On a {@link Video} each flag is optional: absent
 * means unknown, which a rule must not read as "no".
 */
public enum ContentFlag {
  /** A watermark or channel logo is visible. */
  WATERMARK,
  /** Subtitles or karaoke lyrics are burnt in. */
  SUBTITLES,
  /** The video has an intro, credits or title cards. */
  CREDITS;

  private final String id = Ids.of(this);

  /**
   * Returns the identifier of this constant, as written in catalogues: lower case with hyphens.
   *
   * @return the identifier, such as {@code "watermark"}, not null
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
  public static ContentFlag parse(CharSequence text) {
    return Ids.parse(ContentFlag.class, text);
  }
}
