package org.amvkit.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amvkit.core.Video;
import org.amvkit.rules.internal.Facts;

/**
 * What a video is under a profile, and why: the category (the first definition it meets, or
 * {@value Profile#NOT_A_MUSIC_VIDEO}), its label, the deviations from that definition's
 * conventions, and every definition's verdict with every rule's outcome.
 *
 * <pre>{@code
 * Classification c = classifier.classify(video);
 * c.category();     // "animash"
 * c.label();        // "Animash"
 * c.deviations();   // ["features-animals"]
 * c.verdicts();     // {single-source-music-video=NOT_MET, animash=MET, ...}
 * }</pre>
 *
 * <p>Classifying evaluates what the category needs: definitions in profile order, each up to its
 * first required rule that does not pass, until one is met, and that one's conventions. The rest of
 * the rules are evaluated once, the first time verdicts, results or outcomes are asked for; the
 * outcomes' evidence is worked out only when asked for. So classifying without asking why costs
 * little more than a hand-written {@code if} chain (1.3–1.5× on amv-benchmarks' 10,000-video
 * hot path) and allocates this object alone. A rule that throws, now or later, gives an
 * {@link Status#ERROR} outcome. A classification is safe to share between threads.
 */
public final class Classification {

  private final Classifier classifier;
  private final Video video;
  /** The video's {@link Facts}, read once; they fit where the object's padding would be. */
  private final int facts;
  /**
   * The codes of the rules evaluated while classifying, {@value Classifier#CODE_BITS} bits a rule,
   * when the profile has at most {@value Classifier#PACKED_RULES} distinct rules (then classifying
   * allocates this object and nothing else); see {@link Classifier#code(Status)}.
   */
  private final long early;
  /** For a profile of more rules, the codes of those evaluated while classifying; else null. */
  private final byte[] earlyWide;
  /** Outcomes kept while classifying (plain rules, errors), or null. */
  private final Outcome[] earlyOutcomes;
  /** The index of the category's definition in the profile, or -1. */
  private final int primary;
  /** Every rule's code and the outcomes kept doing so, worked out when first asked for. */
  private volatile Completion completion;

  /** What {@link #complete()} works out. */
  private static final class Completion {
    final byte[] codes;
    final Outcome[] outcomes;
    /** Every definition's result, built when first asked for; guarded by the classification. */
    volatile List<DefinitionResult> results;

    Completion(byte[] codes, Outcome[] outcomes) {
      this.codes = codes;
      this.outcomes = outcomes;
    }
  }

  Classification(Classifier classifier, Video video) {
    this.classifier = classifier;
    this.video = video;
    int facts = Facts.of(video);
    this.facts = facts;
    FactTable table = classifier.factTable();
    int start = table.start(facts);
    boolean packed = start >= 0;
    long codes = packed ? table.startCodes(facts) : 0L;
    byte[] wide = packed ? null : new byte[classifier.ruleCount()];
    Outcome[] outcomes = null;
    int met = -1;
    int first = 0;
    int firstIndex = 0;
    if (packed && (start & FactTable.DECIDED) != 0) {
      // the facts decided every rule the category depends on
      int decided = start & ~FactTable.DECIDED;
      met = decided == FactTable.NONE_MET ? -1 : decided;
      first = classifier.definitionCount();
    } else if (packed) {
      first = start >>> FactTable.DEFINITION_SHIFT;
      firstIndex = start & ((1 << FactTable.DEFINITION_SHIFT) - 1);
    }
    for (int d = first; d < classifier.definitionCount() && met < 0; d++) {
      // the required rules until one does not pass; if all do, the conventions
      int[] slots = classifier.slots(d);
      int required = classifier.requiredCount(d);
      int k = d == first ? firstIndex : 0;
      for (; k < slots.length; k++) {
        int slot = slots[k];
        int code = packed ? Classifier.code(codes, slot) : wide[slot];
        if (code == Classifier.UNSET) {
          code = table.codeFrom(slot, facts);
          if (code == Classifier.UNSET) {
            Object evaluated = classifier.evaluate(slot, video);
            outcomes = classifier.keep(outcomes, slot, evaluated);
            code = Classifier.codeOf(evaluated);
          }
          if (packed) {
            codes = Classifier.withCode(codes, slot, code);
          } else {
            wide[slot] = (byte) code;
          }
        }
        if (k < required && code != Classifier.PASS) {
          break;
        }
      }
      if (k == slots.length) {
        met = d;
      }
    }
    this.early = codes;
    this.earlyWide = wide;
    this.earlyOutcomes = outcomes;
    this.primary = met;
  }

  /** Evaluates every rule not evaluated while classifying, once. */
  private Completion complete() {
    Completion done = completion;
    if (done == null) {
      synchronized (this) {
        done = completion;
        if (done == null) {
          int rules = classifier.ruleCount();
          byte[] codes = new byte[rules];
          Outcome[] outcomes = null;
          for (int i = 0; i < rules; i++) {
            int code = earlyWide == null ? Classifier.code(early, i) : earlyWide[i];
            if (code == Classifier.UNSET) {
              code = classifier.factTable().codeFrom(i, facts);
            }
            if (code == Classifier.UNSET) {
              Object evaluated = classifier.evaluate(i, video);
              outcomes = classifier.keep(outcomes, i, evaluated);
              code = Classifier.codeOf(evaluated);
            }
            codes[i] = (byte) code;
          }
          done = new Completion(codes, outcomes);
          completion = done;
        }
      }
    }
    return done;
  }

  /**
   * Returns the id of the video classified.
   *
   * @return the video id, not null
   */
  public String videoId() {
    return video.id();
  }

  /**
   * Returns the id of the profile used.
   *
   * @return the profile id, not null
   */
  public String profileId() {
    return classifier.profile().id();
  }

  /**
   * Returns the category: the id of the first definition met, in profile order.
   *
   * @return a definition id, or {@value Profile#NOT_A_MUSIC_VIDEO}, not null
   */
  public String category() {
    return primary < 0 ? Profile.NOT_A_MUSIC_VIDEO : classifier.definitionId(primary);
  }

  /**
   * Returns the label of the category, such as {@code "Balto music video"} or {@code "Animash"}.
   *
   * @return the label, not null
   */
  public String label() {
    return primary < 0 ? "Not a music video" : definition(primary).labelFor(video);
  }

  /**
   * Returns the conventions of the category that the video fails.
   *
   * @return the rule ids, empty when none or when no definition is met, not null
   */
  public List<String> deviations() {
    return primary < 0 ? List.of() : classifier.deviations(primary, early, earlyWide);
  }

  /**
   * Returns the result of the category's definition.
   *
   * @return the primary result, empty when no definition is met, not null
   */
  public Optional<DefinitionResult> primary() {
    return primary < 0 ? Optional.empty() : Optional.of(results().get(primary));
  }

  /**
   * Returns every definition's result, in profile order.
   *
   * @return the results, not null
   */
  public List<DefinitionResult> results() {
    Completion done = complete();
    List<DefinitionResult> built = done.results;
    if (built == null) {
      synchronized (this) {
        built = done.results;
        if (built == null) {
          built = classifier.results(video, done.codes, earlyOutcomes, done.outcomes);
          done.results = built;
        }
      }
    }
    return built;
  }

  /**
   * Returns one definition's result.
   *
   * @param definitionId  the definition's id, not null
   * @return the result, or empty if the profile has no such definition, not null
   */
  public Optional<DefinitionResult> result(String definitionId) {
    return results().stream().filter(result -> result.id().equals(definitionId)).findFirst();
  }

  /**
   * Returns every definition's verdict, in profile order.
   *
   * @return verdicts by definition id, not null
   */
  public Map<String, Verdict> verdicts() {
    byte[] codes = complete().codes;
    Map<String, Verdict> verdicts = new LinkedHashMap<>();
    for (int d = 0; d < classifier.definitionCount(); d++) {
      verdicts.put(classifier.definitionId(d), classifier.verdict(d, codes));
    }
    return Collections.unmodifiableMap(verdicts);
  }

  /**
   * Returns the outcome of a rule, wherever in the profile it is used (each rule is evaluated once
   * per video).
   *
   * @param ruleId  the rule's id, not null
   * @return the outcome, or empty if no definition uses the rule, not null
   */
  public Optional<Outcome> outcome(String ruleId) {
    for (DefinitionResult result : results()) {
      Optional<Outcome> outcome = result.outcome(ruleId);
      if (outcome.isPresent()) {
        return outcome;
      }
    }
    return Optional.empty();
  }

  private Definition definition(int d) {
    return classifier.profile().definitions().get(d);
  }

  @Override
  public String toString() {
    return videoId() + ": " + category()
        + (deviations().isEmpty() ? "" : " (deviations " + deviations() + ")");
  }
}
