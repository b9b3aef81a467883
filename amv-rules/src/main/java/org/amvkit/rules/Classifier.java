/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules;

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

  /** What the classifier works out once for its profile, and how it walks it for each video. */
  private final Plan plan;
  /** The answers of {@link #category}, made once. */
  private final Categories categories;

  private Classifier(Profile profile) {
    this.plan = Plan.of(profile);
    this.categories = new Categories(plan);
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
    return plan.profile();
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
    return plan.classify(Objects.requireNonNull(video, "video"), Classification::new);
  }

  /**
   * Returns only the category of a video and the conventions of it the video deviates from: what
   * {@link #classify} says first, on its fastest path. The same rules are evaluated as by
   * {@code classify} (a rule that throws counts as one that cannot tell, as there), but nothing
   * else is kept, so nothing can be asked afterwards: no label (it may name the video's source),
   * verdicts, outcomes or errors. The same answer is the same instance: this allocates nothing
   * for a profile whose categories have at most six conventions each.
   *
   * <pre>{@code
   * Category c = classifier.category(video);
   * c.id();           // "animash": classify(video).category()
   * c.deviations();   // [features-animals]: classify(video).deviations()
   * }</pre>
   *
   * @param video  the video, not null
   * @return the category and deviations, not null
   */
  public Category category(Video video) {
    return plan.classify(Objects.requireNonNull(video, "video"), categories);
  }

  @Override
  public String toString() {
    return "Classifier[" + plan.profile().id() + "]";
  }
}
