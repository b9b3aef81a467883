/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.testkit;

import org.amvkit.rules.Classification;
import org.amvkit.rules.Outcome;

/**
 * Entry point of the amvkit assertions, in AssertJ's shape.
 *
 * <pre>{@code
 * import static org.amvkit.testkit.AmvAssertions.assertThat;
 *
 * Classification c = Classifier.of(BuiltInProfiles.allTheTropes()).classify(video);
 * assertThat(c).isCategory("animash").hasLabel("Animash").hasNoDeviations()
 *     .hasVerdict("single-source-music-video", Verdict.NOT_MET)
 *     .hasOutcome("features-animals", Status.PASS);
 * }</pre>
 *
 * <p>The methods are overloads of AssertJ's own {@code assertThat}: both classes can be imported
 * statically side by side.
 */
public final class AmvAssertions {

  private AmvAssertions() {}

  /**
   * Starts assertions on a classification.
   *
   * @param actual  the classification to check, may be null (the assertions then fail)
   * @return the assertion object, not null
   */
  public static ClassificationAssert assertThat(Classification actual) {
    return new ClassificationAssert(actual);
  }

  /**
   * Starts assertions on the outcome of a rule.
   *
   * @param actual  the outcome to check, may be null (the assertions then fail)
   * @return the assertion object, not null
   */
  public static OutcomeAssert assertThat(Outcome actual) {
    return new OutcomeAssert(actual);
  }
}
