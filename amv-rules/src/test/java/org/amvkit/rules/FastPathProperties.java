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
import org.amvkit.core.Video;
import org.amvkit.rules.builtin.BuiltInProfiles;
import org.amvkit.rules.builtin.BuiltInRules;
import org.amvkit.rules.internal.Facts;
import org.amvkit.rules.internal.StatusRule;

/**
 * The classifier's fast path gives the answers of the plain one: a built-in rule decided from a
 * video's {@link Facts} says what evaluating it says, and a classification says what evaluating
 * the profile's definitions one by one says.
 */
class FastPathProperties {

  private static final List<Rule> BUILT_IN_RULES = List.of(BuiltInRules.hasMusic(),
      BuiltInRules.hasSource(), BuiltInRules.singleSource(), BuiltInRules.multipleSources(),
      BuiltInRules.multipleSources(BuiltInRules.CountBy.FRANCHISE),
      BuiltInRules.animatedFootageOnly(), BuiltInRules.animeFootageOnly(),
      BuiltInRules.featuresAnimals(), BuiltInRules.featuresAnimals(BuiltInRules.Quantifier.ANY));

  @Provide
  Arbitrary<Video> videos() {
    return Generators.videos();
  }

  @Property(tries = 300)
  void a_built_in_rule_decided_by_the_facts_of_a_video_gives_the_status_evaluating_it_gives(
      @ForAll("videos") Video video) {
    // given
    int facts = Facts.of(video);

    for (Rule rule : BUILT_IN_RULES) {
      // when
      Status fromFacts = ((StatusRule) rule).statusFrom(facts);
      Statistics.label(rule.id()).collect(fromFacts == null ? "asks the video" : "facts decide");

      // then
      if (fromFacts != null) {
        assertThat(fromFacts).as(rule.id() + " of " + video).isEqualTo(rule.evaluate(video).status());
      }
    }
  }

  @Property(tries = 300)
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
    }
  }
}
