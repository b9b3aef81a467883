package org.amvkit.rules.internal;

import java.util.Objects;
import org.amvkit.core.Video;
import org.amvkit.rules.Evidence;
import org.amvkit.rules.Outcome;
import org.amvkit.rules.Rule;
import org.amvkit.rules.Status;

/**
 * A rule that decides a {@link Status} without allocating anything and works out its
 * {@link Evidence} later, from the video and the status, only when asked. The classifier keeps the
 * statuses of such rules and builds their {@link Outcome}s only if a classification's outcomes are
 * asked for; {@link #evaluate(Video)} gives the same outcome as any rule would.
 *
 * <p>Internal: the built-in rules use it; plug-ins implement {@link Rule}.
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
   * Returns the status this rule gives every video with these {@link Facts}, if the facts alone
   * decide it. The classifier tabulates the answers once per profile, so this is never called per
   * video. Where it answers, it must answer what {@link #status(Video)} answers for every video
   * with these facts.
   *
   * @param facts  a combination of {@link Facts}' bits
   * @return the status, or null if the rule needs more of the video than these facts
   */
  public Status statusFrom(int facts) {
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
