/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.testkit;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.amvkit.rules.Classification;
import org.amvkit.rules.DefinitionResult;
import org.amvkit.rules.Outcome;
import org.amvkit.rules.Status;
import org.amvkit.rules.Verdict;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link Classification}: its category, label, deviations, what it could also be,
 * its errors, the verdict of each definition and the outcome of each rule. Obtained from
 * {@link AmvAssertions#assertThat(Classification)}; every method returns {@code this}, so checks
 * chain.
 *
 * <pre>{@code
 * assertThat(classifier.classify(neoTokyo))
 *     .isCategory("animash")
 *     .hasDeviation("features-animals")
 *     .hasVerdict("single-source-music-video", Verdict.NOT_MET);
 * }</pre>
 *
 * <p>Failure messages name the expected value and the actual one in angle brackets, as in
 * {@code Expected category <animash> but was <fan-vid>}.
 */
public class ClassificationAssert extends AbstractAssert<ClassificationAssert, Classification> {

  /**
   * Creates the assertions; prefer {@link AmvAssertions#assertThat(Classification)}.
   *
   * @param actual  the classification to check, may be null (the assertions then fail)
   */
  public ClassificationAssert(Classification actual) {
    super(actual, ClassificationAssert.class);
  }

  /**
   * Checks the category: the id of the first definition the video meets, else
   * {@code "undetermined"} or {@code "not-a-music-video"}.
   *
   * @param expected  the expected category, such as {@code "animash"}, not null
   * @return this assertion object, not null
   * @throws AssertionError if the classification is null or its category differs, with the
   *     message {@code Expected category <expected> but was <actual>}
   */
  public ClassificationAssert isCategory(String expected) {
    isNotNull();
    if (!Objects.equals(actual.category(), expected)) {
      failWithMessage("Expected category <%s> but was <%s>", expected, actual.category());
    }
    return this;
  }

  /**
   * Checks the label of the category, such as {@code "Balto music video"}.
   *
   * @param expected  the expected label, not null
   * @return this assertion object, not null
   * @throws AssertionError if the classification is null or its label differs, with the message
   *     {@code Expected label <expected> but was <actual>}
   */
  public ClassificationAssert hasLabel(String expected) {
    isNotNull();
    if (!Objects.equals(actual.label(), expected)) {
      failWithMessage("Expected label <%s> but was <%s>", expected, actual.label());
    }
    return this;
  }

  /**
   * Checks that the video deviates from a convention of its category.
   *
   * @param ruleId  the id of the convention, such as {@code "features-animals"}, not null
   * @return this assertion object, not null
   * @throws AssertionError if the classification is null or the rule is not among its deviations,
   *     with the message {@code Expected deviation <rule-id> but deviations were <[...]>}
   */
  public ClassificationAssert hasDeviation(String ruleId) {
    isNotNull();
    if (!actual.deviations().contains(ruleId)) {
      failWithMessage("Expected deviation <%s> but deviations were <%s>", ruleId,
          actual.deviations());
    }
    return this;
  }

  /**
   * Checks that the video follows every convention of its category (or meets no definition).
   *
   * @return this assertion object, not null
   * @throws AssertionError if the classification is null or has deviations, with the message
   *     {@code Expected no deviations but were <[...]>}
   */
  public ClassificationAssert hasNoDeviations() {
    isNotNull();
    if (!actual.deviations().isEmpty()) {
      failWithMessage("Expected no deviations but were <%s>", actual.deviations());
    }
    return this;
  }

  /**
   * Checks what the video could also be: that each definition named is among the definitions ahead
   * of the category that were UNDETERMINED ({@link Classification#undetermined()}).
   *
   * <pre>{@code
   * assertThat(classifier.classify(mediumNotRecorded)).isCategory("fan-vid").couldAlsoBe("animash");
   * }</pre>
   *
   * @param definitionIds  the ids of the definitions, at least one, not null
   * @return this assertion object, not null
   * @throws AssertionError if the classification is null or a definition is not undetermined
   *     ahead of the category, with the message
   *     {@code Expected <fan-vid> could also be <[animash]> but undetermined were <{}>}
   * @throws IllegalArgumentException if no id is given
   */
  public ClassificationAssert couldAlsoBe(String... definitionIds) {
    if (definitionIds.length == 0) {
      throw new IllegalArgumentException("couldAlsoBe needs at least one definition id");
    }
    isNotNull();
    Map<String, List<String>> undetermined = actual.undetermined();
    if (!undetermined.keySet().containsAll(List.of(definitionIds))) {
      failWithMessage("Expected <%s> could also be <%s> but undetermined were <%s>",
          actual.category(), List.of(definitionIds), undetermined);
    }
    return this;
  }

  /**
   * Checks that no rule classifying evaluated broke ({@link Classification#errors()}).
   *
   * @return this assertion object, not null
   * @throws AssertionError if the classification is null or has errors, with the message
   *     {@code Expected no errors but <rule-id> was ERROR (the rule failed with ...)}, one line a
   *     rule
   */
  public ClassificationAssert hasNoErrors() {
    isNotNull();
    Map<String, Outcome> errors = actual.errors();
    if (!errors.isEmpty()) {
      String listed = errors.entrySet().stream()
          .map(error -> "<" + error.getKey() + "> was ERROR" + because(error.getValue()))
          .collect(Collectors.joining(", "));
      failWithMessage("Expected no errors but %s", listed);
    }
    return this;
  }

  /**
   * Checks the verdict of one definition of the profile, whether or not it is the category.
   *
   * @param definitionId  the definition's id, such as {@code "animash"}, not null
   * @param expected  the expected verdict, not null
   * @return this assertion object, not null
   * @throws AssertionError if the classification is null, the profile has no such definition
   *     ({@code Expected verdict <MET> for definition <id> but profile <p> has no such definition;
   *     it has <[...]>}) or the verdict differs
   *     ({@code Expected verdict <MET> for definition <animash> but was <NOT_MET>})
   */
  public ClassificationAssert hasVerdict(String definitionId, Verdict expected) {
    isNotNull();
    Optional<DefinitionResult> result = actual.result(definitionId);
    if (result.isEmpty()) {
      failWithMessage("Expected verdict <%s> for definition <%s> but profile <%s> has no such"
          + " definition; it has <%s>", expected, definitionId, actual.profileId(),
          actual.verdicts().keySet());
    } else if (result.get().verdict() != expected) {
      failWithMessage("Expected verdict <%s> for definition <%s> but was <%s>", expected,
          definitionId, result.get().verdict());
    }
    return this;
  }

  /**
   * Checks the status of one rule's outcome, wherever in the profile the rule is used.
   *
   * @param ruleId  the rule's id, such as {@code "features-animals"}, not null
   * @param expected  the expected status, not null
   * @return this assertion object, not null
   * @throws AssertionError if the classification is null, no definition uses the rule
   *     ({@code Expected outcome <PASS> for rule <id> but no definition uses it}) or the status
   *     differs ({@code Expected outcome <PASS> for rule <id> but was <FAIL> (explanation)})
   */
  public ClassificationAssert hasOutcome(String ruleId, Status expected) {
    isNotNull();
    Optional<Outcome> outcome = actual.outcome(ruleId);
    if (outcome.isEmpty()) {
      failWithMessage("Expected outcome <%s> for rule <%s> but no definition uses it", expected,
          ruleId);
    } else if (outcome.get().status() != expected) {
      failWithMessage("Expected outcome <%s> for rule <%s> but was <%s>%s", expected, ruleId,
          outcome.get().status(), because(outcome.get()));
    }
    return this;
  }

  static String because(Outcome outcome) {
    String why = outcome.explain();
    return why.isEmpty() ? "" : " (" + why + ")";
  }
}
