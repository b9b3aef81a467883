/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.amvkit.core.Problems;
import org.amvkit.core.Source;
import org.amvkit.core.Video;
import org.immutables.value.Value;

/**
 * What it takes to be one kind of video: rules that are required and rules that are conventions,
 * and the template of the label such a video gets.
 *
 * <pre>{@code
 * Definition animash = Definition.builder()
 *     .id("animash").labelTemplate("Animash")
 *     .require(BuiltInRules.hasMusic(), BuiltInRules.multipleSources(),
 *         BuiltInRules.animatedFootageOnly())
 *     .convention(BuiltInRules.featuresAnimals())
 *     .build();
 * animash.evaluate(video).verdict();   // MET, NOT_MET or UNDETERMINED
 * }</pre>
 *
 * <p>The verdict is {@link Verdict#MET} when every required rule passes, {@link Verdict#NOT_MET}
 * when one fails, and {@link Verdict#UNDETERMINED} otherwise (none fails, one is unknown or broke).
 * Conventions never change the verdict; the ones that fail are listed as deviations.
 *
 * <p>The {@linkplain #labelTemplate() label template} may name the video's source: in
 * {@code "{source} music video"}, {@code {source}} is replaced by the title of the video's first
 * used source (by id) and {@code {video}} by the video's title. {@link #labelFor(Video)} fills it
 * in; the text it gives is what {@link Classification#label()} and
 * {@link DefinitionResult#label()} return.
 */
@Value.Immutable
public abstract class Definition {

  Definition() {}

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the definition's id, which classifications report as the category.
   *
   * @return the id, such as {@code "animash"}, not null, not blank
   */
  public abstract String id();

  /**
   * Returns the label template: the label of the videos this definition describes, with
   * placeholders for what differs from one video to the next. {@link #labelFor(Video)} fills them
   * in. In a profile file this is the definition's {@code label}.
   *
   * @return the template, such as {@code "{source} music video"} or {@code "Animash"}, not null,
   *     not blank
   */
  public abstract String labelTemplate();

  /**
   * Returns the rules with how much each counts, in order.
   *
   * @return the criteria, not null
   */
  public abstract List<Criterion> criteria();

  /**
   * Returns the required rules, in order.
   *
   * @return the required rules, not null
   */
  public List<Rule> required() {
    return rules(Requirement.REQUIRED);
  }

  /**
   * Returns the conventions, in order.
   *
   * @return the conventions, not null
   */
  public List<Rule> conventions() {
    return rules(Requirement.CONVENTION);
  }

  private List<Rule> rules(Requirement requirement) {
    List<Rule> rules = new ArrayList<>();
    for (Criterion criterion : criteria()) {
      if (criterion.requirement() == requirement) {
        rules.add(criterion.rule());
      }
    }
    return rules;
  }

  /**
   * Judges a video against this definition, evaluating each rule safely.
   *
   * @param video  the video, not null
   * @return the verdict with every rule's outcome, not null
   */
  public DefinitionResult evaluate(Video video) {
    List<Outcome> outcomes = new ArrayList<>(criteria().size());
    for (Criterion criterion : criteria()) {
      outcomes.add(Rule.evaluateSafely(criterion.rule(), video));
    }
    return judge(video, outcomes);
  }

  /** Gives the verdict from outcomes already computed, one per criterion in order. */
  DefinitionResult judge(Video video, List<Outcome> outcomes) {
    Verdict verdict = Verdict.MET;
    List<String> deviations = new ArrayList<>(0);
    for (int i = 0; i < outcomes.size(); i++) {
      Status status = outcomes.get(i).status();
      if (criteria().get(i).requirement() == Requirement.REQUIRED) {
        verdict = verdict.withRequired(status);
      } else if (status == Status.FAIL) {
        deviations.add(criteria().get(i).rule().id());
      }
    }
    return DefinitionResult.of(this, verdict, outcomes, deviations, video);
  }

  /**
   * Renders the label for a video: the {@linkplain #labelTemplate() label template} with
   * {@code {source}} and {@code {video}} filled in.
   *
   * @param video  the video, not null
   * @return the label, such as {@code "Balto music video"}, not null
   */
  public String labelFor(Video video) {
    String text = labelTemplate();
    if (text.contains("{source}")) {
      String source = video.usedSources().stream().findFirst().map(Source::title).orElse("?");
      text = text.replace("{source}", source);
    }
    return text.replace("{video}", video.title());
  }

  @Value.Check
  void check() {
    Problems problems = Problems.of(id().isBlank() ? "definition" : "definition " + id())
        .requireNonBlank("id", id());
    if (labelTemplate().isBlank()) {
      // the field is the attribute's name; the message says "label", as profile files do
      problems.add("labelTemplate", "label is blank");
    }
    Set<String> ruleIds = new HashSet<>();
    for (int i = 0; i < criteria().size(); i++) {
      String ruleId = criteria().get(i).rule().id();
      if (!ruleIds.add(ruleId)) {
        problems.add("criteria[" + i + "]", "rule " + Problems.quote(ruleId) + " appears twice");
      }
    }
    problems.throwIfAny();
  }

  /** Builds a {@link Definition}; obtained from {@link Definition#builder()}. */
  public static final class Builder extends ImmutableDefinition.Builder {
    Builder() {}

    /**
     * Adds required rules.
     *
     * @param rules  the rules, not null
     * @return this builder, not null
     */
    public Builder require(Rule... rules) {
      for (Rule rule : rules) {
        addCriteria(Criterion.of(rule, Requirement.REQUIRED));
      }
      return this;
    }

    /**
     * Adds conventions.
     *
     * @param rules  the rules, not null
     * @return this builder, not null
     */
    public Builder convention(Rule... rules) {
      for (Rule rule : rules) {
        addCriteria(Criterion.of(rule, Requirement.CONVENTION));
      }
      return this;
    }
  }
}
