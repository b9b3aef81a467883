/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.amvkit.core.Video;
import org.amvkit.rules.builtin.BuiltInRules;
import org.amvkit.rules.builtin.BuiltInRules.CountBy;
import org.amvkit.rules.builtin.BuiltInRules.Quantifier;

/** The combinators of {@link Rule} follow the logic of {@link Status}, video by video. */
class RuleLogicProperties {

  private static final List<Rule> RULES = someRules();

  private static List<Rule> someRules() {
    List<Rule> rules = new ArrayList<>(BuiltInRules.all());
    rules.add(BuiltInRules.multipleSources(CountBy.FRANCHISE));
    rules.add(BuiltInRules.featuresAnimals(Quantifier.ANY));
    rules.add(Rule.evaluating("always-pass", "passes", video -> Outcome.pass()));
    rules.add(Rule.evaluating("always-fail", "fails", video -> Outcome.fail()));
    rules.add(Rule.evaluating("always-unknown", "cannot tell", video -> Outcome.unknown("?")));
    rules.add(Rule.evaluating("throws", "throws", video -> {
      throw new IllegalStateException("boom");
    }));
    rules.add(Rule.evaluating("returns-null", "returns nothing", video -> null));
    rules.add(Rule.of("has-clips", "lays out clips", video -> !video.clips().isEmpty()));
    return List.copyOf(rules);
  }

  @Provide
  Arbitrary<Video> videos() {
    return Generators.videos();
  }

  @Provide
  Arbitrary<Rule> rules() {
    return Arbitraries.of(RULES);
  }

  private static Status status(Rule rule, Video video) {
    return Rule.evaluateSafely(rule, video).status();
  }

  @Property(tries = 200)
  void not_not_r_has_the_status_of_r_for_every_video(@ForAll("rules") Rule rule,
      @ForAll("videos") Video video) {
    assertThat(Rule.not(Rule.not(rule)).evaluate(video).status())
        .isEqualTo(status(rule, video));
    assertThat(rule.negate().negate().evaluate(video).status()).isEqualTo(status(rule, video));
  }

  @Property(tries = 200)
  void negate_has_the_negated_status(@ForAll("rules") Rule rule, @ForAll("videos") Video video) {
    assertThat(rule.negate().evaluate(video).status()).isEqualTo(status(rule, video).negate());
  }

  @Property(tries = 200)
  void rule_and_agrees_with_status_and_of_its_parts(@ForAll("rules") Rule left,
      @ForAll("rules") Rule right, @ForAll("videos") Video video) {
    assertThat(left.and(right).evaluate(video).status())
        .isEqualTo(status(left, video).and(status(right, video)));
  }

  @Property(tries = 200)
  void rule_or_agrees_with_status_or_of_its_parts(@ForAll("rules") Rule left,
      @ForAll("rules") Rule right, @ForAll("videos") Video video) {
    assertThat(left.or(right).evaluate(video).status())
        .isEqualTo(status(left, video).or(status(right, video)));
  }

  @Property(tries = 200)
  void at_least_one_is_or_and_at_least_all_is_and(@ForAll("rules") Rule a,
      @ForAll("rules") Rule b, @ForAll("rules") Rule c, @ForAll("videos") Video video) {
    Status any = status(a, video).or(status(b, video)).or(status(c, video));
    Status all = status(a, video).and(status(b, video)).and(status(c, video));
    assertThat(Rule.atLeast(1, a, b, c).evaluate(video).status()).isEqualTo(any);
    assertThat(Rule.atLeast(3, a, b, c).evaluate(video).status()).isEqualTo(all);
    assertThat(Rule.anyOf(a, b, c).evaluate(video).status()).isEqualTo(any);
    assertThat(Rule.allOf(a, b, c).evaluate(video).status()).isEqualTo(all);
  }

  @Property(tries = 200)
  void combinations_never_throw_follow_kleene_tables_and_always_explain(@ForAll("rules") Rule a,
      @ForAll("rules") Rule b, @ForAll("videos") Video video) {
    // given: what Kleene's tables say of "not a, or (b and a)"
    Status expected = KleeneTable.or(KleeneTable.not(status(a, video)),
        KleeneTable.and(status(b, video), status(a, video)));

    // when
    Outcome outcome = Rule.atLeast(1, a.negate(), b.and(a)).evaluate(video);

    // then
    assertThat(outcome.status()).as(a.id() + ", " + b.id()).isEqualTo(expected);
    assertThat(outcome.explain()).isNotBlank();
  }
}
