/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.amvkit.core.Video;
import org.amvkit.core.species.Posture;
import org.amvkit.rules.builtin.BuiltInDefinitions;
import org.amvkit.rules.builtin.BuiltInProfiles;
import org.amvkit.rules.builtin.BuiltInRules;
import org.amvkit.rules.internal.Facts;

/**
 * The classifier's fast path gives the answers of the plain one: a built-in rule decided from a
 * video's {@link Facts} says what evaluating it says, and a classification says what evaluating
 * the profile's definitions one by one says.
 */
class FastPathProperties {

  private static final List<Rule> BUILT_IN_RULES = List.of(BuiltInRules.hasMusic(),
      BuiltInRules.hasSource(), BuiltInRules.singleSource(),
      BuiltInRules.singleSource(BuiltInRules.CountBy.FRANCHISE), BuiltInRules.multipleSources(),
      BuiltInRules.multipleSources(BuiltInRules.CountBy.FRANCHISE),
      BuiltInRules.animatedFootageOnly(), BuiltInRules.animeFootageOnly(),
      BuiltInRules.featuresAnimals(), BuiltInRules.featuresAnimals(BuiltInRules.Quantifier.ANY),
      BuiltInRules.featuresAnimals(BuiltInRules.Quantifier.EVERY, Posture.FERAL),
      BuiltInRules.featuresAnimals(BuiltInRules.Quantifier.ANY, Posture.ANTHROPOMORPHIC));

  /** How a rule was decided, as the statistics label it. */
  private static final String FACTS_DECIDE = "facts decide";
  private static final String ASKS_THE_VIDEO = "asks the video";
  /**
   * Every built-in rule is decided by the facts of a video without sources (UNKNOWN or FAIL), one
   * generated video in eight or more; 3 % leaves chance five standard deviations of room, and
   * fails when the comparison is hardly ever made.
   */
  private static final double MINIMUM_PERCENT_DECIDED = 3.0;
  /** Whether a classification met a definition, as the statistics label it. */
  private static final String MEETS_ONE = "meets a definition";
  private static final String MEETS_NONE = "meets none (may be undetermined)";
  /** Whether definitions ahead of the category were undetermined, as the statistics label it. */
  private static final String COULD_ALSO_BE = "could also be";
  private static final String NOTHING_ELSE = "nothing else";
  private static final String FALLBACK = "categories, in any profile";
  private static final String AHEAD = "definitions ahead of the category, in any profile";

  /**
   * The built-in profiles, and two that put rules which often cannot tell ahead of the built-in
   * definitions, so that "could also be" is common: one packed, one of too many rules for a long.
   */
  static final List<Profile> PROFILES = profiles();

  private static List<Profile> profiles() {
    // after a rule the facts may decide UNKNOWN, one the video is asked: it throws on some titles
    Rule brittle = Rule.evaluating("brittle", "throws unless one piece of music", video -> {
      if (video.music().size() != 1) {
        throw new IllegalStateException("even");
      }
      return Outcome.pass();
    });
    // one the video is asked first, then one the facts decide
    Rule unsure = Rule.evaluating("unsure", "cannot tell for some counts of sources", video -> {
      int sources = video.usedSources().size();
      return sources % 3 == 0 ? Outcome.unknown(sources + " sources")
          : sources % 3 == 1 ? Outcome.fail() : Outcome.pass();
    });
    List<Definition> unsureFirst = new ArrayList<>(List.of(
        Definition.builder().id("animals-first").labelTemplate("Animals")
            .require(BuiltInRules.featuresAnimals(BuiltInRules.Quantifier.ANY), brittle).build(),
        Definition.builder().id("unsure-first").labelTemplate("Unsure")
            .require(unsure, BuiltInRules.hasMusic(), BuiltInRules.animatedFootageOnly()).build()));
    unsureFirst.addAll(BuiltInDefinitions.all());
    List<Definition> wide = new ArrayList<>(unsureFirst);
    Definition.Builder many = Definition.builder().id("many-rules").labelTemplate("Many");
    for (int i = 0; i < StatusCodes.PACKED_RULES; i++) {
      int threshold = i;
      many.require(Rule.of("title-longer-than-" + i, "a long title",
          video -> video.title().length() > threshold));
    }
    wide.add(many.build());
    List<Profile> profiles = new ArrayList<>(BuiltInProfiles.all());
    profiles.add(Profile.builder().id("unsure-ahead").addAllDefinitions(unsureFirst).build());
    profiles.add(Profile.builder().id("unsure-ahead-wide").addAllDefinitions(wide).build());
    return List.copyOf(profiles);
  }

  @Provide
  Arbitrary<Video> videos() {
    return Generators.videos();
  }

  @Property(tries = 300)
  @StatisticsReport(onFailureOnly = true)
  void a_built_in_rule_decided_by_the_facts_of_a_video_gives_the_status_evaluating_it_gives(
      @ForAll("videos") Video video) {
    // given
    int facts = Facts.of(video);

    for (Rule rule : BUILT_IN_RULES) {
      // when
      Status fromFacts = ((StatusRule) rule).statusFrom(facts);
      Statistics.label(label(rule)).collect(fromFacts == null ? ASKS_THE_VIDEO : FACTS_DECIDE);

      // then
      if (fromFacts != null) {
        assertThat(fromFacts).as(rule.id() + " of " + video).isEqualTo(rule.evaluate(video).status());
      }
    }

    // and: the comparison above must have been made, for every rule, on enough of the videos
    for (Rule rule : BUILT_IN_RULES) {
      Statistics.label(label(rule)).coverage(coverage -> coverage.check(FACTS_DECIDE)
          .percentage(percent -> percent >= MINIMUM_PERCENT_DECIDED));
    }
  }

  /** A statistics label of its own for each rule: two variants of a rule share an id. */
  private static String label(Rule rule) {
    return (BUILT_IN_RULES.indexOf(rule) + 1) + ". " + rule.id();
  }

  @Property(tries = 300)
  @StatisticsReport(onFailureOnly = true)
  void a_classification_says_what_evaluating_each_definition_in_turn_says(
      @ForAll("videos") Video video) {
    for (Profile profile : PROFILES) {
      // given: the plain way
      Map<String, Verdict> verdicts = new LinkedHashMap<>();
      String category = null;
      List<String> deviations = List.of();
      Map<String, List<String>> undetermined = new LinkedHashMap<>();
      for (Definition definition : profile.definitions()) {
        DefinitionResult result = definition.evaluate(video);
        verdicts.put(definition.id(), result.verdict());
        if (category == null && result.verdict() == Verdict.MET) {
          category = definition.id();
          deviations = result.deviations();
        } else if (category == null && result.verdict() == Verdict.UNDETERMINED) {
          undetermined.put(definition.id(), rulesThatCouldNotTell(definition, result));
        }
      }
      String fallback = undetermined.isEmpty() ? Profile.NOT_A_MUSIC_VIDEO : Profile.UNDETERMINED;

      // when
      Classification classification = Classifier.of(profile).classify(video);

      // then: the category and what it could also be are known before the verdicts are asked for
      assertThat(classification.category()).isEqualTo(category == null ? fallback : category);
      assertThat(classification.deviations()).isEqualTo(deviations);
      assertThat(classification.undetermined()).containsExactlyEntriesOf(undetermined);
      assertThat(classification.verdicts()).containsExactlyEntriesOf(verdicts);
      Statistics.label(profile.id()).collect(category != null ? MEETS_ONE : MEETS_NONE);
      Statistics.label(FALLBACK).collect(category != null ? MEETS_ONE : fallback);
      Statistics.label(AHEAD)
          .collect(category == null || undetermined.isEmpty() ? NOTHING_ELSE : COULD_ALSO_BE);
    }

    // and: both ends of the walk were compared in every profile, an undetermined category and
    // definitions undetermined ahead of a category often enough over all of them
    for (Profile profile : PROFILES) {
      Statistics.label(profile.id()).coverage(coverage -> {
        coverage.check(MEETS_ONE).percentage(percent -> percent >= 10.0);
        coverage.check(MEETS_NONE).percentage(percent -> percent >= 10.0);
      });
    }
    Statistics.label(FALLBACK).coverage(coverage ->
        coverage.check(Profile.UNDETERMINED).percentage(percent -> percent >= 3.0));
    Statistics.label(AHEAD).coverage(coverage ->
        coverage.check(COULD_ALSO_BE).percentage(percent -> percent >= 5.0));
  }

  /** The required rules of an undetermined definition that were UNKNOWN or ERROR, in its order. */
  private static List<String> rulesThatCouldNotTell(Definition definition,
      DefinitionResult result) {
    List<String> ids = new ArrayList<>();
    for (Criterion criterion : definition.criteria()) {
      Status status = result.outcomes().get(criterion.rule().id()).status();
      if (criterion.requirement() == Requirement.REQUIRED
          && (status == Status.UNKNOWN || status == Status.ERROR)) {
        ids.add(criterion.rule().id());
      }
    }
    return ids;
  }
}
