package org.amvkit.rules;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amvkit.core.Video;

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
 * about what a hand-written {@code if} chain costs. A rule that throws, now or later, gives an
 * {@link Status#ERROR} outcome. A classification is safe to share between threads.
 */
public final class Classification {

  private final Classifier classifier;
  private final Video video;
  /**
   * The status of each of the classifier's distinct rules, by ordinal, or
   * {@link Classifier#UNSET}. Slots set by the constructor are read freely; the others only after
   * {@link #complete()}.
   */
  private final byte[] statuses;
  /** Outcomes recorded while classifying (plain rules, errors), or null. */
  private final Outcome[] early;
  /** The index of the category's definition in the profile, or -1. */
  private final int primary;
  /** Whether every rule has been evaluated; written under the lock. */
  private volatile boolean complete;
  /** Outcomes recorded by {@link #complete()}, or null; guarded by {@code this}. */
  private Outcome[] late;
  /** Every definition's result, built when first asked for. */
  private volatile List<DefinitionResult> results;

  Classification(Classifier classifier, Video video) {
    this.classifier = classifier;
    this.video = video;
    byte[] status = new byte[classifier.ruleCount()];
    Arrays.fill(status, Classifier.UNSET);
    Outcome[] outcomes = null;
    int met = -1;
    for (int d = 0; d < classifier.definitionCount() && met < 0; d++) {
      int[] slots = classifier.slots(d);
      boolean[] required = classifier.required(d);
      boolean meets = true;
      for (int c = 0; c < slots.length && meets; c++) {
        if (required[c]) {
          if (status[slots[c]] == Classifier.UNSET) {
            outcomes = classifier.evaluate(slots[c], video, status, outcomes);
          }
          meets = status[slots[c]] == Status.PASS.ordinal();
        }
      }
      if (meets) {
        met = d;
        for (int c = 0; c < slots.length; c++) {
          if (!required[c] && status[slots[c]] == Classifier.UNSET) {
            outcomes = classifier.evaluate(slots[c], video, status, outcomes);
          }
        }
      }
    }
    this.statuses = status;
    this.early = outcomes;
    this.primary = met;
  }

  /** Evaluates every rule not evaluated yet, once. */
  private void complete() {
    if (!complete) {
      synchronized (this) {
        if (!complete) {
          for (int i = 0; i < statuses.length; i++) {
            if (statuses[i] == Classifier.UNSET) {
              late = classifier.evaluate(i, video, statuses, late);
            }
          }
          complete = true;
        }
      }
    }
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
    return primary < 0 ? Profile.NOT_A_MUSIC_VIDEO : definition(primary).id();
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
    return primary < 0 ? List.of() : classifier.deviations(primary, statuses);
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
    List<DefinitionResult> built = results;
    if (built == null) {
      synchronized (this) {
        built = results;
        if (built == null) {
          complete();
          built = classifier.results(video, statuses, early, late);
          results = built;
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
    complete();
    Map<String, Verdict> verdicts = new LinkedHashMap<>();
    List<Definition> definitions = classifier.profile().definitions();
    for (int d = 0; d < definitions.size(); d++) {
      verdicts.put(definitions.get(d).id(), classifier.verdict(d, statuses));
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
