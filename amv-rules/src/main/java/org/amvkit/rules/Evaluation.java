/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amvkit.core.Video;

/**
 * Every rule of a {@link Plan} evaluated for one video, as {@link Plan#complete} leaves it: each
 * rule's status code, and the outcomes kept because their status does not say all (a plain rule's,
 * an error's). It answers for every definition of the plan's profile. Immutable.
 */
final class Evaluation {

  private final Plan plan;
  private final Video video;
  /** For each rule of the plan, its code (see {@link StatusCodes}); none is unset. */
  private final byte[] codes;
  /** For each rule of the plan, its outcome if one was kept, else null; null when none was. */
  private final Outcome[] keptOutcomes;

  Evaluation(Plan plan, Video video, byte[] codes, Outcome[] keptOutcomes) {
    this.plan = plan;
    this.video = video;
    this.codes = codes;
    this.keptOutcomes = keptOutcomes;
  }

  /**
   * Returns every definition's verdict, as {@link Definition#evaluate(Video)} gives it.
   *
   * @return verdicts by definition id, in profile order, not null
   */
  public Map<String, Verdict> verdicts() {
    Map<String, Verdict> verdicts = new LinkedHashMap<>();
    for (int d = 0; d < plan.ruleIndexes.length; d++) {
      int[] indexes = plan.ruleIndexes[d];
      Verdict verdict = Verdict.MET;
      for (int k = 0; k < plan.requiredCounts[d] && verdict != Verdict.NOT_MET; k++) {
        verdict = verdict.withRequired(StatusCodes.status(codes[indexes[k]]));
      }
      verdicts.put(plan.definitionIds[d], verdict);
    }
    return Collections.unmodifiableMap(verdicts);
  }

  /**
   * Returns every rule's outcome, definition by definition: those kept, else built from the code,
   * one outcome a rule however many definitions use it.
   *
   * @return for each definition in profile order, the outcome of each criterion in order, not null
   */
  public List<List<Outcome>> outcomes() {
    Outcome[] outcomes = new Outcome[codes.length];
    for (int rule = 0; rule < codes.length; rule++) {
      Outcome kept = keptOutcomes == null ? null : keptOutcomes[rule];
      // a rule with no outcome kept is a status rule that answered
      outcomes[rule] = kept != null ? kept
          : plan.statusRules[rule].outcome(video, StatusCodes.status(codes[rule]));
    }
    List<List<Outcome>> byDefinition = new ArrayList<>(plan.criterionRuleIndexes.length);
    for (int[] indexes : plan.criterionRuleIndexes) {
      List<Outcome> definitionOutcomes = new ArrayList<>(indexes.length);
      for (int rule : indexes) {
        definitionOutcomes.add(outcomes[rule]);
      }
      byDefinition.add(definitionOutcomes);
    }
    return byDefinition;
  }
}
