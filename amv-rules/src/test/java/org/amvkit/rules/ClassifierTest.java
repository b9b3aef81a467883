/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules;

import static org.amvkit.rules.Fixtures.BALTO;
import static org.amvkit.rules.Fixtures.BOLT;
import static org.amvkit.rules.Fixtures.EIGHT_BELOW;
import static org.amvkit.rules.Fixtures.video;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.amvkit.core.Video;
import org.amvkit.rules.builtin.BuiltInProfiles;
import org.amvkit.rules.builtin.BuiltInRules;
import org.junit.jupiter.api.Test;

class ClassifierTest {

  private static final Video RUN_FREE = video("Run Free", BALTO, BOLT);

  private static final Rule THROWS = Rule.evaluating("checks-channel", "the channel is known",
      video -> {
        throw new IllegalStateException("channel service down");
      });
  private static final Rule RETURNS_NULL = Rule.evaluating("checks-nothing", "returns nothing",
      video -> null);

  @Test
  void a_user_rule_that_throws_becomes_an_error_and_the_rest_of_the_classification_stands() {
    // given
    Definition contestEntry = Definition.builder().id("contest-entry")
        .labelTemplate("Contest entry")
        .require(BuiltInRules.hasMusic(), THROWS).build();
    Classifier classifier = Classifier.of(
        BuiltInProfiles.allTheTropes().insertBefore("single-source-music-video", contestEntry));

    // when
    Classification classification = classifier.classify(RUN_FREE);

    // then
    assertThat(classification.outcome("checks-channel")).map(Outcome::status)
        .hasValue(Status.ERROR);
    assertThat(classification.verdicts())
        .containsEntry("contest-entry", Verdict.UNDETERMINED)
        .containsEntry("single-source-music-video", Verdict.NOT_MET)
        .containsEntry("animash", Verdict.MET)
        .containsEntry("anime-music-video", Verdict.NOT_MET)
        .containsEntry("fan-vid", Verdict.MET);
    assertThat(classification.category()).isEqualTo("animash");
    assertThat(classification.deviations()).isEmpty();
    assertThat(classification.outcome("checks-channel").orElseThrow().explain())
        .isEqualTo("the rule failed with java.lang.IllegalStateException: channel service down");
  }

  @Test
  void a_user_rule_that_returns_null_becomes_an_error_and_the_rest_of_the_classification_stands() {
    // given
    Definition contestEntry = Definition.builder().id("contest-entry")
        .labelTemplate("Contest entry")
        .require(RETURNS_NULL).build();
    Classifier classifier = Classifier.of(BuiltInProfiles.allTheTropes().append(contestEntry));

    // when
    Classification classification = classifier.classify(video("Snow Dogs", BALTO, EIGHT_BELOW));

    // then
    assertThat(classification.outcome("checks-nothing")).map(Outcome::status)
        .hasValue(Status.ERROR);
    assertThat(classification.verdicts()).containsEntry("contest-entry", Verdict.UNDETERMINED);
    assertThat(classification.category()).isEqualTo("fan-vid");
    assertThat(classification.outcome("checks-nothing").orElseThrow().explain())
        .isEqualTo("the rule returned no outcome");
  }

  @Test
  void a_status_rule_that_throws_or_gives_no_status_becomes_an_error_and_the_rest_stands() {
    // given: two broken status rules, which the classifier asks for a status alone
    Rule throwing = new BrokenStatusRule("throws-status", () -> {
      throw new IllegalStateException("no footage index");
    });
    Rule silent = new BrokenStatusRule("gives-no-status", () -> null);
    Profile profile = BuiltInProfiles.allTheTropes().insertBefore("single-source-music-video",
        Definition.builder().id("broken").labelTemplate("Broken").require(throwing).build(),
        Definition.builder().id("silent").labelTemplate("Silent").require(silent).build());

    // when
    Classification classification = Classifier.of(profile).classify(RUN_FREE);

    // then
    assertThat(classification.outcome("throws-status")).map(Outcome::status).hasValue(Status.ERROR);
    assertThat(classification.outcome("gives-no-status")).map(Outcome::status)
        .hasValue(Status.ERROR);
    assertThat(classification.verdicts())
        .containsEntry("broken", Verdict.UNDETERMINED)
        .containsEntry("silent", Verdict.UNDETERMINED);
    assertThat(classification.category()).isEqualTo("animash");
    assertThat(classification.outcome("throws-status").orElseThrow().explain())
        .isEqualTo("the rule failed with java.lang.IllegalStateException: no footage index");
    assertThat(classification.outcome("gives-no-status").orElseThrow().explain())
        .isEqualTo("the rule returned no status");
  }

  /** A status rule whose status comes from a supplier, so that it can break. */
  private static final class BrokenStatusRule extends StatusRule {
    private final Supplier<Status> status;

    BrokenStatusRule(String id, Supplier<Status> status) {
      super(id, "breaks");
      this.status = status;
    }

    @Override
    public Status status(Video video) {
      return status.get();
    }

    @Override
    public Evidence evidence(Video video, Status status) {
      return Evidence.none();
    }
  }

  @Test
  void a_required_failure_outweighs_a_required_error() {
    // given
    Definition definition = Definition.builder().id("silent-entry").labelTemplate("Silent entry")
        .require(THROWS, BuiltInRules.singleSource()).build();

    // when
    DefinitionResult result = definition.evaluate(RUN_FREE);

    // then
    assertThat(result.verdict()).isEqualTo(Verdict.NOT_MET);
  }

  @Test
  void a_broken_convention_is_an_error_outcome_but_neither_a_deviation_nor_a_disqualification() {
    // given
    Definition definition = Definition.builder().id("entry").labelTemplate("Entry")
        .require(BuiltInRules.hasMusic()).convention(THROWS).build();

    // when
    Classification classification = Classifier.of(Profile.of("p", definition)).classify(RUN_FREE);

    // then
    assertThat(classification.category()).isEqualTo("entry");
    assertThat(classification.deviations()).isEmpty();
    assertThat(classification.outcome("checks-channel")).map(Outcome::status)
        .hasValue(Status.ERROR);
  }

  @Test
  void each_rule_is_evaluated_once_per_video_however_many_definitions_use_it() {
    // given
    AtomicInteger evaluations = new AtomicInteger();
    Rule counted = Rule.of("counted", "counts its evaluations",
        video -> evaluations.incrementAndGet() > 0);
    Profile profile = Profile.of("p",
        Definition.builder().id("first").labelTemplate("First").require(counted, THROWS).build(),
        Definition.builder().id("second").labelTemplate("Second").require(counted).build());

    // when
    Classification classification = Classifier.of(profile).classify(RUN_FREE);

    // then
    assertThat(classification.category()).isEqualTo("second");
    assertThat(evaluations).hasValue(1);
  }

  @Test
  void the_classification_reports_the_video_and_the_profile_and_every_result_in_order() {
    // when
    Classification classification =
        Classifier.of(BuiltInProfiles.allTheTropes()).classify(RUN_FREE);

    // then
    assertThat(classification.videoId()).isEqualTo("v-run-free");
    assertThat(classification.profileId()).isEqualTo("all-the-tropes");
    assertThat(classification.verdicts()).containsExactly(
        java.util.Map.entry("single-source-music-video", Verdict.NOT_MET),
        java.util.Map.entry("animash", Verdict.MET),
        java.util.Map.entry("anime-music-video", Verdict.NOT_MET),
        java.util.Map.entry("fan-vid", Verdict.MET));
    assertThat(classification.primary()).map(DefinitionResult::id).hasValue("animash");
    assertThat(classification.result("animash").orElseThrow().outcomes().keySet())
        .containsExactly("has-music", "multiple-sources", "animated-footage-only",
            "features-animals");
    assertThat(classification).hasToString("v-run-free: animash");
  }

  @Test
  void a_classification_that_meets_nothing_has_no_primary_result() {
    // when
    Classification classification = Classifier.of(BuiltInProfiles.allTheTropes())
        .classify(Fixtures.silentVideo("Quiet", BALTO));

    // then
    assertThat(classification.primary()).isEmpty();
    assertThat(classification.deviations()).isEmpty();
  }

  @Test
  void a_profile_of_more_rules_than_fit_in_one_long_is_classified_as_its_definitions_say() {
    // given: 24 user rules of which one throws, before the built-in definitions
    Rule[] passing = new Rule[22];
    for (int i = 0; i < passing.length; i++) {
      passing[i] = Rule.of("passes-" + i, "always passes", video -> true);
    }
    Rule fails = Rule.of("fails", "never passes", video -> false);
    Definition many = Definition.builder().id("many").labelTemplate("Many")
        .require(passing).require(THROWS).build();
    Definition manyConventions = Definition.builder().id("many-conventions").labelTemplate("Many")
        .require(passing).convention(fails, BuiltInRules.featuresAnimals()).build();
    Profile profile = BuiltInProfiles.allTheTropes().insertBefore("single-source-music-video",
        many, manyConventions);

    // when
    Classification classification = Classifier.of(profile).classify(RUN_FREE);

    // then
    assertThat(classification.verdicts())
        .containsEntry("many", Verdict.UNDETERMINED)
        .containsEntry("many-conventions", Verdict.MET)
        .containsEntry("animash", Verdict.MET);
    assertThat(classification.outcome("checks-channel")).map(Outcome::status)
        .hasValue(Status.ERROR);
    assertThat(classification.category()).isEqualTo("many-conventions");
    assertThat(classification.deviations()).containsExactly("fails");
    for (Definition definition : profile.definitions()) {
      assertThat(classification.result(definition.id()).orElseThrow().verdict())
          .as(definition.id()).isEqualTo(definition.evaluate(RUN_FREE).verdict());
    }
  }

  @Test
  void classifying_null_is_rejected_naming_the_parameter() {
    assertThatNullPointerException()
        .isThrownBy(() -> Classifier.of(BuiltInProfiles.allTheTropes()).classify(null))
        .withMessage("video");
  }
}
