/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.testkit;

import static org.amvkit.testkit.AmvAssertions.assertThat;
import static org.amvkit.testkit.Fixtures.BALTO;
import static org.amvkit.testkit.Fixtures.BOLT;
import static org.amvkit.testkit.Fixtures.video;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.amvkit.rules.Outcome;
import org.amvkit.rules.Status;
import org.amvkit.rules.builtin.BuiltInRules;
import org.junit.jupiter.api.Test;

class OutcomeAssertTest {

  private final Outcome twoSources =
      BuiltInRules.multipleSources().evaluate(video("Run Free", BALTO, BOLT));

  @Test
  void status_and_explanation_assertions_pass_on_a_matching_outcome() {
    assertThat(twoSources)
        .hasStatus(Status.PASS)
        .hasExplanation("uses 2 distinct sources: Balto, Bolt");
  }

  @Test
  void a_wrong_status_fails_naming_both_statuses_and_the_evidence() {
    assertThatThrownBy(() -> assertThat(twoSources).hasStatus(Status.FAIL))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected status <FAIL> but was <PASS> (uses 2 distinct sources: Balto, Bolt)");
  }

  @Test
  void a_wrong_explanation_fails_quoting_both_sentences() {
    assertThatThrownBy(() -> assertThat(twoSources).hasExplanation("uses 2 sources"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected explanation <uses 2 sources> but was"
            + " <uses 2 distinct sources: Balto, Bolt>");
  }
}
