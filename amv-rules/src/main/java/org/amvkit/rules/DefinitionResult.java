/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amvkit.core.Video;

/**
 * How a video fared against one {@link Definition}: the verdict, every rule's outcome, the
 * deviations (conventions that failed) and the label the video would get.
 *
 * <pre>{@code
 * // neoTokyo: set to music, footage of Akira and Your Name, whose characters are all human
 * DefinitionResult animash = BuiltInDefinitions.animash().evaluate(neoTokyo);
 * animash.verdict();      // MET
 * animash.deviations();   // [features-animals]
 * animash.label();        // "Animash"
 * animash.outcome("multiple-sources").orElseThrow().explain();
 * // "uses 2 distinct sources: Akira, Your Name"
 * }</pre>
 */
public final class DefinitionResult {

  private final Definition definition;
  private final Verdict verdict;
  private final List<Outcome> outcomes;
  private final List<String> deviations;
  private final Video video;

  private DefinitionResult(Definition definition, Verdict verdict, List<Outcome> outcomes,
      List<String> deviations, Video video) {
    this.definition = definition;
    this.verdict = verdict;
    this.outcomes = outcomes;
    this.deviations = deviations;
    this.video = video;
  }

  static DefinitionResult of(Definition definition, Verdict verdict, List<Outcome> outcomes,
      List<String> deviations, Video video) {
    return new DefinitionResult(definition, verdict, List.copyOf(outcomes),
        List.copyOf(deviations), video);
  }

  /**
   * Returns the definition judged.
   *
   * @return the definition, not null
   */
  public Definition definition() {
    return definition;
  }

  /**
   * Returns the definition's id.
   *
   * @return the id, not null
   */
  public String id() {
    return definition.id();
  }

  /**
   * Returns the verdict.
   *
   * @return MET, NOT_MET or UNDETERMINED, not null
   */
  public Verdict verdict() {
    return verdict;
  }

  /**
   * Returns the ids of the conventions the video failed.
   *
   * @return the deviations, in the definition's order, not null
   */
  public List<String> deviations() {
    return deviations;
  }

  /**
   * Returns the label the video gets under this definition: the definition's
   * {@linkplain Definition#labelTemplate() label template} filled in for the video.
   *
   * @return the label, not null
   */
  public String label() {
    return definition.labelFor(video);
  }

  /**
   * Returns every rule's outcome, by rule id in the definition's order.
   *
   * @return the outcomes, not null
   */
  public Map<String, Outcome> outcomes() {
    Map<String, Outcome> byId = new LinkedHashMap<>();
    for (int i = 0; i < outcomes.size(); i++) {
      byId.put(definition.criteria().get(i).rule().id(), outcomes.get(i));
    }
    return Collections.unmodifiableMap(byId);
  }

  /**
   * Returns the outcome of one rule of the definition.
   *
   * @param ruleId  the rule's id, not null
   * @return the outcome, or empty if the definition has no such rule, not null
   */
  public Optional<Outcome> outcome(String ruleId) {
    for (int i = 0; i < outcomes.size(); i++) {
      if (definition.criteria().get(i).rule().id().equals(ruleId)) {
        return Optional.of(outcomes.get(i));
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return definition.id() + ": " + verdict
        + (deviations.isEmpty() ? "" : " (deviations " + deviations + ")");
  }
}
