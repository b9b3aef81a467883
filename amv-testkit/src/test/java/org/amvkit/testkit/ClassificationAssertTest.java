/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.testkit;

import static org.amvkit.testkit.AmvAssertions.assertThat;
import static org.amvkit.testkit.Fixtures.AKIRA;
import static org.amvkit.testkit.Fixtures.BALTO;
import static org.amvkit.testkit.Fixtures.BOLT;
import static org.amvkit.testkit.Fixtures.EIGHT_BELOW;
import static org.amvkit.testkit.Fixtures.EVANGELION;
import static org.amvkit.testkit.Fixtures.video;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.amvkit.rules.Classification;
import org.amvkit.rules.Classifier;
import org.amvkit.rules.Definition;
import org.amvkit.rules.Outcome;
import org.amvkit.rules.Profile;
import org.amvkit.rules.Rule;
import org.amvkit.rules.Status;
import org.amvkit.rules.Verdict;
import org.amvkit.rules.builtin.BuiltInDefinitions;
import org.amvkit.rules.builtin.BuiltInProfiles;
import org.junit.jupiter.api.Test;

class ClassificationAssertTest {

  private static final Classifier ALL_THE_TROPES = Classifier.of(BuiltInProfiles.allTheTropes());

  private final Classification animash = ALL_THE_TROPES.classify(video("Run Free", BALTO, BOLT));
  private final Classification fanVid =
      ALL_THE_TROPES.classify(video("Snow Dogs", BALTO, EIGHT_BELOW));
  private final Classification animashWithoutAnimals =
      ALL_THE_TROPES.classify(video("Neo Tokyo", AKIRA, EVANGELION));

  /** An animash whose footage cannot be told, ahead of the fan vid, and a rule that breaks. */
  private static final Classifier UNSURE = Classifier.of(Profile.of("unsure",
      Definition.builder().id("animash").labelTemplate("Animash")
          .require(Rule.evaluating("animated-footage-only", "not recorded",
              video -> Outcome.unknown("the medium is not recorded"))).build(),
      Definition.builder().id("contest-entry").labelTemplate("Contest entry")
          .require(Rule.evaluating("checks-channel", "asks a service", video -> {
            throw new IllegalStateException("channel service down");
          })).build(),
      BuiltInDefinitions.fanVid()));

  @Test
  void could_also_be_and_no_errors_pass_on_a_classification_that_matches_them() {
    // given a fan vid whose animash and contest entry could not be decided
    Classification unsure = UNSURE.classify(video("Snow Dogs", BALTO, EIGHT_BELOW));

    // when, then
    assertThat(unsure).isCategory("fan-vid").couldAlsoBe("animash", "contest-entry");
    assertThat(fanVid).hasNoErrors();
  }

  @Test
  void could_also_be_fails_naming_the_category_and_what_was_undetermined() {
    assertThatThrownBy(() -> assertThat(fanVid).couldAlsoBe("animash"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected <fan-vid> could also be <[animash]> but undetermined were <{}>");
  }

  @Test
  void has_no_errors_fails_naming_each_rule_that_broke_and_why() {
    // given
    Classification unsure = UNSURE.classify(video("Snow Dogs", BALTO, EIGHT_BELOW));

    // when, then
    assertThatThrownBy(() -> assertThat(unsure).hasNoErrors())
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected no errors but <checks-channel> was ERROR (the rule failed with"
            + " java.lang.IllegalStateException: channel service down)");
  }

  @Test
  void every_assertion_passes_on_a_classification_that_matches_it() {
    // given an Animash of Balto and Bolt

    // when, then
    assertThat(animash)
        .isCategory("animash")
        .hasLabel("Animash")
        .hasNoDeviations()
        .hasVerdict("single-source-music-video", Verdict.NOT_MET)
        .hasVerdict("animash", Verdict.MET)
        .hasOutcome("features-animals", Status.PASS);
    assertThat(animashWithoutAnimals).hasDeviation("features-animals");
  }

  @Test
  void a_wrong_category_fails_naming_both_categories() {
    // given a fan vid

    // when, then
    assertThatThrownBy(() -> assertThat(fanVid).isCategory("animash"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected category <animash> but was <fan-vid>");
  }

  @Test
  void a_wrong_label_fails_naming_both_labels() {
    assertThatThrownBy(() -> assertThat(fanVid).hasLabel("Animash"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected label <Animash> but was <Fan vid>");
  }

  @Test
  void a_missing_deviation_fails_listing_the_actual_deviations() {
    assertThatThrownBy(() -> assertThat(animash).hasDeviation("features-animals"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected deviation <features-animals> but deviations were <[]>");
  }

  @Test
  void an_unexpected_deviation_fails_listing_it() {
    assertThatThrownBy(() -> assertThat(animashWithoutAnimals).hasNoDeviations())
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected no deviations but were <[features-animals]>");
  }

  @Test
  void a_wrong_verdict_fails_naming_the_definition_and_both_verdicts() {
    assertThatThrownBy(() -> assertThat(fanVid).hasVerdict("animash", Verdict.MET))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected verdict <MET> for definition <animash> but was <NOT_MET>");
  }

  @Test
  void a_verdict_of_a_definition_the_profile_lacks_fails_listing_the_definitions() {
    assertThatThrownBy(() -> assertThat(fanVid).hasVerdict("contest-entry", Verdict.MET))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected verdict <MET> for definition <contest-entry> but profile"
            + " <all-the-tropes> has no such definition; it has <[single-source-music-video,"
            + " animash, anime-music-video, fan-vid]>");
  }

  @Test
  void a_wrong_outcome_fails_naming_the_rule_both_statuses_and_the_evidence() {
    assertThatThrownBy(() -> assertThat(animashWithoutAnimals)
        .hasOutcome("features-animals", Status.PASS))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected outcome <PASS> for rule <features-animals> but was <FAIL>"
            + " (with animals: none; without animals: Akira, Neon Genesis Evangelion;"
            + " no characters listed: none)");
  }

  @Test
  void an_outcome_of_a_rule_no_definition_uses_fails_saying_so() {
    assertThatThrownBy(() -> assertThat(animash).hasOutcome("max-4-minutes", Status.PASS))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected outcome <PASS> for rule <max-4-minutes> but no definition uses it");
  }

  @Test
  void a_null_classification_fails_like_any_assertj_assertion() {
    assertThatThrownBy(() -> assertThat((Classification) null).isCategory("animash"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting actual not to be null");
  }

  @Test
  void a_percent_sign_in_a_value_is_reported_verbatim() {
    assertThatThrownBy(() -> assertThat(fanVid).isCategory("100%-animash"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected category <100%-animash> but was <fan-vid>");
  }
}
