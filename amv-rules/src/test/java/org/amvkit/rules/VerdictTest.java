/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class VerdictTest {

  @Test
  void a_pass_leaves_the_verdict_as_it_is() {
    assertThat(Verdict.MET.withRequired(Status.PASS)).isEqualTo(Verdict.MET);
    assertThat(Verdict.UNDETERMINED.withRequired(Status.PASS)).isEqualTo(Verdict.UNDETERMINED);
    assertThat(Verdict.NOT_MET.withRequired(Status.PASS)).isEqualTo(Verdict.NOT_MET);
  }

  @Test
  void a_failure_makes_any_verdict_not_met() {
    assertThat(Verdict.MET.withRequired(Status.FAIL)).isEqualTo(Verdict.NOT_MET);
    assertThat(Verdict.UNDETERMINED.withRequired(Status.FAIL)).isEqualTo(Verdict.NOT_MET);
    assertThat(Verdict.NOT_MET.withRequired(Status.FAIL)).isEqualTo(Verdict.NOT_MET);
  }

  @Test
  void an_unknown_or_broken_rule_makes_a_met_verdict_undetermined_and_leaves_not_met() {
    for (Status open : new Status[] {Status.UNKNOWN, Status.ERROR}) {
      assertThat(Verdict.MET.withRequired(open)).as(open.name()).isEqualTo(Verdict.UNDETERMINED);
      assertThat(Verdict.UNDETERMINED.withRequired(open)).as(open.name())
          .isEqualTo(Verdict.UNDETERMINED);
      assertThat(Verdict.NOT_MET.withRequired(open)).as(open.name()).isEqualTo(Verdict.NOT_MET);
    }
  }

  @Test
  void a_missing_status_is_rejected_naming_the_parameter() {
    assertThatNullPointerException().isThrownBy(() -> Verdict.MET.withRequired(null))
        .withMessage("status");
  }
}
