/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.benchmarks;

import java.util.List;
import org.amvkit.core.Source;
import org.amvkit.core.Video;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rule;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;

/**
 * The {@code all-the-tropes} profile as Easy Rules 4.1 rules, the way its users write them: one
 * rule per definition, by priority, each with a condition over the facts and an action that
 * records the category; the {@code features-animals} convention is a rule of its own that
 * records a deviation once a video is an Animash; a last rule gives the fallback category. The
 * rules and the engine are made once; each video gets new {@link Facts}, as Easy Rules expects.
 *
 * <p>An instance is thread-safe: the rules and the engine hold no state between calls.
 */
public final class EasyRulesClassifier {

  private static final String VIDEO = "video";
  private static final String CATEGORY = "category";
  private static final String DEVIATIONS = "deviations";

  private final Rules rules;
  private final RulesEngine engine = new DefaultRulesEngine();

  /** Creates the rules and the engine. */
  public EasyRulesClassifier() {
    Rule singleSource = new RuleBuilder()
        .name("single-source-music-video").description("set to music, one source").priority(1)
        .when(facts -> unclassified(facts) && hasMusic(facts) && sourceCount(facts) == 1)
        .then(facts -> facts.put(CATEGORY, "single-source-music-video"))
        .build();
    Rule animash = new RuleBuilder()
        .name("animash").description("set to music, several sources, all animated").priority(2)
        .when(facts -> unclassified(facts) && hasMusic(facts) && sourceCount(facts) >= 2
            && video(facts).isAllAnimated())
        .then(facts -> facts.put(CATEGORY, "animash"))
        .build();
    Rule featuresAnimals = new RuleBuilder()
        .name("features-animals").description("an Animash whose sources lack animals").priority(3)
        .when(facts -> "animash".equals(facts.get(CATEGORY)) && lacksAnimals(video(facts)))
        .then(facts -> facts.put(DEVIATIONS, List.of("features-animals")))
        .build();
    Rule animeMusicVideo = new RuleBuilder()
        .name("anime-music-video").description("set to music, all anime").priority(4)
        .when(facts -> unclassified(facts) && hasMusic(facts) && sourceCount(facts) >= 1
            && video(facts).isAllAnime())
        .then(facts -> facts.put(CATEGORY, "anime-music-video"))
        .build();
    Rule fanVid = new RuleBuilder()
        .name("fan-vid").description("set to music, some source").priority(5)
        .when(facts -> unclassified(facts) && hasMusic(facts) && sourceCount(facts) >= 1)
        .then(facts -> facts.put(CATEGORY, "fan-vid"))
        .build();
    // issue 12: with music but no source named, whether the footage is anime cannot be told
    Rule undetermined = new RuleBuilder()
        .name("undetermined").description("none met, anime-music-video unknown").priority(6)
        .when(facts -> unclassified(facts) && hasMusic(facts) && sourceCount(facts) == 0)
        .then(facts -> facts.put(CATEGORY, "undetermined"))
        .build();
    Rule fallback = new RuleBuilder()
        .name("not-a-music-video").description("none of the above").priority(7)
        .when(EasyRulesClassifier::unclassified)
        .then(facts -> facts.put(CATEGORY, "not-a-music-video"))
        .build();
    this.rules = new Rules(singleSource, animash, featuresAnimals, animeMusicVideo, fanVid,
        undetermined, fallback);
  }

  /**
   * Classifies a video by firing the rules on new facts.
   *
   * @param video  the video, not null
   * @return the category and deviations, not null
   */
  public Result classify(Video video) {
    Facts facts = new Facts();
    facts.put(VIDEO, video);
    facts.put(DEVIATIONS, List.of());
    engine.fire(rules, facts);
    return new Result(facts.get(CATEGORY), facts.get(DEVIATIONS));
  }

  private static Video video(Facts facts) {
    return facts.get(VIDEO);
  }

  private static boolean unclassified(Facts facts) {
    return facts.get(CATEGORY) == null;
  }

  private static boolean hasMusic(Facts facts) {
    return !video(facts).music().isEmpty();
  }

  private static int sourceCount(Facts facts) {
    return video(facts).usedSources().size();
  }

  private static boolean lacksAnimals(Video video) {
    for (Source source : video.usedSources()) {
      if (!source.featuresAnimals() && !source.cast().isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
