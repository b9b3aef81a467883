/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.contest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.amvkit.core.Video;
import org.amvkit.rules.DefinitionResult;

/**
 * How one entry of a contest fared: the decision, the reasons for it, and — when its video is in
 * the catalogue — every rule's outcome.
 *
 * <pre>{@code
 * result.decision();   // REJECTED
 * result.reasons();    // ["duration-between: lasts 6:10, longer than the maximum 6:00"]
 * result.result().orElseThrow().outcomes();   // every rule of the style's definition
 * }</pre>
 */
public final class EntryResult {

  private final Entry entry;
  private final Decision decision;
  private final Video video;
  private final DefinitionResult result;
  private final List<String> reasons;
  private final List<String> deviations;

  private EntryResult(Entry entry, Decision decision, Video video, DefinitionResult result,
      List<String> reasons, List<String> deviations) {
    this.entry = entry;
    this.decision = decision;
    this.video = video;
    this.result = result;
    this.reasons = reasons;
    this.deviations = deviations;
  }

  static EntryResult of(Entry entry, Decision decision, Video video, DefinitionResult result,
      List<String> reasons, List<String> deviations) {
    return new EntryResult(Objects.requireNonNull(entry, "entry"),
        Objects.requireNonNull(decision, "decision"), video, result, List.copyOf(reasons),
        List.copyOf(deviations));
  }

  /**
   * Returns the entry.
   *
   * @return the entry, not null
   */
  public Entry entry() {
    return entry;
  }

  /**
   * Returns the decision.
   *
   * @return accepted, rejected or undetermined, not null
   */
  public Decision decision() {
    return decision;
  }

  /**
   * Returns the video entered, if the catalogue has it.
   *
   * @return the video, or empty, not null
   */
  public Optional<Video> video() {
    return Optional.ofNullable(video);
  }

  /**
   * Returns how the video fared against the definition of the entry's style (see
   * {@link Contest#entryDefinition(org.amvkit.core.Style)}), if the catalogue has it.
   *
   * @return the verdict with every rule's outcome and the definition applied, or empty, not null
   */
  public Optional<DefinitionResult> result() {
    return Optional.ofNullable(result);
  }

  /**
   * Returns why the entry is rejected, or what is missing to decide, one sentence each, such as
   * {@code "duration-between: lasts 6:10, longer than the maximum 6:00"} or
   * {@code "video \"v-099\" is not in the catalogue"}. A rejected entry lists only what rejects
   * it.
   *
   * @return the reasons, empty for an accepted entry, not null
   */
  public List<String> reasons() {
    return reasons;
  }

  /**
   * Returns the conventions the video does not follow, with the evidence, such as
   * {@code "duration-between: lasts 5:30, longer than the maximum 5:00"}. They never change the
   * decision; judges may weigh them.
   *
   * @return the deviations, possibly empty, not null
   */
  public List<String> deviations() {
    return deviations;
  }

  @Override
  public String toString() {
    return entry.id() + ": " + decision + (reasons.isEmpty() ? "" : " " + reasons);
  }
}
