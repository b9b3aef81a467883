package org.amvkit.rules;

/** How a rule judged a video. */
public enum Status {
  /** The video meets the rule. */
  PASS,
  /** The video does not meet the rule. */
  FAIL,
  /** The rule cannot tell: the data it needs is missing. */
  UNKNOWN,
  /** The rule failed to run: it threw, or returned nothing. */
  ERROR
}
