package org.amvkit.rules.builtin;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.amvkit.core.Medium;
import org.amvkit.core.Source;
import org.amvkit.core.Video;
import org.amvkit.rules.Evidence;
import org.amvkit.rules.Outcome;
import org.amvkit.rules.Rule;
import org.amvkit.rules.Status;

/**
 * The built-in rules. Their ids are a contract: classifications, the command line and JSON
 * profiles refer to them.
 *
 * <pre>{@code
 * BuiltInRules.multipleSources().evaluate(video).explain();
 * // "uses 2 distinct sources: Balto, Bolt"
 * BuiltInRules.multipleSources(CountBy.FRANCHISE);   // The Lion King I and II count once
 * BuiltInRules.featuresAnimals(Quantifier.ANY);      // one source with animals is enough
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

  private static final Rule HAS_MUSIC_RULE = Rule.evaluating(HAS_MUSIC,
      "a song or soundtrack plays in the background", BuiltInRules::hasMusic);
  private static final Rule HAS_SOURCE_RULE = Rule.evaluating(HAS_SOURCE,
      "uses footage from at least one source", BuiltInRules::hasSource);
  private static final Rule SINGLE_SOURCE_RULE = Rule.evaluating(SINGLE_SOURCE,
      "uses footage from exactly one source", video -> countSources(video, CountBy.TITLE, 1, 1));
  private static final Rule MULTIPLE_SOURCES_BY_TITLE = multipleSourcesRule(CountBy.TITLE);
  private static final Rule MULTIPLE_SOURCES_BY_FRANCHISE = multipleSourcesRule(CountBy.FRANCHISE);
  private static final Rule ANIMATED_ONLY_RULE = Rule.evaluating(ANIMATED_FOOTAGE_ONLY,
      "all footage is animated: anime, animated films or animated series",
      video -> footageOnly(video, EnumSet.of(Medium.ANIME, Medium.ANIMATION), "animated",
          video.isAllAnimated()));
  private static final Rule ANIME_ONLY_RULE = Rule.evaluating(ANIME_FOOTAGE_ONLY,
      "all footage is anime", BuiltInRules::animeFootageOnly);
  private static final Rule FEATURES_ANIMALS_EVERY = featuresAnimalsRule(Quantifier.EVERY);
  private static final Rule FEATURES_ANIMALS_ANY = featuresAnimalsRule(Quantifier.ANY);

  private BuiltInRules() {}

  /** How {@link #multipleSources(CountBy)} tells sources apart. */
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
    return countBy == CountBy.FRANCHISE ? MULTIPLE_SOURCES_BY_FRANCHISE : MULTIPLE_SOURCES_BY_TITLE;
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
   * when a source lists characters but none is an animal; unknown when a source lists no
   * characters (and none fails).
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
    return quantifier == Quantifier.ANY ? FEATURES_ANIMALS_ANY : FEATURES_ANIMALS_EVERY;
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

  private static Outcome hasMusic(Video video) {
    int pieces = video.music().size();
    if (pieces == 0) {
      return Outcome.fail(Evidence.of("no music is credited"));
    }
    return Outcome.pass(() -> Evidence.of("set to {music}", "music",
        video.music().stream().map(music -> "\"" + music.title() + "\" by " + music.artist())
            .toList()));
  }

  private static Outcome hasSource(Video video) {
    if (video.usedSources().isEmpty()) {
      return Outcome.fail(Evidence.of("no source is named"));
    }
    return Outcome.pass(() -> Evidence.of("uses {sources}", "sources", titles(video.usedSources())));
  }

  private static Rule multipleSourcesRule(CountBy countBy) {
    String description = countBy == CountBy.FRANCHISE
        ? "uses footage from more than one franchise"
        : "uses footage from more than one movie or series";
    return Rule.evaluating(MULTIPLE_SOURCES, description,
        video -> countSources(video, countBy, 2, Integer.MAX_VALUE));
  }

  /** PASS when the number of distinct sources (or franchises) is within [min, max]. */
  private static Outcome countSources(Video video, CountBy countBy, int min, int max) {
    Set<Source> used = video.usedSources();
    int count = countBy == CountBy.TITLE ? used.size() : franchises(used).size();
    boolean pass = count >= min && count <= max;
    String unit = countBy == CountBy.TITLE ? "source" : "franchise";
    return Outcome.of(pass ? Status.PASS : Status.FAIL,
        () -> Evidence.of("uses {count} distinct " + unit + (count == 1 ? "" : "s") + ": {sources}",
            "count", count,
            "sources", countBy == CountBy.TITLE ? titles(used) : List.copyOf(franchises(used).values())));
  }

  /**
   * The distinct franchises, each with the name to show: a source with no franchise stands for
   * itself, told apart by its id (two films may share a title) and shown by its title.
   */
  private static Map<String, String> franchises(Set<Source> sources) {
    Map<String, String> franchises = new LinkedHashMap<>();
    for (Source source : sources) {
      String key = source.franchise().map(name -> "franchise:" + name).orElse("id:" + source.id());
      franchises.putIfAbsent(key, source.franchise().orElse(source.title()));
    }
    return franchises;
  }

  /**
   * Through the footage share where a complete timeline exists; from the sources otherwise, as
   * before timelines were known, so a video without clips is judged as it always was.
   */
  private static Outcome animeFootageOnly(Video video) {
    Set<Medium> anime = EnumSet.of(Medium.ANIME);
    if (video.clips().isEmpty() || !ContestRules.unplaced(video).isEmpty()) {
      return footageOnly(video, anime, "anime", video.isAllAnime());
    }
    Outcome measured = ContestRules.footageShare(video, anime,
        org.amvkit.core.timeline.Share.ONE, ContestRules.Measure.FOOTAGE);
    if (measured.status() == Status.PASS && !video.isAllAnime()) {
      // Non-anime clips lie wholly under anime ones: every moment of footage shows anime.
      return Outcome.pass(() -> Evidence.of("anime fills all of the footage; the clips of {others}"
          + " lie wholly under anime clips", "others", titles(video.usedSources(),
              source -> source.medium() != Medium.ANIME)));
    }
    return footageOnly(video, anime, "anime", measured.status() == Status.PASS);
  }

  /** {@code all} is the video's precomputed answer; the evidence is worked out only if asked. */
  private static Outcome footageOnly(Video video, Set<Medium> media, String adjective,
      boolean all) {
    Set<Source> used = video.usedSources();
    if (used.isEmpty()) {
      return Outcome.unknown("no source is named, so the footage is not known");
    }
    if (all) {
      return Outcome.pass(() -> Evidence.of("every source is " + adjective + ": {sources}",
          "sources", titles(used)));
    }
    return Outcome.fail(() -> {
      List<String> others = titles(used, source -> !media.contains(source.medium()));
      if (video.clips().isEmpty()) {
        return Evidence.of("not " + adjective + ": {others}", "others", others);
      }
      Set<Medium> otherMedia = EnumSet.complementOf(EnumSet.copyOf(media));
      return Evidence.of("not " + adjective + ": {others}, {share} of the video",
          "others", others, "share", video.timeline().share(otherMedia).toString());
    });
  }

  private static Rule featuresAnimalsRule(Quantifier quantifier) {
    String description = quantifier == Quantifier.EVERY
        ? "every source features animal characters"
        : "at least one source features animal characters";
    return Rule.evaluating(FEATURES_ANIMALS, description,
        video -> featuresAnimals(video, quantifier));
  }

  private static Outcome featuresAnimals(Video video, Quantifier quantifier) {
    Set<Source> used = video.usedSources();
    if (used.isEmpty()) {
      return Outcome.unknown("no source is named, so its characters are not known");
    }
    int withAnimals = 0;
    int without = 0;
    int unlisted = 0;
    for (Source source : used) {
      if (source.cast().isEmpty()) {
        unlisted++;
      } else if (source.featuresAnimals()) {
        withAnimals++;
      } else {
        without++;
      }
    }
    Status status;
    if (quantifier == Quantifier.EVERY) {
      status = without > 0 ? Status.FAIL
          : unlisted > 0 ? Status.UNKNOWN : Status.PASS;
    } else {
      status = withAnimals > 0 ? Status.PASS
          : unlisted > 0 ? Status.UNKNOWN : Status.FAIL;
    }
    return Outcome.of(status, () -> Evidence.of(
        "with animals: {with}; without animals: {without}; no characters listed: {unlisted}",
        "with", titles(used, source -> !source.cast().isEmpty() && source.featuresAnimals()),
        "without", titles(used, source -> !source.cast().isEmpty() && !source.featuresAnimals()),
        "unlisted", titles(used, source -> source.cast().isEmpty())));
  }

  private static List<String> titles(Set<Source> sources) {
    return titles(sources, source -> true);
  }

  private static List<String> titles(Set<Source> sources, Predicate<Source> filter) {
    List<String> titles = new ArrayList<>(sources.size());
    for (Source source : sources) {
      if (filter.test(source)) {
        titles.add(source.title());
      }
    }
    return titles;
  }
}
