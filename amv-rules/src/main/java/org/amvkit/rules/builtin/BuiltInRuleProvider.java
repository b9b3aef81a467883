/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.builtin;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.amvkit.core.ContentFlag;
import org.amvkit.core.Medium;
import org.amvkit.core.species.Posture;
import org.amvkit.rules.Profile;
import org.amvkit.rules.Rule;
import org.amvkit.rules.builtin.BuiltInRules.CountBy;
import org.amvkit.rules.builtin.BuiltInRules.Quantifier;
import org.amvkit.rules.builtin.ContestRules.Measure;
import org.amvkit.rules.spi.Parameter;
import org.amvkit.rules.spi.ParameterException;
import org.amvkit.rules.spi.ParameterType;
import org.amvkit.rules.spi.Parameters;
import org.amvkit.rules.spi.RuleProvider;
import org.amvkit.rules.spi.RuleType;

/**
 * Registers the {@linkplain BuiltInRules built-in rules} and the {@linkplain BuiltInProfiles
 * built-in profiles}.
 *
 * <pre>{@code
 * RuleRegistry registry = RuleRegistry.of();   // this provider alone
 * registry.create("multiple-sources", Map.of("count-by", "franchise"));
 * registry.create("features-animals", Map.of("quantifier", "any"));
 * registry.create("features-animals", Map.of("posture", "feral"));   // Fanlore's Animash
 * registry.create("single-source", Map.of("count-by", "franchise"));
 * registry.providerOfRule("has-music");   // Optional[class ...BuiltInRuleProvider]
 * }</pre>
 *
 * <table>
 *   <caption>Parameters of the built-in rules</caption>
 *   <tr><th>rule</th><th>parameter</th><th>values</th><th>default</th></tr>
 *   <tr><td>{@value BuiltInRules#SINGLE_SOURCE}</td><td>{@value #COUNT_BY}</td>
 *       <td>title, franchise</td><td>title</td></tr>
 *   <tr><td>{@value BuiltInRules#MULTIPLE_SOURCES}</td><td>{@value #COUNT_BY}</td>
 *       <td>title, franchise</td><td>title</td></tr>
 *   <tr><td>{@value BuiltInRules#FEATURES_ANIMALS}</td><td>{@value #QUANTIFIER}</td>
 *       <td>every, any</td><td>every</td></tr>
 *   <tr><td>{@value BuiltInRules#FEATURES_ANIMALS}</td><td>{@value #POSTURE}</td>
 *       <td>any, feral, anthropomorphic</td><td>any</td></tr>
 * </table>
 *
 * <p>{@code "posture": "feral"} asks for the Animash as Fanlore defines it
 * (<a href="https://fanlore.org/wiki/Animash">fanlore.org/wiki/Animash</a>): animated footage of
 * feral-style animals, drawn with an animal's body though they may talk (Spirit, Balto, The Lion
 * King). Anthropomorphic animals then do not count, and an animal whose posture is not recorded
 * leaves the rule unknown rather than passed; see
 * {@link BuiltInRules#featuresAnimals(Quantifier, Posture)}.
 *
 * <p>{@link org.amvkit.rules.registry.RuleRegistry} always includes this provider itself; it is
 * not registered with the service loader, which would count it twice.
 */
public final class BuiltInRuleProvider implements RuleProvider {

  /**
   * Parameter of {@value BuiltInRules#SINGLE_SOURCE} and {@value BuiltInRules#MULTIPLE_SOURCES}:
   * count titles or franchises.
   */
  public static final String COUNT_BY = "count-by";
  /** Parameter of {@value BuiltInRules#FEATURES_ANIMALS}: every source or any source. */
  public static final String QUANTIFIER = "quantifier";
  /**
   * Parameter of {@value BuiltInRules#FEATURES_ANIMALS}: the posture of the animals that count,
   * or any.
   */
  public static final String POSTURE = "posture";
  /** The value of {@value #POSTURE} that counts animals of every posture, the default. */
  private static final String ANY_POSTURE = "any";

  /** Parameter of several contest rules: the smallest duration or share allowed. */
  public static final String MIN = "min";
  /** Parameter of {@value ContestRules#DURATION_BETWEEN}: the longest duration allowed. */
  public static final String MAX = "max";
  /** Parameter of {@value ContestRules#FOOTAGE_SHARE}: the media that count. */
  public static final String MEDIA = "media";
  /** Parameter of {@value ContestRules#FOOTAGE_SHARE}: a share of the running time or footage. */
  public static final String OF = "of";
  /** Parameter of {@value ContestRules#PREMIERED_AFTER}: the cut-off date. */
  public static final String DATE = "date";
  /** Parameter of {@value ContestRules#NO_FLAG}: the banned content flag. */
  public static final String FLAG = "flag";
  /** Parameter of {@value ContestRules#NO_EARLIER_AWARD}: the day awards no longer count. */
  public static final String BEFORE = "before";

  private static final List<RuleType> RULE_TYPES = List.of(
      RuleType.of(BuiltInRules.hasMusic()),
      RuleType.of(BuiltInRules.hasSource()),
      RuleType.of(BuiltInRules.SINGLE_SOURCE,
          "uses footage from exactly one source, counting titles or franchises",
          List.of(Parameter.optional(COUNT_BY, ParameterType.choice(CountBy.class), "title",
              "title: every title counts; franchise: the sources of one franchise count once")),
          parameters -> BuiltInRules.singleSource(parameters.choice(COUNT_BY, CountBy.class))),
      RuleType.of(BuiltInRules.MULTIPLE_SOURCES,
          "uses footage from more than one source, counting titles or franchises",
          List.of(Parameter.optional(COUNT_BY, ParameterType.choice(CountBy.class), "title",
              "title: every title counts; franchise: the sources of one franchise count once")),
          parameters -> BuiltInRules.multipleSources(parameters.choice(COUNT_BY, CountBy.class))),
      RuleType.of(BuiltInRules.animatedFootageOnly()),
      RuleType.of(BuiltInRules.animeFootageOnly()),
      RuleType.of(BuiltInRules.FEATURES_ANIMALS,
          "every source (or any source) features animal characters (of any posture, or of one)",
          List.of(Parameter.optional(QUANTIFIER, ParameterType.choice(Quantifier.class), "every",
                  "every: every source used features an animal; any: one source is enough"),
              Parameter.optional(POSTURE, ParameterType.choice(ANY_POSTURE, Posture.FERAL.id(),
                      Posture.ANTHROPOMORPHIC.id()), ANY_POSTURE, "any: every animal counts; feral: only animals drawn with an"
                      + " animal's body count (Fanlore's Animash); anthropomorphic: only"
                      + " animals drawn with a human-like body count")),
          BuiltInRuleProvider::featuresAnimals),
      RuleType.of(ContestRules.DURATION_BETWEEN,
          "lasts at least a minimum and at most a maximum, both inclusive",
          List.of(Parameter.optional(MIN, ParameterType.DURATION,
                  "the shortest allowed, such as PT1M15S; left out: no minimum"),
              Parameter.optional(MAX, ParameterType.DURATION,
                  "the longest allowed, such as PT6M; left out: no maximum")),
          BuiltInRuleProvider::durationBetween),
      RuleType.of(ContestRules.FOOTAGE_SHARE,
          "footage of some media fills at least a share of the running time (or of the footage)",
          List.of(Parameter.required(MEDIA, ParameterType.STRING_LIST,
                  "the media that count: anime, animation, live-action, video-game, other"),
              Parameter.required(MIN, ParameterType.SHARE,
                  "the smallest share that passes, such as 0.75 or \"75%\""),
              Parameter.optional(OF, ParameterType.choice(Measure.class), "duration",
                  "duration: a share of the running time, gaps count against it;"
                      + " footage: a share of the time covered by clips")),
          BuiltInRuleProvider::footageShare),
      RuleType.of(ContestRules.MUSIC_COVERAGE,
          "music plays during at least a share of the video",
          List.of(Parameter.required(MIN, ParameterType.SHARE,
              "the smallest share that passes, such as 0.75 or \"75%\"")),
          parameters -> ContestRules.musicCoverage(parameters.share(MIN))),
      RuleType.of(ContestRules.PREMIERED_AFTER,
          "not shown publicly before a date: first published on that date or later",
          List.of(Parameter.required(DATE, ParameterType.DATE,
              "the first day a premiere is allowed, such as 2024-01-01")),
          parameters -> ContestRules.premieredAfter(parameters.date(DATE))),
      RuleType.of(ContestRules.NO_FLAG,
          "does not have a banned feature: a watermark, subtitles or karaoke, or credits",
          List.of(Parameter.required(FLAG, ParameterType.choice(ContentFlag.class),
              "the banned feature")),
          parameters -> ContestRules.noFlag(parameters.choice(FLAG, ContentFlag.class))),
      RuleType.of(ContestRules.NO_EARLIER_AWARD,
          "has won no award, or none before a date: videos that won at an earlier contest are"
              + " excluded",
          List.of(Parameter.optional(BEFORE, ParameterType.DATE,
              "the first day an award no longer counts, such as the contest's first day,"
                  + " 2026-07-03; left out: every award counts")),
          parameters -> parameters.isGiven(BEFORE)
              ? ContestRules.noEarlierAward(parameters.date(BEFORE))
              : ContestRules.noEarlierAward()));

  /** Creates the provider; the service loader's contract, though it is not registered there. */
  public BuiltInRuleProvider() {}

  private static Rule durationBetween(Parameters parameters) {
    Duration min = parameters.isGiven(MIN) ? parameters.duration(MIN) : null;
    Duration max = parameters.isGiven(MAX) ? parameters.duration(MAX) : null;
    if (min == null && max == null) {
      throw new ParameterException("give \"" + MIN + "\", \"" + MAX + "\" or both");
    }
    if (min != null && max != null && max.compareTo(min) < 0) {
      throw new ParameterException(MAX, max + " is shorter than min " + min);
    }
    return ContestRules.durationBetween(min, max);
  }

  private static Rule featuresAnimals(Parameters parameters) {
    Quantifier quantifier = parameters.choice(QUANTIFIER, Quantifier.class);
    String posture = parameters.choice(POSTURE);
    return posture.equals(ANY_POSTURE) ? BuiltInRules.featuresAnimals(quantifier)
        : BuiltInRules.featuresAnimals(quantifier, Posture.parse(posture));
  }

  private static Rule footageShare(Parameters parameters) {
    List<String> names = parameters.strings(MEDIA);
    if (names.isEmpty()) {
      throw new ParameterException(MEDIA, "empty; name at least one medium");
    }
    Set<Medium> media = EnumSet.noneOf(Medium.class);
    for (String name : names) {
      try {
        media.add(Medium.parse(name));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(MEDIA, e.getMessage());
      }
    }
    return ContestRules.footageShare(media, parameters.share(MIN), parameters.choice(OF,
        Measure.class));
  }

  /**
   * Returns the built-in rule types: the seven of {@link BuiltInRules#all()} in that order, then
   * the six contest rules of {@link ContestRules}.
   *
   * @return the rule types, not null
   */
  @Override
  public List<RuleType> ruleTypes() {
    return RULE_TYPES;
  }

  /**
   * Returns the built-in profiles, the default first.
   *
   * @return {@link BuiltInProfiles#all()}, not null
   */
  @Override
  public List<Profile> profiles() {
    return BuiltInProfiles.all();
  }
}
