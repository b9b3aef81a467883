/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.analytics;

import static org.amvkit.rules.Fixtures.AKIRA;
import static org.amvkit.rules.Fixtures.BALTO;
import static org.amvkit.rules.Fixtures.BOLT;
import static org.amvkit.rules.Fixtures.EIGHT_BELOW;
import static org.amvkit.rules.Fixtures.WOLFS_RAIN;
import static org.amvkit.rules.Fixtures.video;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.amvkit.core.Video;
import org.amvkit.rules.Classification;
import org.amvkit.rules.Classifier;
import org.amvkit.rules.Definition;
import org.amvkit.rules.Outcome;
import org.amvkit.rules.Profile;
import org.amvkit.rules.Rule;
import org.amvkit.rules.Status;
import org.amvkit.rules.registry.RuleRegistry;
import org.amvkit.rules.spi.ParameterException;
import org.junit.jupiter.api.Test;

class RareSourceRuleTest {

  private static final Video RUN_FREE = video("Run Free", BALTO, BOLT);
  private static final Video SNOW_DOGS = video("Snow Dogs", BALTO, EIGHT_BELOW);
  private static final Video HERE_I_AM = video("Here I Am", BALTO);
  /** balto: 3 videos; bolt, eight-below: 1 each. */
  private static final Analytics ANALYTICS = Analytics.of(List.of(RUN_FREE, SNOW_DOGS, HERE_I_AM));

  @Test
  void a_video_using_a_source_no_other_video_uses_passes_with_that_source() {
    // given
    Rule rule = RareSourceRule.of(ANALYTICS, 1);

    // when
    Outcome outcome = rule.evaluate(RUN_FREE);

    // then
    assertThat(outcome.status()).isEqualTo(Status.PASS);
    assertThat(outcome.explain()).isEqualTo("uses rarely used sources: Bolt (1 video)");
    assertThat(rule.id()).isEqualTo("uses-rare-source");
    assertThat(rule.description())
        .isEqualTo("uses a source that at most 1 video of the catalogue use");
  }

  @Test
  void a_video_using_only_popular_sources_fails_with_its_least_used_source() {
    // given
    Rule rule = RareSourceRule.of(ANALYTICS, 2);

    // when
    Outcome outcome = rule.evaluate(HERE_I_AM);

    // then
    assertThat(outcome.status()).isEqualTo(Status.FAIL);
    assertThat(outcome.explain())
        .isEqualTo("its least used source, Balto, is used by 3 videos, more than 2");
  }

  @Test
  void a_source_whose_popularity_is_not_known_makes_the_outcome_unknown() {
    // given
    Rule rule = RareSourceRule.of(ANALYTICS, 1);

    // when
    Outcome outcome = rule.evaluate(video("Howl", BALTO, WOLFS_RAIN, AKIRA));

    // then
    assertThat(outcome.status()).isEqualTo(Status.UNKNOWN);
    assertThat(outcome.explain())
        .isEqualTo("the popularity of Akira, Wolf's Rain is not known");
  }

  @Test
  void a_rare_source_passes_even_when_another_source_is_not_known() {
    // given
    Rule rule = RareSourceRule.of(ANALYTICS, 1);

    // when
    Outcome outcome = rule.evaluate(video("Howl", BOLT, WOLFS_RAIN));

    // then
    assertThat(outcome.status()).isEqualTo(Status.PASS);
    assertThat(outcome.explain()).isEqualTo("uses rarely used sources: Bolt (1 video)");
  }

  @Test
  void a_video_that_names_no_source_is_unknown() {
    // given
    Video noSource = Video.builder().from(HERE_I_AM).sources(List.of()).build();

    // when
    Outcome outcome = RareSourceRule.of(ANALYTICS, 5).evaluate(noSource);

    // then
    assertThat(outcome.status()).isEqualTo(Status.UNKNOWN);
    assertThat(outcome.explain())
        .isEqualTo("no source is named, so its popularity is not known");
  }

  @Test
  void with_threshold_zero_only_sources_no_video_of_the_catalogue_uses_are_rare() {
    // given: the archive knows Wolf's Rain, but no video of it uses it
    Analytics archive = AnalyticsCollector.create().addSources(List.of(WOLFS_RAIN))
        .add(RUN_FREE).result();
    Rule rule = RareSourceRule.of(archive, 0);

    // when / then
    assertThat(rule.evaluate(video("Entry", BALTO, WOLFS_RAIN)).explain())
        .isEqualTo("uses rarely used sources: Wolf's Rain (0 videos)");
    assertThat(rule.evaluate(video("Entry", BOLT)).status()).isEqualTo(Status.FAIL);
  }

  @Test
  void a_negative_threshold_is_refused_naming_the_parameter() {
    // when / then
    assertThatThrownBy(() -> RareSourceRule.of(ANALYTICS, -1))
        .isInstanceOf(ParameterException.class)
        .hasMessage("threshold: -1 is negative; write 0 or more videos");
  }

  @Test
  void a_host_registers_the_rule_with_its_analytics_and_profiles_use_it_by_id() {
    // given
    RuleRegistry registry = RuleRegistry.of(RareSourceRule.provider(ANALYTICS));

    // when
    Rule rule = registry.create("uses-rare-source", Map.of("threshold", "1"));
    Profile profile = Profile.of("originals", Definition.builder().id("original")
        .labelTemplate("Original").require(rule).build());
    Classification classification = Classifier.of(profile).classify(SNOW_DOGS);

    // then
    assertThat(classification.category()).isEqualTo("original");
    assertThat(registry.ruleType("uses-rare-source").orElseThrow().toString())
        .isEqualTo("uses-rare-source(threshold: integer (required))");
    assertThatThrownBy(() -> registry.create("uses-rare-source"))
        .isInstanceOf(ParameterException.class).hasMessage("threshold: missing");
    assertThatThrownBy(() -> registry.create("uses-rare-source", Map.of("threshold", -3)))
        .isInstanceOf(ParameterException.class)
        .hasMessage("threshold: -3 is negative; write 0 or more videos");
  }
}
