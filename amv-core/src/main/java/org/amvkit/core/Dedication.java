/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core;

import org.immutables.value.Value;

/**
 * To whom a video is dedicated, and why. Videos made as birthday presents for other members of
 * the community are, in the words of the source text, quite common.
 *
 * <pre>{@code
 * Dedication gift = Dedication.birthday("FoxFan");
 * }</pre>
 */
@Value.Immutable(builder = false)
public abstract class Dedication {

  Dedication() {}

  /**
   * Creates a dedication.
   *
   * @param occasion  why the video is dedicated, not null
   * @param recipient  who it is for, not null, not blank
   * @return the dedication, not null
   * @throws InvalidValueException if the recipient is blank
   */
  public static Dedication of(Occasion occasion, String recipient) {
    return ImmutableDedication.of(occasion, recipient);
  }

  /**
   * Creates a birthday dedication.
   *
   * @param recipient  whose birthday it is, not null, not blank
   * @return the dedication, not null
   * @throws InvalidValueException if the recipient is blank
   */
  public static Dedication birthday(String recipient) {
    return of(Occasion.BIRTHDAY, recipient);
  }

  /**
   * Returns why the video is dedicated.
   *
   * @return the occasion, not null
   */
  @Value.Parameter
  public abstract Occasion occasion();

  /**
   * Returns who the video is for.
   *
   * @return the recipient, not null, not blank
   */
  @Value.Parameter
  public abstract String recipient();

  @Value.Check
  void check() {
    Problems.of("dedication").requireNonBlank("recipient", recipient()).throwIfAny();
  }
}
