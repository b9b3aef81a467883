/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules;

import java.util.List;
import java.util.Objects;
import org.amvkit.core.Video;
import org.amvkit.core.internal.VideoFacts;
import org.amvkit.rules.internal.Facts;

/**
 * What a classifier works out once for a {@link Profile}, and the one walk over the profile's
 * definitions that classifying a video is. The classifier and its classifications ask it
 * questions; they never read its codes.
 *
 * <pre>{@code
 * Plan plan = Plan.of(profile);
 * Classification c = plan.classify(video, Classification::new);
 * }</pre>
 */
final class Plan {

  /*
   * A plan numbers every distinct rule of the profile once (by identity, in the order the
   * definitions first name it), so that a rule shared by several definitions is evaluated once per
   * video. For each definition it keeps the numbers of its rules in the order the walk tries them
   * (ruleIndexes: the required ones first, then the conventions) and how many are required.
   *
   * A rule's status is a code: 0 while it is not evaluated (UNSET), else 1 + the Status's ordinal,
   * 3 bits. For a profile of at most 21 rules the codes of one video are packed in one long, rule i
   * at bits 3i to 3i+2, so that classifying holds them in a register and allocates nothing but the
   * classification; a profile of more rules takes a byte per rule (see StatusCodes).
   *
   * Most built-in rules are decided by a video's Facts, twelve bits the video computed when it was
   * built (eight facts, four "not known" marks). codesByFacts holds, at rule * 4096 + facts,
   * the code the facts alone decide for a status rule (UNKNOWN where a fact is not recorded), or
   * UNSET where the video must be asked: four kilobytes a rule, tabulated once.
   *
   * The walk tries the definitions in profile order, each up to its first required rule that
   * fails; the first whose required rules all pass is the category, and its conventions are then
   * evaluated too, for the deviations. A required rule that cannot tell (UNKNOWN, ERROR) does not
   * end its definition at once: the other required rules are evaluated until one fails, so that
   * the codes say which definitions ahead of the category are UNDETERMINED (WalkResults reads
   * them back; nothing is allocated when none is). When none is met and one is undetermined, the
   * category is UNDETERMINED (-2) rather than NONE_MET (-1). Since the facts decide the first
   * rules of most definitions, the plan runs the walk once for each of the 4096 combinations of
   * facts, with the facts alone, when the codes fit a long: startPositions[facts] records where a video with these
   * facts must start asking, as (definition << 16 | position in its ruleIndexes), or, when the
   * facts decide the category outright, as DECIDED (-3) - category, negative; startCodes[facts]
   * holds the codes known by then. A single-source video, a fan vid or a video without music is
   * then classified by reading its facts and two entries.
   *
   * The deviations of a definition with at most 6 conventions are made in advance, one list for
   * each set of failed conventions (bit k for its k-th convention), so that asking for them
   * allocates nothing either.
   *
   * Outcomes: a status rule's outcome is built only when asked for, from the video and its code; a
   * plain rule's outcome, or an error, carries more than its status and is kept as it is.
   *
   * The walk ends with a long of codes, perhaps a byte array and kept outcomes, and the category:
   * more than one value can return without allocating, so it hands them to Findings, whose one
   * implementation (Classification::new) the JIT inlines, and the result keeps them as they are to
   * hand them back (WalkResults, complete) rather than decoding them.
   *
   * RuleEvaluator evaluates each rule safely: a rule that throws is an ERROR outcome that keeps the
   * throwable, logged once a rule.
   */

  /** The category of a video that meets no definition and has none undetermined. */
  static final int NONE_MET = -1;
  /** The category of a video that meets no definition and has one undetermined, at least. */
  static final int UNDETERMINED = -2;
  /** A start position that decides the category is this minus the category: negative. */
  private static final int DECIDED = -3;
  /** In a start position: the definition's index is shifted by this, the rule's is below. */
  private static final int DEFINITION_SHIFT = 16;
  private static final int POSITION_MASK = (1 << DEFINITION_SHIFT) - 1;
  private final Profile profile;
  /** Every distinct rule of the profile, once. */
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
  /** For each definition with few conventions, its deviations by set of failed ones; else null. */
  final List<List<String>>[] deviationLists;
  /** At {@code rule * VideoFacts.COMBINATIONS + facts}: the code the facts decide, or unset. */
  private final byte[] codesByFacts;
  /** Evaluates a rule safely, logging each that throws once. */
  private final RuleEvaluator evaluator;
  /** Whether the codes of a video fit in one {@code long}. */
  private final boolean packed;
  /** For each combination of facts, where classifying starts; null unless {@link #packed}. */
  private final int[] startPositions;
  /** For each combination of facts, the codes known where classifying starts; or null. */
  private final long[] startCodes;
  /**
   * For each combination of facts, whether a required rule already known of the definition where
   * classifying starts could not tell: the facts decide it, so it is worked out once, not per video.
   */
  private final boolean[] startCouldNotTell;

  private Plan(Profile profile) {
    this.profile = profile;
    Layout layout = new Layout(profile);
    this.rules = layout.rules;
    this.statusRules = layout.statusRules;
    this.definitionIds = layout.definitionIds;
    this.ruleIndexes = layout.ruleIndexes;
    this.requiredCounts = layout.requiredCounts;
    this.criterionRuleIndexes = layout.criterionRuleIndexes;
    this.deviationLists = layout.deviationLists;
    this.codesByFacts = FactCodes.tabulate(statusRules);
    this.evaluator = new RuleEvaluator(rules, statusRules);
    // a start position must fit in a non-negative int
    this.packed = rules.length <= StatusCodes.PACKED_RULES
        && definitionIds.length < 1 << (Integer.SIZE - 1 - DEFINITION_SHIFT)
        && layout.mostRulesInADefinition <= POSITION_MASK;
    this.startPositions = packed ? new int[VideoFacts.COMBINATIONS] : null;
    this.startCodes = packed ? new long[VideoFacts.COMBINATIONS] : null;
    this.startCouldNotTell = packed ? new boolean[VideoFacts.COMBINATIONS] : null;
    for (int facts = 0; packed && facts < VideoFacts.COMBINATIONS; facts++) {
      walk(null, facts, 0, 0, 0L, false, null);   // with the facts alone: where videos start
    }
  }

  /**
   * Works out the plan of a profile.
   *
   * @param profile  the profile, not null
   * @return the plan, not null
   */
  public static Plan of(Profile profile) {
    return new Plan(Objects.requireNonNull(profile, "profile"));
  }

  /**
   * Returns the profile planned.
   *
   * @return the profile, not null
   */
  public Profile profile() {
    return profile;
  }

  /**
   * Returns the id of a definition.
   *
   * @param definition  the definition's index in the profile
   * @return the id, not null
   */
  public String definitionId(int definition) {
    return definitionIds[definition];
  }

  /**
   * Classifies a video: walks the definitions in profile order, each up to its first required rule
   * that fails (all its required rules when one cannot tell), until one is met, whose conventions are then evaluated too. Each rule is
   * evaluated at most once, safely: a rule that throws gives an {@link Status#ERROR} outcome.
   *
   * @param <C>  the type of result
   * @param video  the video, not null
   * @param findings  makes the result, not null
   * @return what {@code findings} made, not null
   */
  public <C> C classify(Video video, Findings<C> findings) {
    int facts = Facts.of(video);
    if (!packed) {
      return walk(video, facts, 0, 0, 0L, false, findings);
    }
    int startPosition = startPositions[facts];
    if (startPosition < 0) {
      // the facts alone decide every rule the category depends on
      return findings.of(this, video, facts, startCodes[facts], null, null,
          DECIDED - startPosition);
    }
    return walk(video, facts, startPosition >>> DEFINITION_SHIFT, startPosition & POSITION_MASK,
        startCodes[facts], startCouldNotTell[facts], findings);
  }

  /**
   * The walk, from the {@code fromRule}-th rule of definition {@code fromDefinition} on, with the
   * codes known so far. Without a video it tabulates: it goes only as far as the facts decide, and
   * records where it stopped for videos with these facts instead of making a result.
   * {@code fromCouldNotTell} says whether one of the required rules before {@code fromRule} could
   * not tell.
   */
  private <C> C walk(Video video, int facts, int fromDefinition, int fromRule, long packedCodes,
      boolean fromCouldNotTell, Findings<C> findings) {
    long codes = packedCodes;
    byte[] wideCodes = packed ? null : new byte[rules.length];
    Outcome[] keptOutcomes = null;
    int category = NONE_MET;
    for (int d = fromDefinition; d < ruleIndexes.length && category < 0; d++) {
      int[] indexes = ruleIndexes[d];
      int required = requiredCounts[d];
      int k = d == fromDefinition ? fromRule : 0;
      // a required rule that could not tell ends the definition once its required rules are known
      boolean couldNotTell = d == fromDefinition && fromCouldNotTell;
      for (; k < indexes.length && !(couldNotTell && k == required); k++) {
        int rule = indexes[k];
        int code = wideCodes == null ? StatusCodes.get(codes, rule) : wideCodes[rule];
        if (code == StatusCodes.UNSET) {
          code = codesByFacts[rule * VideoFacts.COMBINATIONS + facts];
          if (code == StatusCodes.UNSET) {
            if (video == null) {
              recordStart(facts, d << DEFINITION_SHIFT | k, codes, couldNotTell);
              return null;
            }
            Outcome outcome = evaluator.evaluate(rule, video);
            code = StatusCodes.of(outcome.status());
            if (RuleEvaluator.mustKeep(outcome, code)) {
              keptOutcomes = withKeptOutcome(keptOutcomes, rule, outcome);
            }
          }
          if (wideCodes == null) {
            codes = StatusCodes.with(codes, rule, code);
          } else {
            wideCodes[rule] = (byte) code;
          }
        }
        if (k < required && code != StatusCodes.PASS) {
          if (code == StatusCodes.FAIL) {
            break;
          }
          couldNotTell = true;
        }
      }
      if (k == indexes.length && !couldNotTell) {
        category = d;
      }
    }
    if (category == NONE_MET && WalkResults.anyUndetermined(this, codes, wideCodes)) {
      category = UNDETERMINED;
    }
    if (video == null) {
      recordStart(facts, DECIDED - category, codes, false);
      return null;
    }
    return findings.of(this, video, facts, codes, wideCodes, keptOutcomes, category);
  }

  private void recordStart(int facts, int position, long codes, boolean couldNotTell) {
    startPositions[facts] = position;
    startCodes[facts] = codes;
    startCouldNotTell[facts] = couldNotTell;
  }

  /** {@code keptOutcomes}, made if null, with {@code rule}'s outcome in it. */
  private Outcome[] withKeptOutcome(Outcome[] keptOutcomes, int rule, Outcome outcome) {
    Outcome[] outcomes = keptOutcomes == null ? new Outcome[rules.length] : keptOutcomes;
    outcomes[rule] = outcome;
    return outcomes;
  }

  /**
   * Evaluates every rule that classifying did not, once.
   *
   * @param video  the video classified, not null
   * @param facts  its facts, as a result was given them
   * @param packedCodes  the codes a result was given, if packed
   * @param wideCodes  the codes a result was given, or null if packed
   * @param keptWhileClassifying  the outcomes a result was given, or null; not changed
   * @return every rule's code and the outcomes kept, not null
   */
  public Evaluation complete(Video video, int facts, long packedCodes, byte[] wideCodes,
      Outcome[] keptWhileClassifying) {
    byte[] codes = new byte[rules.length];
    Outcome[] keptOutcomes = keptWhileClassifying == null ? null : keptWhileClassifying.clone();
    for (int rule = 0; rule < rules.length; rule++) {
      int code = wideCodes == null ? StatusCodes.get(packedCodes, rule) : wideCodes[rule];
      if (code == StatusCodes.UNSET) {
        code = codesByFacts[rule * VideoFacts.COMBINATIONS + facts];
      }
      if (code == StatusCodes.UNSET) {
        Outcome outcome = evaluator.evaluate(rule, video);
        code = StatusCodes.of(outcome.status());
        if (RuleEvaluator.mustKeep(outcome, code)) {
          keptOutcomes = withKeptOutcome(keptOutcomes, rule, outcome);
        }
      }
      codes[rule] = (byte) code;
    }
    return new Evaluation(this, video, codes, keptOutcomes);
  }

  @Override
  public String toString() {
    return "Plan[" + profile.id() + ": " + rules.length + " rules"
        + (packed ? ", packed" : "") + "]";
  }
}
