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
 * Reads back what a walk of a {@link Plan} left in a video's status codes, for its
 * {@link Classification}: the deviations from the category's conventions, the definitions ahead of
 * the category that were UNDETERMINED, and the rules that broke. Each answers from the codes alone
 * and allocates nothing when the answer is empty or made in advance.
 */
final class WalkResults {

  private static final int UNKNOWN = StatusCodes.of(Status.UNKNOWN);
  private static final int ERROR = StatusCodes.of(Status.ERROR);

  private WalkResults() {}

  /** The code of a rule, from packed codes or, when not null, wide ones. */
  private static int code(long packedCodes, byte[] wideCodes, int rule) {
    return wideCodes == null ? StatusCodes.get(packedCodes, rule) : wideCodes[rule];
  }

  /** Whether a code says a rule could not tell: UNKNOWN or ERROR. */
  private static boolean couldNotTell(int code) {
    return code == UNKNOWN || code == ERROR;
  }

  /**
   * Tells whether a definition the walk went past is UNDETERMINED: none of its required rules
   * failed and one could not tell (the walk evaluates them all in that case).
   */
  private static boolean isUndetermined(Plan plan, int definition, long packedCodes,
      byte[] wideCodes) {
    int[] indexes = plan.ruleIndexes[definition];
    boolean couldNotTell = false;
    for (int k = 0; k < plan.requiredCounts[definition]; k++) {
      int code = code(packedCodes, wideCodes, indexes[k]);
      if (code == StatusCodes.FAIL || code == StatusCodes.UNSET) {
        return false;
      }
      couldNotTell |= couldNotTell(code);
    }
    return couldNotTell;
  }

  /**
   * Tells whether a walk that met no definition left one UNDETERMINED.
   *
   * @param plan  the plan, not null
   * @param packedCodes  the codes, if packed
   * @param wideCodes  the codes, or null if packed
   * @return true if one definition is
   */
  static boolean anyUndetermined(Plan plan, long packedCodes, byte[] wideCodes) {
    for (int d = 0; d < plan.ruleIndexes.length; d++) {
      if (isUndetermined(plan, d, packedCodes, wideCodes)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the definitions ahead of the category that were UNDETERMINED, each with the required
   * rules that could not tell.
   *
   * @param plan  the plan, not null
   * @param category  the category's index, or {@link Plan#NONE_MET} or {@link Plan#UNDETERMINED}
   * @param packedCodes  the codes a result was given, if packed
   * @param wideCodes  the codes a result was given, or null if packed
   * @return rule ids by definition id, in profile order; {@code Map.of()} when none, not null
   */
  static Map<String, List<String>> undetermined(Plan plan, int category, long packedCodes,
      byte[] wideCodes) {
    int ahead = category >= 0 ? category : plan.ruleIndexes.length;
    Map<String, List<String>> undetermined = null;
    for (int d = 0; d < ahead; d++) {
      if (isUndetermined(plan, d, packedCodes, wideCodes)) {
        if (undetermined == null) {
          undetermined = new LinkedHashMap<>();
        }
        undetermined.put(plan.definitionIds[d], rulesThatCouldNotTell(plan, d, packedCodes,
            wideCodes));
      }
    }
    return undetermined == null ? Map.of() : Collections.unmodifiableMap(undetermined);
  }

  private static List<String> rulesThatCouldNotTell(Plan plan, int definition, long packedCodes,
      byte[] wideCodes) {
    int[] indexes = plan.ruleIndexes[definition];
    List<String> ids = new ArrayList<>();
    for (int k = 0; k < plan.requiredCounts[definition]; k++) {
      if (couldNotTell(code(packedCodes, wideCodes, indexes[k]))) {
        ids.add(plan.rules[indexes[k]].id());
      }
    }
    return List.copyOf(ids);
  }

  /**
   * Returns the ERROR outcomes of the rules the walk evaluated.
   *
   * @param plan  the plan, not null
   * @param video  the video classified, not null
   * @param packedCodes  the codes a result was given, if packed
   * @param wideCodes  the codes a result was given, or null if packed
   * @param keptOutcomes  the outcomes a result was given, or null
   * @return outcomes by rule id, in the plan's order of rules; {@code Map.of()} when none, not null
   */
  static Map<String, Outcome> errors(Plan plan, Video video, long packedCodes, byte[] wideCodes,
      Outcome[] keptOutcomes) {
    Map<String, Outcome> errors = null;
    for (int rule = 0; rule < plan.rules.length; rule++) {
      if (code(packedCodes, wideCodes, rule) == ERROR) {
        if (errors == null) {
          errors = new LinkedHashMap<>();
        }
        Outcome kept = keptOutcomes == null ? null : keptOutcomes[rule];
        // a rule with no outcome kept is a status rule that answered ERROR itself
        errors.put(plan.rules[rule].id(),
            kept != null ? kept : plan.statusRules[rule].outcome(video, Status.ERROR));
      }
    }
    return errors == null ? Map.of() : Collections.unmodifiableMap(errors);
  }

  /**
   * Returns the conventions of a definition that a video failed, in the definition's order.
   *
   * @param plan  the plan, not null
   * @param definition  the definition's index; the codes of its rules are known
   * @param packedCodes  the codes a result was given, if packed
   * @param wideCodes  the codes a result was given, or null if packed
   * @return the rule ids, not null
   */
  static List<String> deviations(Plan plan, int definition, long packedCodes, byte[] wideCodes) {
    List<List<String>> lists = plan.deviationLists[definition];
    if (lists != null) {
      return lists.get(failedConventions(plan, definition, packedCodes, wideCodes));
    }
    int[] indexes = plan.ruleIndexes[definition];
    List<String> deviations = new ArrayList<>();
    for (int k = plan.requiredCounts[definition]; k < indexes.length; k++) {
      if (code(packedCodes, wideCodes, indexes[k]) == StatusCodes.FAIL) {
        deviations.add(plan.rules[indexes[k]].id());
      }
    }
    return List.copyOf(deviations);
  }

  /**
   * Returns the conventions a video failed of a definition with few enough of them to have its
   * deviations made in advance: bit k for its k-th convention, the index of its deviations in
   * {@code plan.deviationLists[definition]}.
   */
  static int failedConventions(Plan plan, int definition, long packedCodes, byte[] wideCodes) {
    int[] indexes = plan.ruleIndexes[definition];
    int required = plan.requiredCounts[definition];
    int failed = 0;
    for (int k = required; k < indexes.length; k++) {
      if (code(packedCodes, wideCodes, indexes[k]) == StatusCodes.FAIL) {
        failed |= 1 << (k - required);
      }
    }
    return failed;
  }
}
