package org.amvkit.rules;

import org.amvkit.rules.internal.Facts;
import org.amvkit.rules.internal.StatusRule;

/**
 * What the {@link Facts} of a video decide, worked out once per {@link Classifier} for each of the
 * 64 combinations of facts: the code each rule gives (where the facts alone decide it), and where
 * classifying a video with those facts starts — past every rule the facts decide, at the first
 * rule that must ask the video, or at the end with the category known. A single-source video, a
 * fan vid or a video without music is then classified by reading its facts and two entries.
 */
final class FactTable {

  /** In a start: the facts decide the category, held in the low bits. */
  static final int DECIDED = 1 << 30;
  /** In a decided start: no definition is met. */
  static final int NONE_MET = (1 << 16) - 1;
  /** In an undecided start: where the definition index begins; the criterion index is below. */
  static final int DEFINITION_SHIFT = 16;
  /** In {@link #byFacts}: the facts do not decide the rule, the video must be asked. */
  private static final byte ASK = -1;

  /**
   * For each rule {@code i} and each combination {@code f} of {@link Facts}, at
   * {@code i * Facts.COMBINATIONS + f}: the code of the status the facts decide, or {@link #ASK}.
   */
  private final byte[] byFacts;
  /**
   * For each combination of facts, when the codes fit in a {@code long}: where classifying starts,
   * as {@link #start(int)} encodes it, and the codes the facts decide before it; else null.
   */
  private final int[] starts;
  private final long[] startCodes;

  /**
   * Tabulates the rules of a classifier.
   *
   * @param statusRules  for each rule, the rule if it is a status rule, else null
   * @param slots  for each definition, its rules' indexes, required ones first
   * @param requiredCount  for each definition, how many of its slots are required
   */
  FactTable(StatusRule[] statusRules, int[][] slots, int[] requiredCount) {
    this.byFacts = new byte[statusRules.length * Facts.COMBINATIONS];
    for (int i = 0; i < statusRules.length; i++) {
      for (int facts = 0; facts < Facts.COMBINATIONS; facts++) {
        byFacts[i * Facts.COMBINATIONS + facts] = decidedBy(statusRules[i], facts);
      }
    }
    boolean indexable = slots.length < NONE_MET;
    for (int[] definitionSlots : slots) {
      indexable &= definitionSlots.length < 1 << DEFINITION_SHIFT;
    }
    if (statusRules.length <= Classifier.PACKED_RULES && indexable) {
      this.starts = new int[Facts.COMBINATIONS];
      this.startCodes = new long[Facts.COMBINATIONS];
      for (int facts = 0; facts < Facts.COMBINATIONS; facts++) {
        walk(facts, slots, requiredCount);
      }
    } else {
      this.starts = null;
      this.startCodes = null;
    }
  }

  /** The code a status rule gives every video with {@code facts}, or {@link #ASK}. */
  private static byte decidedBy(StatusRule rule, int facts) {
    if (rule == null) {
      return ASK;
    }
    try {
      Status status = rule.statusFrom(facts);
      return status == null ? ASK : (byte) Classifier.code(status);
    } catch (RuntimeException e) {
      return ASK;   // asked per video instead, where a failure becomes an ERROR outcome
    }
  }

  /**
   * Walks the definitions as classifying does, as far as the facts alone decide the rules, and
   * records where a video with these facts starts.
   */
  private void walk(int facts, int[][] slots, int[] requiredCount) {
    long codes = 0L;
    for (int d = 0; d < slots.length; d++) {
      int k = 0;
      for (; k < slots[d].length; k++) {
        int slot = slots[d][k];
        int code = Classifier.code(codes, slot);
        if (code == Classifier.UNSET) {
          code = codeFrom(slot, facts);
          if (code == Classifier.UNSET) {
            starts[facts] = d << DEFINITION_SHIFT | k;
            startCodes[facts] = codes;
            return;
          }
          codes = Classifier.withCode(codes, slot, code);
        }
        if (k < requiredCount[d] && code != Classifier.PASS) {
          break;
        }
      }
      if (k == slots[d].length) {
        starts[facts] = DECIDED | d;
        startCodes[facts] = codes;
        return;
      }
    }
    starts[facts] = DECIDED | NONE_MET;
    startCodes[facts] = codes;
  }

  /**
   * The code rule {@code i} gives a video with {@code facts} when the facts decide it; else
   * {@link Classifier#UNSET}, and the rule must be evaluated.
   */
  int codeFrom(int i, int facts) {
    byte code = byFacts[i * Facts.COMBINATIONS + facts];
    return code == ASK ? Classifier.UNSET : code;
  }

  /**
   * Where classifying a video with these facts starts, or -1 if it starts at the first rule of the
   * first definition with no code known: {@link #DECIDED} plus the index of the category's
   * definition (or {@link #NONE_MET}), or the index of a definition shifted by
   * {@link #DEFINITION_SHIFT} plus the index in its slots of the first rule to ask the video; the
   * codes known by then are {@link #startCodes(int)}.
   */
  int start(int facts) {
    return starts == null ? -1 : starts[facts];
  }

  /** The packed codes the facts decide before {@link #start(int)}. */
  long startCodes(int facts) {
    return startCodes[facts];
  }
}
