/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.builtin;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.amvkit.core.species.Posture;
import org.amvkit.rules.Rule;

/**
 * The built-in rules. Their ids are a contract: classifications, the command line and JSON
 * profiles refer to them.
 *
 * <pre>{@code
 * BuiltInRules.multipleSources().evaluate(video).explain();
 * // "uses 2 distinct sources: Balto, Bolt"
 * BuiltInRules.multipleSources(CountBy.FRANCHISE);   // The Lion King I and II count once
 * BuiltInRules.featuresAnimals(Quantifier.ANY);      // one source with animals is enough
 * BuiltInRules.singleSource(CountBy.FRANCHISE);      // The Lion King I and II are one source
 * BuiltInRules.featuresAnimals(Quantifier.EVERY, Posture.FERAL);   // Fanlore's Animash
 * }</pre>
 *
 * <p>Where a rule lacks the data it needs it answers {@code UNKNOWN}, never {@code PASS}.
 */
public final class BuiltInRules {

  /** Id of {@link #hasMusic()}. */
  public static final String HAS_MUSIC = "has-music";
  /** Id of {@link #hasSource()}. */
  public static final String HAS_SOURCE = "has-source";
  /** Id of {@link #singleSource()}. */
  public static final String SINGLE_SOURCE = "single-source";
  /** Id of {@link #multipleSources()}. */
  public static final String MULTIPLE_SOURCES = "multiple-sources";
  /** Id of {@link #animatedFootageOnly()}. */
  public static final String ANIMATED_FOOTAGE_ONLY = "animated-footage-only";
  /** Id of {@link #animeFootageOnly()}. */
  public static final String ANIME_FOOTAGE_ONLY = "anime-footage-only";
  /** Id of {@link #featuresAnimals()}. */
  public static final String FEATURES_ANIMALS = "features-animals";

  // Each rule is a package-private class of its own, holding its status from the video, its status
  // from the precomputed facts and its evidence; the variants of a rule are instances of its
  // class. One instance per variant: a registry hands out these same instances.
  private static final Rule HAS_MUSIC_RULE = new HasMusic();
  private static final Rule HAS_SOURCE_RULE = new HasSource();
  private static final Rule SINGLE_SOURCE_RULE = new SingleSource(CountBy.TITLE);
  private static final Rule SINGLE_SOURCE_BY_FRANCHISE = new SingleSource(CountBy.FRANCHISE);
  private static final Rule MULTIPLE_SOURCES_BY_TITLE = new MultipleSources(CountBy.TITLE);
  private static final Rule MULTIPLE_SOURCES_BY_FRANCHISE = new MultipleSources(CountBy.FRANCHISE);
  private static final Rule ANIMATED_ONLY_RULE = new AnimatedFootageOnly();
  private static final Rule ANIME_ONLY_RULE = new AnimeFootageOnly();
  private static final Rule FEATURES_ANIMALS_EVERY = new FeaturesAnimals(Quantifier.EVERY, null);
  private static final Rule FEATURES_ANIMALS_ANY = new FeaturesAnimals(Quantifier.ANY, null);
  private static final Map<Quantifier, Map<Posture, Rule>> FEATURES_ANIMALS_OF_POSTURE =
      featuresAnimalsOfPosture();

  private BuiltInRules() {}

  private static Map<Quantifier, Map<Posture, Rule>> featuresAnimalsOfPosture() {
    Map<Quantifier, Map<Posture, Rule>> rules = new EnumMap<>(Quantifier.class);
    for (Quantifier quantifier : Quantifier.values()) {
      Map<Posture, Rule> ofPosture = new EnumMap<>(Posture.class);
      for (Posture posture : Posture.values()) {
        ofPosture.put(posture, new FeaturesAnimals(quantifier, posture));
      }
      rules.put(quantifier, ofPosture);
    }
    return rules;
  }

  /**
   * How {@link #multipleSources(CountBy)} and {@link #singleSource(CountBy)} tell sources apart.
   */
  public enum CountBy {
    /** Every title counts: The Lion King and The Lion King II are two sources. */
    TITLE,
    /** Sources of one franchise count once; a source with no franchise counts by its id. */
    FRANCHISE
  }

  /** How many sources {@link #featuresAnimals(Quantifier)} asks to feature animals. */
  public enum Quantifier {
    /** Every used source features an animal character. */
    EVERY,
    /** At least one used source features an animal character. */
    ANY
  }

  /**
   * {@value #HAS_MUSIC}: the video is set to music. Fails when no music is credited.
   *
   * @return the rule, not null
   */
  public static Rule hasMusic() {
    return HAS_MUSIC_RULE;
  }

  /**
   * {@value #HAS_SOURCE}: the video uses footage from at least one known source.
   *
   * @return the rule, not null
   */
  public static Rule hasSource() {
    return HAS_SOURCE_RULE;
  }

  /**
   * {@value #SINGLE_SOURCE}: the video uses exactly one source — a "⟨movie⟩ music video" in the
   * words of the source text.
   *
   * @return the rule, not null
   */
  public static Rule singleSource() {
    return SINGLE_SOURCE_RULE;
  }

  /**
   * {@value #SINGLE_SOURCE}: the video uses exactly one source, counted as asked. Counted by
   * franchise, a video of The Lion King and The Lion King II uses one source; the
   * {@code single-source-music-video} label still names the first source used.
   *
   * @param countBy  whether titles or franchises are counted, not null
   * @return the rule, with id {@value #SINGLE_SOURCE} either way, not null
   */
  public static Rule singleSource(CountBy countBy) {
    return switch (Objects.requireNonNull(countBy, "countBy")) {
      case TITLE -> SINGLE_SOURCE_RULE;
      case FRANCHISE -> SINGLE_SOURCE_BY_FRANCHISE;
    };
  }

  /**
   * {@value #MULTIPLE_SOURCES}: the video uses more than one movie or anime, counting titles.
   *
   * @return the rule, not null
   */
  public static Rule multipleSources() {
    return MULTIPLE_SOURCES_BY_TITLE;
  }

  /**
   * {@value #MULTIPLE_SOURCES}: the video uses more than one source, counted as asked.
   *
   * @param countBy  whether titles or franchises are counted, not null
   * @return the rule, with id {@value #MULTIPLE_SOURCES} either way, not null
   */
  public static Rule multipleSources(CountBy countBy) {
    return switch (Objects.requireNonNull(countBy, "countBy")) {
      case TITLE -> MULTIPLE_SOURCES_BY_TITLE;
      case FRANCHISE -> MULTIPLE_SOURCES_BY_FRANCHISE;
    };
  }

  /**
   * {@value #ANIMATED_FOOTAGE_ONLY}: every used source is anime or other animation. Unknown when
   * the video names no source.
   *
   * @return the rule, not null
   */
  public static Rule animatedFootageOnly() {
    return ANIMATED_ONLY_RULE;
  }

  /**
   * {@value #ANIME_FOOTAGE_ONLY}: all footage is anime — the real-world sense of AMV; a contest's
   * "100% anime".
   *
   * <p>Where the video has a clip timeline that places every source it uses, this is
   * {@link ContestRules#footageShare(Set, org.amvkit.core.timeline.Share, ContestRules.Measure)
   * footage-share} of anime at 100% of the <em>footage</em> (time without any clip, such as a black
   * intro, is not footage and does not count against it). Otherwise it is derived from the
   * sources: it passes when every used source is anime. Unknown when the video names no source.
   *
   * @return the rule, not null
   */
  public static Rule animeFootageOnly() {
    return ANIME_ONLY_RULE;
  }

  /**
   * {@value #FEATURES_ANIMALS}: every used source features at least one animal character. Fails
   * when a source lists characters and none is an animal, all of them of species the taxonomy
   * knows (humans, robots, spirits); unknown when no source fails but one lists no characters, or
   * lists, and no recognised animal, a species name the taxonomy does not recognise (it may be an
   * animal). The evidence names those names. Animals of any posture count.
   *
   * @return the rule, not null
   */
  public static Rule featuresAnimals() {
    return FEATURES_ANIMALS_EVERY;
  }

  /**
   * {@value #FEATURES_ANIMALS}, asking every source or any source to feature animals.
   *
   * @param quantifier  every or any, not null
   * @return the rule, with id {@value #FEATURES_ANIMALS} either way, not null
   */
  public static Rule featuresAnimals(Quantifier quantifier) {
    return switch (Objects.requireNonNull(quantifier, "quantifier")) {
      case EVERY -> FEATURES_ANIMALS_EVERY;
      case ANY -> FEATURES_ANIMALS_ANY;
    };
  }

  /**
   * {@value #FEATURES_ANIMALS}, counting only the animals drawn in one posture.
   *
   * <p>{@link Posture#FERAL} asks for the Animash as Fanlore defines it
   * (<a href="https://fanlore.org/wiki/Animash">fanlore.org/wiki/Animash</a>): fanvids built on
   * animated footage of <em>feral-style</em> animals, drawn with an animal's body though they may
   * talk (Spirit, Balto, The Lion King), anthropomorphic characters present only in small measure.
   * An animal of the other posture then does not count, and an animal whose posture no one
   * recorded may: a source whose only animals are of unrecorded posture leaves the rule unknown,
   * never passed. The built-in profiles, the strict one included, count animals of any posture.
   *
   * @param quantifier  every or any, not null
   * @param posture  the posture that counts, not null
   * @return the rule, with id {@value #FEATURES_ANIMALS} either way, not null
   */
  public static Rule featuresAnimals(Quantifier quantifier, Posture posture) {
    Objects.requireNonNull(quantifier, "quantifier");
    return FEATURES_ANIMALS_OF_POSTURE.get(quantifier).get(Objects.requireNonNull(posture,
        "posture"));
  }

  /**
   * Returns every built-in rule in its default form, in the order of the design.
   *
   * @return the rules, not null
   */
  public static List<Rule> all() {
    return List.of(HAS_MUSIC_RULE, HAS_SOURCE_RULE, SINGLE_SOURCE_RULE, MULTIPLE_SOURCES_BY_TITLE,
        ANIMATED_ONLY_RULE, ANIME_ONLY_RULE, FEATURES_ANIMALS_EVERY);
  }
}
