/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules;

import java.util.Objects;

/**
 * Whether a video meets a {@link Definition}.
 *
 * <pre>{@code
 * // neoTokyo: set to music, footage of Akira and Your Name
 * BuiltInDefinitions.animash().evaluate(neoTokyo).verdict();                  // MET
 * BuiltInDefinitions.singleSourceMusicVideo().evaluate(neoTokyo).verdict();   // NOT_MET
 * Classification c = Classifier.of(BuiltInProfiles.allTheTropes()).classify(neoTokyo);
 * c.verdicts();   // {single-source-music-video=NOT_MET, animash=MET, ...}
 * }</pre>
 */
public enum Verdict {
  /** Every required rule passes. */
  MET,
  /** A required rule fails. */
  NOT_MET,
  /** No required rule fails, but one is unknown or broke, so the answer is open. */
  UNDETERMINED;

  /**
   * Returns the verdict once one more required rule is judged: a failure makes it
   * {@link #NOT_MET} for good, an unknown or broken rule makes a {@link #MET} verdict
   * {@link #UNDETERMINED}, a pass leaves it as it is. A definition's verdict is {@code MET} with
   * each of its required rules' statuses applied in turn; conventions never count.
   *
   * <pre>{@code
   * Verdict.MET.withRequired(Status.PASS);            // MET
   * Verdict.MET.withRequired(Status.UNKNOWN);         // UNDETERMINED
   * Verdict.UNDETERMINED.withRequired(Status.FAIL);   // NOT_MET
   * }</pre>
   *
   * @param status  the status of a required rule, not null
   * @return the verdict with that rule counted, not null
   */
  public Verdict withRequired(Status status) {
    Objects.requireNonNull(status, "status");
    if (this == NOT_MET || status == Status.FAIL) {
      return NOT_MET;
    }
    return status == Status.PASS ? this : UNDETERMINED;
  }
}
