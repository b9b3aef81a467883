package org.amvkit.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
 */
public final class Classification {

  private final String videoId;
  private final String profileId;
  private final List<DefinitionResult> results;
  private final DefinitionResult primary;

  private Classification(String videoId, String profileId, List<DefinitionResult> results,
      DefinitionResult primary) {
    this.videoId = videoId;
    this.profileId = profileId;
    this.results = results;
    this.primary = primary;
  }

  static Classification of(String videoId, String profileId, List<DefinitionResult> results) {
    DefinitionResult primary = null;
    for (DefinitionResult result : results) {
      if (result.verdict() == Verdict.MET) {
        primary = result;
        break;
      }
    }
    return new Classification(videoId, profileId, List.copyOf(results), primary);
  }

  /**
   * Returns the id of the video classified.
   *
   * @return the video id, not null
   */
  public String videoId() {
    return videoId;
  }

  /**
   * Returns the id of the profile used.
   *
   * @return the profile id, not null
   */
  public String profileId() {
    return profileId;
  }

  /**
   * Returns the category: the id of the first definition met, in profile order.
   *
   * @return a definition id, or {@value Profile#NOT_A_MUSIC_VIDEO}, not null
   */
  public String category() {
    return primary == null ? Profile.NOT_A_MUSIC_VIDEO : primary.id();
  }

  /**
   * Returns the label of the category, such as {@code "Balto music video"} or {@code "Animash"}.
   *
   * @return the label, not null
   */
  public String label() {
    return primary == null ? "Not a music video" : primary.label();
  }

  /**
   * Returns the conventions of the category that the video fails.
   *
   * @return the rule ids, empty when none or when no definition is met, not null
   */
  public List<String> deviations() {
    return primary == null ? List.of() : primary.deviations();
  }

  /**
   * Returns the result of the category's definition.
   *
   * @return the primary result, empty when no definition is met, not null
   */
  public Optional<DefinitionResult> primary() {
    return Optional.ofNullable(primary);
  }

  /**
   * Returns every definition's result, in profile order.
   *
   * @return the results, not null
   */
  public List<DefinitionResult> results() {
    return results;
  }

  /**
   * Returns one definition's result.
   *
   * @param definitionId  the definition's id, not null
   * @return the result, or empty if the profile has no such definition, not null
   */
  public Optional<DefinitionResult> result(String definitionId) {
    return results.stream().filter(result -> result.id().equals(definitionId)).findFirst();
  }

  /**
   * Returns every definition's verdict, in profile order.
   *
   * @return verdicts by definition id, not null
   */
  public Map<String, Verdict> verdicts() {
    Map<String, Verdict> verdicts = new LinkedHashMap<>();
    for (DefinitionResult result : results) {
      verdicts.put(result.id(), result.verdict());
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
    for (DefinitionResult result : results) {
      Optional<Outcome> outcome = result.outcome(ruleId);
      if (outcome.isPresent()) {
        return outcome;
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return videoId + ": " + category()
        + (deviations().isEmpty() ? "" : " (deviations " + deviations() + ")");
  }
}
