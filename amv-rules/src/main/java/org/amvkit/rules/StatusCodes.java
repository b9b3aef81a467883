/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules;


/**
 * A rule's {@link Status} as a small number, and many of them packed in a {@code long}; the
 * encoding {@link Plan} describes. Only the plan and the tables it makes read these codes.
 */
final class StatusCodes {

  /** The code of a rule not evaluated yet, or not decided by the facts: 0, as new arrays hold. */
  static final int UNSET = 0;
  /** The code of {@link Status#PASS}. */
  static final int PASS = 1 + Status.PASS.ordinal();
  /** The code of {@link Status#FAIL}. */
  static final int FAIL = 1 + Status.FAIL.ordinal();
  /** Bits a code takes in a packed {@code long}: room for {@link #UNSET} and four statuses. */
  static final int BITS = 3;
  /** The most rules whose codes fit in one {@code long}: 21. */
  static final int PACKED_RULES = Long.SIZE / BITS;

  private static final int MASK = (1 << BITS) - 1;
  private static final Status[] STATUSES = Status.values();

  private StatusCodes() {}

  /** The code of a status: 1 + its ordinal. */
  static int of(Status status) {
    return 1 + status.ordinal();
  }

  /** The status of a code other than {@link #UNSET}. */
  static Status status(int code) {
    return STATUSES[code - 1];
  }

  /** The code of rule {@code rule} in packed codes. */
  static int get(long packed, int rule) {
    return (int) (packed >>> (BITS * rule)) & MASK;
  }

  /** Packed codes with rule {@code rule}'s code set; it was {@link #UNSET}. */
  static long with(long packed, int rule, int code) {
    return packed | (long) code << (BITS * rule);
  }
}
