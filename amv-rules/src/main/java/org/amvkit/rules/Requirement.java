package org.amvkit.rules;

/**
 * How much a rule counts in a {@link Definition}.
 */
public enum Requirement {
  /** The video must pass it to meet the definition. */
  REQUIRED,
  /**
   * What such videos usually do. Failing it is a <em>deviation</em>, not a disqualification: the
   * source text says several Animashes feature no animals.
   */
  CONVENTION
}
