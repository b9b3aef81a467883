/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amvkit.core.Video;

/**
 * What a video is under a profile, and why: the category (the first definition it meets, else
 * {@value Profile#UNDETERMINED} or {@value Profile#NOT_A_MUSIC_VIDEO}), its label, the deviations
 * from that definition's conventions, the definitions ahead of it that could not be decided ("could
 * also be"), the rules that broke, and every definition's verdict with every rule's outcome.
 *
 * <pre>{@code
 * Classification c = classifier.classify(video);
 * c.category();     // "animash"
 * c.label();        // "Animash"
 * c.deviations();   // ["features-animals"]
 * c.undetermined(); // {} — or, for a fan vid that may be an animash,
 *                   // {animash=[animated-footage-only]}
 * c.errors();       // {} — or {my-rule=ERROR (the rule failed with ...)}
 * c.verdicts();     // {single-source-music-video=NOT_MET, animash=MET, ...}
 * }</pre>
 *
 * <p>Classifying evaluates what the category needs: definitions in profile order, each up to its
 * first required rule that fails (all its required rules when one cannot tell, so that an
 * UNDETERMINED definition is known as such), until one is met, and that one's conventions. The rest of
 * the rules are evaluated once, the first time verdicts, results or outcomes are asked for; the
 * outcomes' evidence is worked out only when asked for. So classifying without asking why costs
 * little more than a hand-written {@code if} chain (1.3–1.5× on amv-benchmarks' 10,000-video
 * hot path) and allocates this object alone. A rule that throws, now or later, gives an
 * {@link Status#ERROR} outcome. A classification is safe to share between threads.
 */
public final class Classification {

  private final Plan plan;
  private final Video video;
  /** The video's facts, read once by the plan; they fit where the object's padding would be. */
  private final int facts;
  /**
   * The codes of the rules evaluated while classifying, as the plan packs them when the profile
   * has few enough rules (then classifying allocates this object and nothing else).
   */
  private final long codesWhileClassifying;
  /** For a profile of more rules, the codes of those evaluated while classifying; else null. */
  private final byte[] wideCodesWhileClassifying;
  /** Outcomes kept while classifying (plain rules', errors), by rule, or null. */
  private final Outcome[] outcomesKeptWhileClassifying;
  /**
   * The index in the profile of the category's definition, or {@link Plan#NONE_MET} or
   * {@link Plan#UNDETERMINED}.
   */
  private final int categoryIndex;
  /** Every rule evaluated, and the results built from it, worked out when first asked for. */
  private volatile Completion completion;

  /** What {@link #complete()} works out. */
  private static final class Completion {
    final Evaluation evaluation;
    /** Every definition's result, built when first asked for; guarded by the classification. */
    volatile List<DefinitionResult> results;

    Completion(Evaluation evaluation) {
      this.evaluation = evaluation;
    }
  }

  /** Keeps what the plan found classifying a video; see {@link Findings}. */
  Classification(Plan plan, Video video, int facts, long packedCodes, byte[] wideCodes,
      Outcome[] keptOutcomes, int categoryIndex) {
    this.plan = plan;
    this.video = video;
    this.facts = facts;
    this.codesWhileClassifying = packedCodes;
    this.wideCodesWhileClassifying = wideCodes;
    this.outcomesKeptWhileClassifying = keptOutcomes;
    this.categoryIndex = categoryIndex;
  }

  /** Evaluates every rule not evaluated while classifying, once. */
  private Completion complete() {
    Completion done = completion;
    if (done == null) {
      synchronized (this) {
        done = completion;
        if (done == null) {
          done = new Completion(plan.complete(video, facts, codesWhileClassifying,
              wideCodesWhileClassifying, outcomesKeptWhileClassifying));
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
    return plan.profile().id();
  }

  /**
   * Returns the category: the id of the first definition met, in profile order. When none is
   * met, it is {@value Profile#UNDETERMINED} if one definition is {@link Verdict#UNDETERMINED}
   * (a video whose music is not recorded is not known to be "not a music video"), else
   * {@value Profile#NOT_A_MUSIC_VIDEO}. This is the only sense of <em>category</em> in amvkit's
   * Java names; a contest's categories are {@link org.amvkit.core.Style}s, and an award's is its
   * {@code awardCategory()} (see the glossary of {@link org.amvkit.rules}).
   *
   * @return a definition id, {@value Profile#UNDETERMINED} or {@value Profile#NOT_A_MUSIC_VIDEO},
   *     not null
   */
  public String category() {
    if (categoryIndex >= 0) {
      return plan.definitionId(categoryIndex);
    }
    return categoryIndex == Plan.UNDETERMINED ? Profile.UNDETERMINED : Profile.NOT_A_MUSIC_VIDEO;
  }

  /**
   * Returns the label of the category, such as {@code "Balto music video"} or {@code "Animash"}:
   * the text its definition's {@linkplain Definition#labelTemplate() label template} gives for
   * this video; {@value Profile#UNDETERMINED_LABEL} or {@value Profile#NOT_A_MUSIC_VIDEO_LABEL}
   * when no definition is met.
   *
   * @return the label, not null
   */
  public String label() {
    if (categoryIndex >= 0) {
      return definition(categoryIndex).labelFor(video);
    }
    return categoryIndex == Plan.UNDETERMINED ? Profile.UNDETERMINED_LABEL
        : Profile.NOT_A_MUSIC_VIDEO_LABEL;
  }

  /**
   * Returns the conventions of the category that the video fails.
   *
   * @return the rule ids, empty when none or when no definition is met, not null
   */
  public List<String> deviations() {
    return categoryIndex < 0 ? List.of()
        : WalkResults.deviations(plan, categoryIndex, codesWhileClassifying,
            wideCodesWhileClassifying);
  }

  /**
   * Returns what the video could also be: the definitions ahead of the category, in profile order,
   * that were {@link Verdict#UNDETERMINED} (none of their required rules failed, one or more could
   * not tell), each with the ids of its required rules that were {@link Status#UNKNOWN} or
   * {@link Status#ERROR}. When the category is {@value Profile#UNDETERMINED} or
   * {@value Profile#NOT_A_MUSIC_VIDEO}, every definition is ahead of it.
   *
   * <pre>{@code
   * c.category();      // "fan-vid"
   * c.undetermined();  // {animash=[animated-footage-only]}: one source's medium is not known
   * }</pre>
   *
   * @return rule ids by definition id, in profile order, empty when none, not null
   */
  public Map<String, List<String>> undetermined() {
    return WalkResults.undetermined(plan, categoryIndex, codesWhileClassifying,
        wideCodesWhileClassifying);
  }

  /**
   * Returns the {@link Status#ERROR} outcomes of the rules classifying evaluated: those the
   * category, its deviations and {@link #undetermined()} depend on. A rule only {@link #results()}
   * evaluate is not among them, so the answer is the same however much was asked of this
   * classification. An outcome made from what a rule threw keeps it ({@link Outcome#cause()}).
   *
   * @return outcomes by rule id, in the order the profile first names the rules, empty when none,
   *     not null
   */
  public Map<String, Outcome> errors() {
    return WalkResults.errors(plan, video, codesWhileClassifying, wideCodesWhileClassifying,
        outcomesKeptWhileClassifying);
  }

  /**
   * Returns the result of the category's definition.
   *
   * @return the primary result, empty when no definition is met, not null
   */
  public Optional<DefinitionResult> primary() {
    return categoryIndex < 0 ? Optional.empty() : Optional.of(results().get(categoryIndex));
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
          built = judge(done.evaluation);
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
    return complete().evaluation.verdicts();
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

  /** Every definition's result, each definition judging its rules' outcomes. */
  private List<DefinitionResult> judge(Evaluation evaluation) {
    List<Definition> definitions = plan.profile().definitions();
    List<List<Outcome>> outcomes = evaluation.outcomes();
    List<DefinitionResult> results = new ArrayList<>(definitions.size());
    for (int d = 0; d < definitions.size(); d++) {
      results.add(definitions.get(d).judge(video, outcomes.get(d)));
    }
    return List.copyOf(results);
  }

  private Definition definition(int d) {
    return plan.profile().definitions().get(d);
  }

  @Override
  public String toString() {
    return videoId() + ": " + category()
        + (deviations().isEmpty() ? "" : " (deviations " + deviations() + ")");
  }
}
