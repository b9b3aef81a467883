/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.amvkit.core.Video;

/**
 * One question about a video, answered with an {@link Outcome}.
 *
 * <pre>{@code
 * Rule shortEnough = Rule.evaluating("max-4-minutes", "lasts at most four minutes",
 *     video -> video.duration()
 *         .map(d -> d.compareTo(Duration.ofMinutes(4)) <= 0 ? Outcome.pass() : Outcome.fail())
 *         .orElseGet(() -> Outcome.unknown("the duration is not recorded")));
 * Rule contestReady = shortEnough.and(BuiltInRules.animeFootageOnly());
 * contestReady.evaluate(video).status();   // PASS, FAIL, UNKNOWN or ERROR
 * }</pre>
 *
 * <p>A rule has a stable {@link #id()} that output and configuration refer to, and a
 * {@link #description()} for people. Rules must be thread-safe and should not throw; when one does
 * anyway, whoever evaluates it through {@link #evaluateSafely(Rule, Video)} — the classifier and the
 * combinators do — records an {@link Status#ERROR} instead of failing.
 *
 * <p>Combinators follow three-valued (Kleene) logic: {@code and} fails if either side fails,
 * {@code or} passes if either side passes, {@code UNKNOWN} remains where the answer depends on what
 * is unknown, and an {@code ERROR} anywhere makes the whole an {@code ERROR}.
 */
public interface Rule {

  /**
   * Returns the rule's identifier, such as {@code "multiple-sources"}: lower case with hyphens,
   * stable across versions, used in output and configuration.
   *
   * @return the id, not null
   */
  String id();

  /**
   * Returns what the rule asks, for people.
   *
   * @return the description, not null
   */
  String description();

  /**
   * Judges a video.
   *
   * @param video  the video, not null
   * @return the outcome, not null
   */
  Outcome evaluate(Video video);

  /**
   * Creates a rule from a yes-or-no question: PASS when the predicate holds, FAIL when it does not.
   *
   * @param id  the rule's id, not null, not blank
   * @param description  what it asks, not null
   * @param predicate  the question, not null
   * @return the rule, not null
   * @throws IllegalArgumentException if the id is blank
   */
  static Rule of(String id, String description, Predicate<? super Video> predicate) {
    Objects.requireNonNull(predicate, "predicate");
    Objects.requireNonNull(description, "description");
    // Both answers are made once: judging a video then allocates nothing.
    Outcome holds = Outcome.pass(Evidence.of("holds: " + description));
    Outcome doesNotHold = Outcome.fail(Evidence.of("does not hold: " + description));
    return new FunctionRule(id, description,
        video -> predicate.test(video) ? holds : doesNotHold);
  }

  /**
   * Creates a rule from a function that gives a full outcome, so that it can answer
   * {@link Status#UNKNOWN} when data is missing.
   *
   * @param id  the rule's id, not null, not blank
   * @param description  what it asks, not null
   * @param evaluation  the evaluation, not null
   * @return the rule, not null
   * @throws IllegalArgumentException if the id is blank
   */
  static Rule evaluating(String id, String description,
      Function<? super Video, Outcome> evaluation) {
    return new FunctionRule(id, description, evaluation);
  }

  /**
   * Evaluates a rule, turning anything it throws, or a null outcome, into an
   * {@link Status#ERROR} outcome that keeps the throwable ({@link Outcome#cause()}). Only an
   * {@link OutOfMemoryError} is rethrown: the JVM cannot be trusted to go on after it.
   *
   * @param rule  the rule, not null
   * @param video  the video, not null
   * @return the outcome, never null, never thrown
   */
  static Outcome evaluateSafely(Rule rule, Video video) {
    try {
      Outcome outcome = rule.evaluate(video);
      return outcome != null ? outcome : Outcome.error("the rule returned no outcome");
    } catch (Throwable e) {
      // Throwable: a checked exception can be thrown sneakily, or from another JVM language, and
      // a rule may throw an Error of its own; the classification must survive all but what the
      // JVM cannot recover from.
      RuleEvaluator.rethrowIfUnrecoverable(e);
      return Outcome.error(e);
    }
  }

  /**
   * Returns a rule that passes when this rule and {@code other} both pass (Kleene conjunction).
   *
   * @param other  the other rule, not null
   * @return the conjunction, with id {@code "(this-id and other-id)"}, not null
   */
  default Rule and(Rule other) {
    return allOf(this, other);
  }

  /**
   * Returns a rule that passes when this rule or {@code other} passes (Kleene disjunction).
   *
   * @param other  the other rule, not null
   * @return the disjunction, with id {@code "(this-id or other-id)"}, not null
   */
  default Rule or(Rule other) {
    return anyOf(this, other);
  }

  /**
   * Returns a rule that passes when this one fails and fails when it passes.
   *
   * @return the negation, with id {@code "not(this-id)"}, not null
   */
  default Rule negate() {
    return not(this);
  }

  /**
   * Returns this rule under another id and description, as when a combination becomes a named
   * rule of a contest.
   *
   * @param id  the new id, not null, not blank
   * @param description  the new description, not null
   * @return the renamed rule, not null
   */
  default Rule named(String id, String description) {
    Rule self = this;
    return new FunctionRule(id, description, video -> evaluateSafely(self, video));
  }

  /**
   * Returns the negation of a rule.
   *
   * @param rule  the rule, not null
   * @return a rule that passes when {@code rule} fails, not null
   */
  static Rule not(Rule rule) {
    return CompositeRule.not(rule);
  }

  /**
   * Returns the Kleene conjunction of rules.
   *
   * @param rules  the rules, at least one, not null
   * @return a rule that passes when all pass, not null
   */
  static Rule allOf(Rule... rules) {
    return CompositeRule.atLeast(rules.length, "and", List.of(rules));
  }

  /**
   * Returns the Kleene disjunction of rules.
   *
   * @param rules  the rules, at least one, not null
   * @return a rule that passes when any passes, not null
   */
  static Rule anyOf(Rule... rules) {
    return CompositeRule.atLeast(1, "or", List.of(rules));
  }

  /**
   * Returns a rule that passes when at least {@code n} of the rules pass, fails when so many fail
   * that {@code n} passes are out of reach, and is unknown in between.
   *
   * @param n  how many must pass, between 0 and the number of rules
   * @param rules  the rules, not null
   * @return the rule, with id {@code "at-least-n(ids)"}, not null
   * @throws IllegalArgumentException if {@code n} is negative or greater than the number of rules
   */
  static Rule atLeast(int n, Rule... rules) {
    return CompositeRule.atLeast(n, "at-least-" + n, List.of(rules));
  }
}
