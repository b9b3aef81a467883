/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules;

import java.util.Objects;
import org.amvkit.core.Video;

/**
 * A rule that decides a {@link Status} without allocating anything and works out its
 * {@link Evidence} later, from the video and the status, only when asked. The classifier keeps the
 * statuses of such rules and builds their {@link Outcome}s only if a classification's outcomes are
 * asked for; {@link #evaluate(Video)} gives the same outcome as any rule would.
 *
 * <p>The built-in rules extend it, and a plug-in rule that is evaluated for millions of videos may
 * too: {@link #status(Video)} is the whole decision, {@link #evidence(Video, Status)} the words
 * for it. Most plug-ins simply implement {@link Rule}.
 *
 * <pre>{@code
 * final class Collaboration extends StatusRule {
 *   Collaboration() { super("collaboration", "Was the video made by more than one editor?"); }
 *
 *   public Status status(Video video) {
 *     return video.creators().size() > 1 ? Status.PASS : Status.FAIL;
 *   }
 *
 *   public Evidence evidence(Video video, Status status) {
 *     return Evidence.of("made by {count} editors", "count", video.creators().size());
 *   }
 * }
 * }</pre>
 *
 * <p>It lives beside the {@link Classifier}, not in an internal package, because the classifier's
 * plan asks it for statuses: the engine and the contract it relies on stay in one package, and
 * that package depends on nothing of its own below amv-core but a table of a video's facts.
 */
public abstract class StatusRule implements Rule {

  private final String id;
  private final String description;

  /**
   * Creates the rule.
   *
   * @param id  the rule's id, not null, not blank
   * @param description  what it asks, not null
   */
  protected StatusRule(String id, String description) {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("rule id is blank");
    }
    this.id = id;
    this.description = Objects.requireNonNull(description, "description");
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String description() {
    return description;
  }

  /**
   * Decides the status, allocating nothing. May throw; the classifier records an
   * {@link Status#ERROR} then.
   *
   * @param video  the video, not null
   * @return the status, not null
   */
  public abstract Status status(Video video);

  /**
   * Returns the status this rule gives every video with these facts, if the facts alone decide
   * it. The classifier tabulates the answers once per profile, so this is never called per video.
   * Where it answers, it must answer what {@link #status(Video)} answers for every video with
   * these facts.
   *
   * <p>For the built-in rules: the facts are the bits of amvkit's internal {@code Facts} table,
   * which a rule outside this module cannot name, so a plug-in leaves this as it is (the rule is
   * then asked per video).
   *
   * @param facts  a combination of the internal {@code Facts} bits
   * @return the status, or null if the rule needs more of the video than these facts
   */
  protected Status statusFrom(int facts) {
    return null;
  }

  /**
   * Works out the evidence for the status this rule gave a video.
   *
   * @param video  the video, not null
   * @param status  what {@link #status(Video)} returned for it, not null
   * @return the evidence, not null
   */
  public abstract Evidence evidence(Video video, Status status);

  /**
   * Returns the outcome of a status already decided, its evidence computed when first asked for.
   *
   * @param video  the video, not null
   * @param status  what {@link #status(Video)} returned for it, not null
   * @return the outcome, not null
   */
  public final Outcome outcome(Video video, Status status) {
    return Outcome.of(status, () -> evidence(video, status));
  }

  @Override
  public final Outcome evaluate(Video video) {
    return outcome(video, status(video));
  }

  @Override
  public String toString() {
    return id;
  }
}
