/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules;

/**
 * How a rule judged a video. Rules combine in three-valued (Kleene) logic over {@link #PASS},
 * {@link #FAIL} and {@link #UNKNOWN}; {@link #ERROR} wins over everything, so that a broken rule is
 * never mistaken for a judgement.
 *
 * <pre>{@code
 * Status.UNKNOWN.and(Status.FAIL);   // FAIL: one failure decides a conjunction
 * Status.UNKNOWN.and(Status.PASS);   // UNKNOWN: the answer hangs on what is unknown
 * Status.UNKNOWN.or(Status.PASS);    // PASS
 * Status.ERROR.or(Status.PASS);      // ERROR
 * Status.UNKNOWN.negate();           // UNKNOWN
 * }</pre>
 */
public enum Status {
  /** The video meets the rule. */
  PASS,
  /** The video does not meet the rule. */
  FAIL,
  /** The rule cannot tell: the data it needs is missing. */
  UNKNOWN,
  /** The rule failed to run: it threw, or returned nothing. */
  ERROR;

  /**
   * Kleene conjunction: {@code ERROR} if either is, else {@code FAIL} if either is, else
   * {@code UNKNOWN} if either is, else {@code PASS}.
   *
   * @param other  the other status, not null
   * @return the conjunction, not null
   */
  public Status and(Status other) {
    if (this == ERROR || other == ERROR) {
      return ERROR;
    }
    if (this == FAIL || other == FAIL) {
      return FAIL;
    }
    if (this == UNKNOWN || other == UNKNOWN) {
      return UNKNOWN;
    }
    return PASS;
  }

  /**
   * Kleene disjunction: {@code ERROR} if either is, else {@code PASS} if either is, else
   * {@code UNKNOWN} if either is, else {@code FAIL}.
   *
   * @param other  the other status, not null
   * @return the disjunction, not null
   */
  public Status or(Status other) {
    if (this == ERROR || other == ERROR) {
      return ERROR;
    }
    if (this == PASS || other == PASS) {
      return PASS;
    }
    if (this == UNKNOWN || other == UNKNOWN) {
      return UNKNOWN;
    }
    return FAIL;
  }

  /**
   * Kleene negation: swaps {@code PASS} and {@code FAIL}; {@code UNKNOWN} and {@code ERROR} stay.
   *
   * @return the negation, not null
   */
  public Status negate() {
    switch (this) {
      case PASS:
        return FAIL;
      case FAIL:
        return PASS;
      default:
        return this;
    }
  }
}
