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

  /** Code of a rule not evaluated yet; a status's code is 1 + its ordinal. */
  static final int UNSET = 0;
  /** The code of {@link Status#PASS}. */
  static final int PASS = 1 + Status.PASS.ordinal();
  /** The code of {@link Status#FAIL}. */
  static final int FAIL = 1 + Status.FAIL.ordinal();
  /** Bits a code takes when codes are packed in a {@code long}. */
  static final int CODE_BITS = 3;
  /** The most distinct rules whose codes fit in one {@code long}. */
  static final int PACKED_RULES = Long.SIZE / CODE_BITS;

  private final Profile profile;
  /** Every distinct rule of the profile, once. */
  private final Rule[] rules;
  /** For each rule of {@link #rules}, the rule itself if it decides without allocating, else null. */
  private final StatusRule[] statusRules;
  /** For each definition, its definition id. */
  private final String[] definitionIds;
  /**
   * For each definition, the index in {@link #rules} of each of its rules in the order they are
   * evaluated: the required ones first, in the definition's order, then the conventions.
   */
  private final int[][] slots;
  /** For each definition, the index in {@link #rules} of each criterion's rule, in its order. */
  private final int[][] criterionSlots;
  /** For each definition, how many of its {@link #slots} are required. */
  private final int[] requiredCount;
  /**
   * For each definition with few conventions, its deviation list for every set of failed
   * conventions (bit {@code k} set when its {@code k}-th convention failed); else null.
   */
  private final List<List<String>>[] deviationLists;
  /** What the facts of a video decide of this classifier's rules. */
  private final FactTable factTable;

  @SuppressWarnings("unchecked")
  private Classifier(Profile profile) {
    this.profile = profile;
    Map<Rule, Integer> index = new IdentityHashMap<>();
    List<Rule> distinct = new ArrayList<>();
    List<Definition> definitions = profile.definitions();
    this.definitionIds = new String[definitions.size()];
    this.slots = new int[definitions.size()][];
    this.criterionSlots = new int[definitions.size()][];
    this.requiredCount = new int[definitions.size()];
    this.deviationLists = (List<List<String>>[]) new List<?>[definitions.size()];
    for (int d = 0; d < definitions.size(); d++) {
      definitionIds[d] = definitions.get(d).id();
      List<Criterion> criteria = definitions.get(d).criteria();
      criterionSlots[d] = new int[criteria.size()];
      slots[d] = new int[criteria.size()];
      List<String> conventions = new ArrayList<>();
      for (int c = 0; c < criteria.size(); c++) {
        Rule rule = criteria.get(c).rule();
        Integer slot = index.get(rule);
        if (slot == null) {
          slot = distinct.size();
          index.put(rule, slot);
          distinct.add(rule);
        }
        criterionSlots[d][c] = slot;
        if (criteria.get(c).requirement() == Requirement.REQUIRED) {
          slots[d][requiredCount[d]++] = slot;
        } else {
          conventions.add(rule.id());
        }
      }
      int k = requiredCount[d];
      for (int c = 0; c < criteria.size(); c++) {
        if (criteria.get(c).requirement() != Requirement.REQUIRED) {
          slots[d][k++] = criterionSlots[d][c];
        }
      }
      if (conventions.size() <= PRECOMPUTED_CONVENTIONS) {
        deviationLists[d] = deviationLists(conventions);
      }
    }
    this.rules = distinct.toArray(new Rule[0]);
    this.statusRules = new StatusRule[rules.length];
    for (int i = 0; i < rules.length; i++) {
      if (rules[i] instanceof StatusRule) {
        statusRules[i] = (StatusRule) rules[i];
      }
    }
    this.factTable = new FactTable(statusRules, slots, requiredCount);
  }

  /** Every sublist of {@code conventions}, by the bit set of the conventions it holds. */
  private static List<List<String>> deviationLists(List<String> conventions) {
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

  int ruleCount() {
    return rules.length;
  }

  int definitionCount() {
    return slots.length;
  }

  String definitionId(int d) {
    return definitionIds[d];
  }

  /** Definition {@code d}'s rule indexes, required ones first; see {@link #requiredCount(int)}. */
  int[] slots(int d) {
    return slots[d];
  }

  int requiredCount(int d) {
    return requiredCount[d];
  }

  /** What the facts of a video decide of this classifier's rules. */
  FactTable factTable() {
    return factTable;
  }

  /** The code of a status. */
  static int code(Status status) {
    return 1 + status.ordinal();
  }

  /** The code of rule {@code i} in packed codes. */
  static int code(long codes, int i) {
    return (int) (codes >>> (CODE_BITS * i)) & ((1 << CODE_BITS) - 1);
  }

  /** Packed codes with rule {@code i}'s code set; it was {@link #UNSET}. */
  static long withCode(long codes, int i, int code) {
    return codes | (long) code << (CODE_BITS * i);
  }

  /**
   * Evaluates rule {@code i} safely. Returns its {@link Status} when the status says all there is
   * to say (the outcome can be rebuilt from it), else the {@link Outcome} to keep: a plain rule's,
   * or an error's.
   */
  Object evaluate(int i, Video video) {
    StatusRule statusRule = statusRules[i];
    if (statusRule == null) {
      return Rule.evaluateSafely(rules[i], video);
    }
    try {
      Status status = statusRule.status(video);
      return status != null ? status : Outcome.error("the rule returned no status");
    } catch (Exception | LinkageError | AssertionError | StackOverflowError e) {
      // as Rule.evaluateSafely: the classification survives whatever a rule throws
      return Outcome.error(e);
    }
  }

  /** The code of what {@link #evaluate(int, Video)} returned. */
  static int codeOf(Object evaluated) {
    return code(evaluated instanceof Outcome ? ((Outcome) evaluated).status() : (Status) evaluated);
  }

  /** {@code outcomes}, made if null, with rule {@code i}'s outcome kept if it is one. */
  Outcome[] keep(Outcome[] outcomes, int i, Object evaluated) {
    if (!(evaluated instanceof Outcome)) {
      return outcomes;
    }
    Outcome[] kept = outcomes == null ? new Outcome[rules.length] : outcomes;
    kept[i] = (Outcome) evaluated;
    return kept;
  }

  /** The verdict of definition {@code d}, as {@link Definition#evaluate(Video)} gives it. */
  Verdict verdict(int d, byte[] codes) {
    Verdict verdict = Verdict.MET;
    for (int k = 0; k < requiredCount[d]; k++) {
      int code = codes[slots[d][k]];
      if (code == FAIL) {
        return Verdict.NOT_MET;
      } else if (code != PASS) {
        verdict = Verdict.UNDETERMINED;
      }
    }
    return verdict;
  }

  /**
   * The conventions of definition {@code d} that failed, in its order; {@code codes} holds at least
   * the codes of its rules, packed, or is ignored when {@code wide} is not null.
   */
  List<String> deviations(int d, long codes, byte[] wide) {
    int[] definitionSlots = slots[d];
    List<List<String>> lists = deviationLists[d];
    int failed = 0;
    List<String> deviations = lists == null ? new ArrayList<>() : null;
    for (int k = requiredCount[d]; k < definitionSlots.length; k++) {
      int slot = definitionSlots[k];
      if ((wide == null ? code(codes, slot) : wide[slot]) == FAIL) {
        if (lists != null) {
          failed |= 1 << (k - requiredCount[d]);
        } else {
          deviations.add(rules[slot].id());
        }
      }
    }
    return lists != null ? lists.get(failed) : List.copyOf(deviations);
  }

  /**
   * Every definition's result, with every rule's outcome: those kept while evaluating, else built
   * from the code.
   */
  List<DefinitionResult> results(Video video, byte[] codes, Outcome[] early, Outcome[] late) {
    Outcome[] outcomes = new Outcome[rules.length];
    for (int i = 0; i < rules.length; i++) {
      if (early != null && early[i] != null) {
        outcomes[i] = early[i];
      } else if (late != null && late[i] != null) {
        outcomes[i] = late[i];
      } else {
        outcomes[i] = statusRules[i].outcome(video, STATUSES[codes[i] - 1]);
      }
    }
    List<Definition> definitions = profile.definitions();
    List<DefinitionResult> results = new ArrayList<>(definitions.size());
    for (int d = 0; d < definitions.size(); d++) {
      List<Outcome> definitionOutcomes = new ArrayList<>(criterionSlots[d].length);
      for (int slot : criterionSlots[d]) {
        definitionOutcomes.add(outcomes[slot]);
      }
      results.add(definitions.get(d).judge(video, definitionOutcomes));
    }
    return List.copyOf(results);
  }
}
