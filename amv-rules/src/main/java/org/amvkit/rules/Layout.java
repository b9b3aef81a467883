/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a {@link Plan} numbers a profile's rules and orders each definition's, worked out once when
 * the plan is made; the plan takes the arrays over as its own fields, so that classifying reads
 * them without going through this object.
 */
final class Layout {

  /** The most conventions a definition may have for its deviation lists to be made in advance. */
  private static final int PRECOMPUTED_CONVENTIONS = 6;

  /** Every distinct rule of the profile, once, by identity, in the order definitions name them. */
  final Rule[] rules;
  /** For each rule of {@link #rules}, the rule itself if it is a {@link StatusRule}, else null. */
  final StatusRule[] statusRules;
  /** For each definition, its id. */
  final String[] definitionIds;
  /** For each definition, the index of each of its rules, required ones first, as tried. */
  final int[][] ruleIndexes;
  /** For each definition, how many of its {@link #ruleIndexes} are required. */
  final int[] requiredCounts;
  /** For each definition, the index of each criterion's rule, in the definition's order. */
  final int[][] criterionRuleIndexes;
  /**
   * For each definition with few conventions, its deviations for every set of failed conventions
   * (bit {@code k} set when its {@code k}-th convention failed); else null.
   */
  final List<List<String>>[] deviationLists;
  /** The most rules any definition has. */
  final int mostRulesInADefinition;

  @SuppressWarnings("unchecked")
  Layout(Profile profile) {
    List<Definition> definitions = profile.definitions();
    int count = definitions.size();
    this.definitionIds = new String[count];
    this.ruleIndexes = new int[count][];
    this.requiredCounts = new int[count];
    this.criterionRuleIndexes = new int[count][];
    this.deviationLists = (List<List<String>>[]) new List<?>[count];
    Map<Rule, Integer> indexOf = new IdentityHashMap<>();
    List<Rule> distinct = new ArrayList<>();
    int most = 0;
    for (int d = 0; d < count; d++) {
      definitionIds[d] = definitions.get(d).id();
      List<Criterion> criteria = definitions.get(d).criteria();
      most = Math.max(most, criteria.size());
      criterionRuleIndexes[d] = new int[criteria.size()];
      for (int c = 0; c < criteria.size(); c++) {
        criterionRuleIndexes[d][c] = indexOf.computeIfAbsent(criteria.get(c).rule(), rule -> {
          distinct.add(rule);
          return distinct.size() - 1;
        });
      }
      order(d, criteria);
    }
    this.mostRulesInADefinition = most;
    this.rules = distinct.toArray(new Rule[0]);
    this.statusRules = new StatusRule[rules.length];
    for (int i = 0; i < rules.length; i++) {
      statusRules[i] = rules[i] instanceof StatusRule ? (StatusRule) rules[i] : null;
    }
  }

  /** Orders definition {@code d}'s rules as they are tried and makes its deviation lists. */
  private void order(int d, List<Criterion> criteria) {
    int[] indexes = new int[criteria.size()];
    List<String> conventions = new ArrayList<>();
    int k = 0;
    for (int c = 0; c < criteria.size(); c++) {
      if (criteria.get(c).requirement() == Requirement.REQUIRED) {
        indexes[k++] = criterionRuleIndexes[d][c];
      }
    }
    requiredCounts[d] = k;
    for (int c = 0; c < criteria.size(); c++) {
      if (criteria.get(c).requirement() != Requirement.REQUIRED) {
        indexes[k++] = criterionRuleIndexes[d][c];
        conventions.add(criteria.get(c).rule().id());
      }
    }
    ruleIndexes[d] = indexes;
    if (conventions.size() <= PRECOMPUTED_CONVENTIONS) {
      deviationLists[d] = everySublist(conventions);
    }
  }

  /** Every sublist of {@code conventions}, by the bit set of the conventions it holds. */
  private static List<List<String>> everySublist(List<String> conventions) {
    List<List<String>> lists = new ArrayList<>(1 << conventions.size());
    for (int failed = 0; failed < 1 << conventions.size(); failed++) {
      List<String> deviations = new ArrayList<>();
      for (int k = 0; k < conventions.size(); k++) {
        if ((failed & 1 << k) != 0) {
          deviations.add(conventions.get(k));
        }
      }
      lists.add(List.copyOf(deviations));
    }
    return List.copyOf(lists);
  }
}
