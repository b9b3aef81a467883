/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core;

/**
 * A word of an open vocabulary — a {@link Genre}, a {@link Style}, an {@link EditingSoftware}:
 * amvkit knows the common ones as constants, and any other name is accepted as it is.
 *
 * <p>Two terms are equal when they are of the same type and have the same {@link #id()}; the
 * {@link #name()} is how the term is shown and does not take part in equality.
 */
public abstract class Term {

  Term() {}

  /**
   * Returns the identifier: the name in lower case with words joined by hyphens.
   *
   * @return the identifier, such as {@code "sony-vegas"}, not null, not blank
   */
  public abstract String id();

  /**
   * Returns the name as it is shown to people.
   *
   * @return the name, such as {@code "Sony Vegas"}, not null
   */
  public abstract String name();

  /**
   * Returns the name, as it is shown to people.
   *
   * @return the name, not null
   */
  @Override
  public final String toString() {
    return name();
  }
}
