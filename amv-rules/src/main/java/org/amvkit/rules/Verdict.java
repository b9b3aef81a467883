package org.amvkit.rules;

/** Whether a video meets a {@link Definition}. */
public enum Verdict {
  /** Every required rule passes. */
  MET,
  /** A required rule fails. */
  NOT_MET,
  /** No required rule fails, but one is unknown or broke, so the answer is open. */
  UNDETERMINED
}
