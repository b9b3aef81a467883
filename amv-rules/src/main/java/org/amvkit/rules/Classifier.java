package org.amvkit.rules;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.amvkit.core.Video;

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

  private final Profile profile;
  /** Every distinct rule of the profile, once. */
  private final Rule[] rules;
  /** For each definition, for each criterion, the index of its rule in {@link #rules}. */
  private final int[][] slots;

  private Classifier(Profile profile) {
    this.profile = profile;
    Map<Rule, Integer> index = new IdentityHashMap<>();
    List<Rule> distinct = new ArrayList<>();
    List<Definition> definitions = profile.definitions();
    this.slots = new int[definitions.size()][];
    for (int d = 0; d < definitions.size(); d++) {
      List<Criterion> criteria = definitions.get(d).criteria();
      slots[d] = new int[criteria.size()];
      for (int c = 0; c < criteria.size(); c++) {
        Rule rule = criteria.get(c).rule();
        Integer slot = index.get(rule);
        if (slot == null) {
          slot = distinct.size();
          index.put(rule, slot);
          distinct.add(rule);
        }
        slots[d][c] = slot;
      }
    }
    this.rules = distinct.toArray(new Rule[0]);
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
   * Classifies a video.
   *
   * @param video  the video, not null
   * @return the classification, not null
   */
  public Classification classify(Video video) {
    Objects.requireNonNull(video, "video");
    Outcome[] outcomes = new Outcome[rules.length];
    for (int i = 0; i < rules.length; i++) {
      outcomes[i] = Rule.evaluateSafely(rules[i], video);
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
    return Classification.of(video.id(), profile.id(), results);
  }
}
