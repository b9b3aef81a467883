package org.amvkit.rules;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.amvkit.core.Video;
import org.amvkit.rules.internal.StatusRule;

/**
 * Classifies videos under a {@link Profile}.
 *
 * <pre>{@code
 * Classifier classifier = Classifier.of(BuiltInProfiles.allTheTropes());
 * Classification c = classifier.classify(video);
 * c.category();   // "animash"
 * }</pre>
 *
 * <p>A classifier is immutable and thread-safe: one instance serves any number of threads. Each
 * rule is evaluated once per video however many definitions use it, and evaluated safely: a rule
 * that throws gives an {@link Status#ERROR} outcome and the rest of the classification stands.
 */
public final class Classifier {

  /** The most conventions a definition may have for its deviation lists to be made in advance. */
  private static final int PRECOMPUTED_CONVENTIONS = 6;
  private static final Status[] STATUSES = Status.values();

  private final Profile profile;
  /** Every distinct rule of the profile, once. */
  private final Rule[] rules;
  /** For each rule of {@link #rules}, the rule itself if it decides without allocating, else null. */
  private final StatusRule[] statusRules;
  /** For each definition, for each criterion, the index of its rule in {@link #rules}. */
  private final int[][] slots;
  /** For each definition, for each criterion, whether it is required. */
  private final boolean[][] required;
  /**
   * For each definition with few conventions, its deviation list for every set of failed
   * conventions (bit {@code k} set when its {@code k}-th convention failed); else null.
   */
  private final List<List<String>>[] deviationLists;

  @SuppressWarnings("unchecked")
  private Classifier(Profile profile) {
    this.profile = profile;
    Map<Rule, Integer> index = new IdentityHashMap<>();
    List<Rule> distinct = new ArrayList<>();
    List<Definition> definitions = profile.definitions();
    this.slots = new int[definitions.size()][];
    this.required = new boolean[definitions.size()][];
    this.deviationLists = new List[definitions.size()];
    for (int d = 0; d < definitions.size(); d++) {
      List<Criterion> criteria = definitions.get(d).criteria();
      slots[d] = new int[criteria.size()];
      required[d] = new boolean[criteria.size()];
      List<String> conventions = new ArrayList<>();
      for (int c = 0; c < criteria.size(); c++) {
        Rule rule = criteria.get(c).rule();
        Integer slot = index.get(rule);
        if (slot == null) {
          slot = distinct.size();
          index.put(rule, slot);
          distinct.add(rule);
        }
        slots[d][c] = slot;
        required[d][c] = criteria.get(c).requirement() == Requirement.REQUIRED;
        if (!required[d][c]) {
          conventions.add(rule.id());
        }
      }
      if (conventions.size() <= PRECOMPUTED_CONVENTIONS) {
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
        deviationLists[d] = List.copyOf(lists);
      }
    }
    this.rules = distinct.toArray(new Rule[0]);
    this.statusRules = new StatusRule[rules.length];
    for (int i = 0; i < rules.length; i++) {
      if (rules[i] instanceof StatusRule) {
        statusRules[i] = (StatusRule) rules[i];
      }
    }
  }

  /**
   * Creates a classifier for a profile.
   *
   * @param profile  the profile, not null
   * @return the classifier, not null
   */
  public static Classifier of(Profile profile) {
    return new Classifier(Objects.requireNonNull(profile, "profile"));
  }

  /**
   * Returns the profile this classifier applies.
   *
   * @return the profile, not null
   */
  public Profile profile() {
    return profile;
  }

  /**
   * Classifies a video. The rules the category depends on are evaluated now: definitions are tried
   * in profile order, each stopping at its first required rule that does not pass, until one is
   * met, whose conventions are then evaluated for the deviations. Every other rule is evaluated,
   * once, the first time the classification is asked for verdicts or outcomes; evidence is worked
   * out only when asked for.
   *
   * @param video  the video, not null
   * @return the classification, not null
   */
  public Classification classify(Video video) {
    return new Classification(this, Objects.requireNonNull(video, "video"));
  }

  /** Status of a rule not evaluated yet. */
  static final byte UNSET = -1;

  int ruleCount() {
    return rules.length;
  }

  int definitionCount() {
    return slots.length;
  }

  int[] slots(int d) {
    return slots[d];
  }

  boolean[] required(int d) {
    return required[d];
  }

  /**
   * Evaluates rule {@code i} safely and records its status. An outcome that cannot be rebuilt from
   * the status alone (a plain rule's, or an error's) is recorded in {@code outcomes}, which is
   * made when first needed; the array to keep using is returned.
   */
  Outcome[] evaluate(int i, Video video, byte[] statuses, Outcome[] outcomes) {
    StatusRule statusRule = statusRules[i];
    Outcome outcome = null;
    Status status = null;
    if (statusRule != null) {
      try {
        status = statusRule.status(video);
        if (status == null) {
          outcome = Outcome.error("the rule returned no status");
        }
      } catch (Exception | LinkageError | AssertionError | StackOverflowError e) {
        // as Rule.evaluateSafely: the classification survives whatever a rule throws
        outcome = Outcome.error(e);
      }
    } else {
      outcome = Rule.evaluateSafely(rules[i], video);
    }
    Outcome[] kept = outcomes;
    if (outcome != null) {
      if (kept == null) {
        kept = new Outcome[rules.length];
      }
      kept[i] = outcome;
      status = outcome.status();
    }
    statuses[i] = (byte) status.ordinal();
    return kept;
  }

  /** The verdict of definition {@code d}, as {@link Definition#evaluate(Video)} gives it. */
  Verdict verdict(int d, byte[] statuses) {
    Verdict verdict = Verdict.MET;
    int[] definitionSlots = slots[d];
    for (int c = 0; c < definitionSlots.length; c++) {
      if (required[d][c]) {
        Status status = STATUSES[statuses[definitionSlots[c]]];
        if (status == Status.FAIL) {
          return Verdict.NOT_MET;
        } else if (status != Status.PASS) {
          verdict = Verdict.UNDETERMINED;
        }
      }
    }
    return verdict;
  }

  /** The conventions of definition {@code d} that failed, in its order. */
  List<String> deviations(int d, byte[] statuses) {
    int[] definitionSlots = slots[d];
    List<List<String>> lists = deviationLists[d];
    if (lists != null) {
      int failed = 0;
      int k = 0;
      for (int c = 0; c < definitionSlots.length; c++) {
        if (!required[d][c]) {
          if (statuses[definitionSlots[c]] == Status.FAIL.ordinal()) {
            failed |= 1 << k;
          }
          k++;
        }
      }
      return lists.get(failed);
    }
    List<String> deviations = new ArrayList<>();
    for (int c = 0; c < definitionSlots.length; c++) {
      if (!required[d][c] && statuses[definitionSlots[c]] == Status.FAIL.ordinal()) {
        deviations.add(rules[definitionSlots[c]].id());
      }
    }
    return List.copyOf(deviations);
  }

  /**
   * Every definition's result, with every rule's outcome: those recorded while evaluating, else
   * built from the status.
   */
  List<DefinitionResult> results(Video video, byte[] statuses, Outcome[] early, Outcome[] late) {
    Outcome[] outcomes = new Outcome[rules.length];
    for (int i = 0; i < rules.length; i++) {
      if (early != null && early[i] != null) {
        outcomes[i] = early[i];
      } else if (late != null && late[i] != null) {
        outcomes[i] = late[i];
      } else {
        outcomes[i] = statusRules[i].outcome(video, STATUSES[statuses[i]]);
      }
    }
    List<Definition> definitions = profile.definitions();
    List<DefinitionResult> results = new ArrayList<>(definitions.size());
    for (int d = 0; d < definitions.size(); d++) {
      List<Outcome> definitionOutcomes = new ArrayList<>(slots[d].length);
      for (int slot : slots[d]) {
        definitionOutcomes.add(outcomes[slot]);
      }
      results.add(definitions.get(d).judge(video, definitionOutcomes));
    }
    return List.copyOf(results);
  }
}
