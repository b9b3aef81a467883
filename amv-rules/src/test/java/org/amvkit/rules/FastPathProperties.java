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
  private static final String MEETS_NONE = "meets none";

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
    for (Profile profile : BuiltInProfiles.all()) {
      // given: the plain way
      Map<String, Verdict> verdicts = new LinkedHashMap<>();
      String category = Profile.NOT_A_MUSIC_VIDEO;
      List<String> deviations = new ArrayList<>();
      for (Definition definition : profile.definitions()) {
        DefinitionResult result = definition.evaluate(video);
        verdicts.put(definition.id(), result.verdict());
        if (result.verdict() == Verdict.MET && category.equals(Profile.NOT_A_MUSIC_VIDEO)) {
          category = definition.id();
          deviations = result.deviations();
        }
      }

      // when
      Classification classification = Classifier.of(profile).classify(video);

      // then: the category is known before the verdicts are asked for
      assertThat(classification.category()).isEqualTo(category);
      assertThat(classification.deviations()).isEqualTo(deviations);
      assertThat(classification.verdicts()).containsExactlyEntriesOf(verdicts);
      Statistics.label(profile.id())
          .collect(category.equals(Profile.NOT_A_MUSIC_VIDEO) ? MEETS_NONE : MEETS_ONE);
    }

    // and: both ends of the walk were compared, in every profile (about half the videos each)
    for (Profile profile : BuiltInProfiles.all()) {
      Statistics.label(profile.id()).coverage(coverage -> {
        coverage.check(MEETS_ONE).percentage(percent -> percent >= 10.0);
        coverage.check(MEETS_NONE).percentage(percent -> percent >= 10.0);
      });
    }
  }
}
