/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.contest;

import static org.amvkit.core.Problems.quote;

import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.amvkit.core.Problems;
import org.amvkit.core.Style;
import org.amvkit.rules.builtin.ContestRules;

/**
 * Checks that the settings of a {@link Contest} agree, when it is built, as amvkit's value types
 * check themselves: every problem at once, in one {@link org.amvkit.core.InvalidValueException},
 * each naming its field. Kept out of {@link Contest} so that the value type stays a value type.
 */
final class ContestValidation {

  private ContestValidation() {}

  /** Throws every problem of the contest's settings at once, if it has any. */
  static void check(Contest contest) {
    String id = contest.id();
    Problems problems = Problems.of(id.isBlank() ? "contest" : "contest " + id)
        .requireNonBlank("id", id)
        .requireNonBlank("name", contest.name());
    styles(contest, problems);
    limit(problems, contest.limitPerCategory(), "limitPerCategory", "limit per category");
    limit(problems, contest.limitPerEntrant(), "limitPerEntrant", "limit per entrant");
    limit(problems, contest.exhibitionLimit(), "exhibitionLimit", "exhibition limit");
    cutoffs(contest, problems);
    styleRules(contest, problems);
    List<Entry> entries = contest.entries();
    Set<String> entryIds = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      if (!entryIds.add(entries.get(i).id())) {
        problems.add("entries[" + i + "].id", "entry id " + quote(entries.get(i).id())
            + " is given twice");
      }
    }
    problems.throwIfAny();
  }

  /**
   * At least one style, and none twice. The problems' fields are the attributes' names; the
   * messages use the rule sheet's word, category, as the contest file does.
   */
  private static void styles(Contest contest, Problems problems) {
    List<Style> styles = contest.styles();
    if (styles.isEmpty()) {
      problems.add("styles", "has no category");
    }
    Set<Style> seen = new HashSet<>();
    for (int i = 0; i < styles.size(); i++) {
      if (!seen.add(styles.get(i))) {
        problems.add("styles[" + i + "]", "category " + styles.get(i).name()
            + " is given twice");
      }
    }
  }

  /** Style rules for the contest's styles only. */
  private static void styleRules(Contest contest, Problems problems) {
    List<Style> styles = contest.styles();
    for (Style style : contest.styleRules().keySet()) {
      if (!styles.contains(style)) {
        problems.add("styleRules", "category rules are given for " + style.name()
            + ", which is not a category of this contest (" + styles.stream()
            .map(Style::name).collect(Collectors.joining(", ")) + ")");
      }
    }
  }

  private static void limit(Problems problems, OptionalInt limit, String field, String name) {
    if (limit.isPresent() && limit.getAsInt() < 0) {
      problems.add(field, name + " " + limit.getAsInt() + " is negative");
    }
  }

  /** The premiere cut-off and the award exclusion, each given once and consistently. */
  private static void cutoffs(Contest contest, Problems problems) {
    String definition = quote(contest.definition().id());
    if (contest.premiereCutoff().isPresent() && has(contest, ContestRules.PREMIERED_AFTER)) {
      problems.add("premiereCutoff", "the premiere cut-off is given twice: as a setting and as"
          + " rule " + quote(ContestRules.PREMIERED_AFTER) + " of definition " + definition);
    }
    if (contest.awardCutoff().isPresent() && !contest.excludeAwardWinners()) {
      problems.add("awardCutoff", "an award cut-off " + contest.awardCutoff().get()
          + " is given, but award winners are not excluded");
    }
    if (contest.excludeAwardWinners() && has(contest, ContestRules.NO_EARLIER_AWARD)) {
      problems.add("excludeAwardWinners", "award winners are excluded twice: as a setting and"
          + " as rule " + quote(ContestRules.NO_EARLIER_AWARD) + " of definition " + definition);
    }
  }

  /** Tells whether the contest's definition has a rule, as the settings might add it again. */
  private static boolean has(Contest contest, String ruleId) {
    return contest.definition().criteria().stream()
        .anyMatch(criterion -> criterion.rule().id().equals(ruleId));
  }
}
