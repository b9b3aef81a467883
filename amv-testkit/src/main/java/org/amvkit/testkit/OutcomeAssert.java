/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.testkit;

import java.util.Objects;
import org.amvkit.rules.Outcome;
import org.amvkit.rules.Status;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the {@link Outcome} of one rule: its status and its explanation. Obtained from
 * {@link AmvAssertions#assertThat(Outcome)}; every method returns {@code this}, so checks chain.
 *
 * <pre>{@code
 * assertThat(BuiltInRules.multipleSources().evaluate(runFree))   // Balto and Bolt
 *     .hasStatus(Status.PASS)
 *     .hasExplanation("uses 2 distinct sources: Balto, Bolt");
 * }</pre>
 */
public class OutcomeAssert extends AbstractAssert<OutcomeAssert, Outcome> {

  /**
   * Creates the assertions; prefer {@link AmvAssertions#assertThat(Outcome)}.
   *
   * @param actual  the outcome to check, may be null (the assertions then fail)
   */
  public OutcomeAssert(Outcome actual) {
    super(actual, OutcomeAssert.class);
  }

  /**
   * Checks the status.
   *
   * @param expected  the expected status, not null
   * @return this assertion object, not null
   * @throws AssertionError if the outcome is null or its status differs, with the message
   *     {@code Expected status <PASS> but was <FAIL> (explanation)}
   */
  public OutcomeAssert hasStatus(Status expected) {
    isNotNull();
    if (actual.status() != expected) {
      failWithMessage("Expected status <%s> but was <%s>%s", expected, actual.status(),
          ClassificationAssert.because(actual));
    }
    return this;
  }

  /**
   * Checks the explanation: the evidence put into words. This renders lazily supplied evidence.
   *
   * @param expected  the expected sentence, such as {@code "uses 2 distinct sources: Balto, Bolt"},
   *     not null
   * @return this assertion object, not null
   * @throws AssertionError if the outcome is null or its explanation differs, with the message
   *     {@code Expected explanation <expected> but was <actual>}
   */
  public OutcomeAssert hasExplanation(String expected) {
    isNotNull();
    String explanation = actual.explain();
    if (!Objects.equals(explanation, expected)) {
      failWithMessage("Expected explanation <%s> but was <%s>", expected, explanation);
    }
    return this;
  }
}
