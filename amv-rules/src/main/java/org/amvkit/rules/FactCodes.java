/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules;

import org.amvkit.core.internal.VideoFacts;
import org.amvkit.rules.internal.Facts;

/**
 * The table of what a video's {@link Facts} decide of each rule, for {@link Plan}: at
 * {@code rule * VideoFacts.COMBINATIONS + facts}, the code of the status a status rule gives every video
 * with those facts ({@link StatusRule#statusFrom(int)}), or {@link StatusCodes#UNSET} where the
 * video itself must be asked.
 */
final class FactCodes {

  private FactCodes() {}

  /** Tabulates the rules of a plan; a rule that is not a status rule (null) is always asked. */
  static byte[] tabulate(StatusRule[] statusRules) {
    byte[] codes = new byte[statusRules.length * VideoFacts.COMBINATIONS];
    for (int rule = 0; rule < statusRules.length; rule++) {
      for (int facts = 0; facts < VideoFacts.COMBINATIONS; facts++) {
        codes[rule * VideoFacts.COMBINATIONS + facts] = decidedBy(statusRules[rule], facts);
      }
    }
    return codes;
  }

  private static byte decidedBy(StatusRule rule, int facts) {
    if (rule == null) {
      return StatusCodes.UNSET;
    }
    try {
      Status status = rule.statusFrom(facts);
      return (byte) (status == null ? StatusCodes.UNSET : StatusCodes.of(status));
    } catch (RuntimeException e) {
      // asked per video instead, where a failure becomes an ERROR outcome
      return StatusCodes.UNSET;
    }
  }
}
