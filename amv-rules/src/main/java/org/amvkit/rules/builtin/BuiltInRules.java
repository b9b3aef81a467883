package org.amvkit.rules.builtin;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.amvkit.core.Clip;
import org.amvkit.core.Medium;
import org.amvkit.core.Source;
import org.amvkit.core.Video;
import org.amvkit.rules.Evidence;
import org.amvkit.rules.Rule;
import org.amvkit.rules.Status;
import org.amvkit.rules.internal.Facts;
import org.amvkit.rules.internal.StatusRule;

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

  private static final Rule HAS_MUSIC_RULE = new BuiltIn(Kind.HAS_MUSIC, HAS_MUSIC,
      "a song or soundtrack plays in the background");
  private static final Rule HAS_SOURCE_RULE = new BuiltIn(Kind.HAS_SOURCE, HAS_SOURCE,
      "uses footage from at least one source");
  private static final Rule SINGLE_SOURCE_RULE = new BuiltIn(Kind.SINGLE_SOURCE, SINGLE_SOURCE,
      "uses footage from exactly one source");
  private static final Rule MULTIPLE_SOURCES_BY_TITLE = new BuiltIn(Kind.MULTIPLE_TITLES,
      MULTIPLE_SOURCES, "uses footage from more than one movie or series");
  private static final Rule MULTIPLE_SOURCES_BY_FRANCHISE = new BuiltIn(Kind.MULTIPLE_FRANCHISES,
      MULTIPLE_SOURCES, "uses footage from more than one franchise");
  private static final Rule ANIMATED_ONLY_RULE = new BuiltIn(Kind.ANIMATED_ONLY,
      ANIMATED_FOOTAGE_ONLY, "all footage is animated: anime, animated films or animated series");
  private static final Rule ANIME_ONLY_RULE = new BuiltIn(Kind.ANIME_ONLY, ANIME_FOOTAGE_ONLY,
      "all footage is anime");
  private static final Rule FEATURES_ANIMALS_EVERY = new BuiltIn(Kind.ANIMALS_IN_EVERY,
      FEATURES_ANIMALS, "every source features animal characters");
  private static final Rule FEATURES_ANIMALS_ANY = new BuiltIn(Kind.ANIMALS_IN_ANY,
      FEATURES_ANIMALS, "at least one source features animal characters");
  private static final Set<Medium> ANIMATED = EnumSet.of(Medium.ANIME, Medium.ANIMATION);
  private static final Set<Medium> ANIME = EnumSet.of(Medium.ANIME);

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

  private enum Kind {
    HAS_MUSIC, HAS_SOURCE, SINGLE_SOURCE, MULTIPLE_TITLES, MULTIPLE_FRANCHISES, ANIMATED_ONLY,
    ANIME_ONLY, ANIMALS_IN_EVERY, ANIMALS_IN_ANY
  }

  /**
   * The built-in rules, one class for all: the classifier asks them for a status, which reads the
   * video's precomputed facts and allocates nothing; their evidence is worked out only if asked.
   */
  private static final class BuiltIn extends StatusRule {

    private final Kind kind;

    BuiltIn(Kind kind, String id, String description) {
      super(id, description);
      this.kind = kind;
    }

    @Override
    public Status status(Video video) {
      switch (kind) {
        case HAS_MUSIC:
          return video.music().isEmpty() ? Status.FAIL : Status.PASS;
        case HAS_SOURCE:
          return video.usedSources().isEmpty() ? Status.FAIL : Status.PASS;
        case SINGLE_SOURCE:
          return video.usedSources().size() == 1 ? Status.PASS : Status.FAIL;
        case MULTIPLE_TITLES:
          return video.usedSources().size() >= 2 ? Status.PASS : Status.FAIL;
        case MULTIPLE_FRANCHISES:
          return franchises(video.usedSources()).size() >= 2 ? Status.PASS : Status.FAIL;
        case ANIMATED_ONLY:
          return footageOnly(video, video.isAllAnimated());
        case ANIME_ONLY:
          return animeOnly(video);
        case ANIMALS_IN_EVERY:
          return featuresAnimals(video, Quantifier.EVERY);
        default:
          return featuresAnimals(video, Quantifier.ANY);
      }
    }

    @Override
    public Status statusFrom(int facts) {
      boolean anySource = Facts.anySource(facts);
      switch (kind) {
        case HAS_MUSIC:
          return (facts & Facts.MUSIC) != 0 ? Status.PASS : Status.FAIL;
        case HAS_SOURCE:
          return anySource ? Status.PASS : Status.FAIL;
        case SINGLE_SOURCE:
          return (facts & Facts.ONE_SOURCE) != 0 ? Status.PASS : Status.FAIL;
        case MULTIPLE_TITLES:
          return (facts & Facts.SEVERAL_SOURCES) != 0 ? Status.PASS : Status.FAIL;
        case MULTIPLE_FRANCHISES:
          return (facts & Facts.SEVERAL_SOURCES) != 0 ? null : Status.FAIL;
        case ANIMATED_ONLY:
          return !anySource ? Status.UNKNOWN
              : (facts & Facts.ALL_ANIMATED) != 0 ? Status.PASS : Status.FAIL;
        case ANIME_ONLY:
          // without overlapping clips the sources decide, as animeOnly(video) does
          return !anySource ? Status.UNKNOWN
              : (facts & Facts.ALL_ANIME) != 0 ? Status.PASS
              : (facts & Facts.OVERLAPPING_CLIPS) == 0 ? Status.FAIL : null;
        default:
          return !anySource ? Status.UNKNOWN : null;   // the sources' characters decide
      }
    }

    @Override
    public Evidence evidence(Video video, Status status) {
      switch (kind) {
        case HAS_MUSIC:
          return hasMusicEvidence(video);
        case HAS_SOURCE:
          return hasSourceEvidence(video);
        case SINGLE_SOURCE:
        case MULTIPLE_TITLES:
          return countEvidence(video, CountBy.TITLE);
        case MULTIPLE_FRANCHISES:
          return countEvidence(video, CountBy.FRANCHISE);
        case ANIMATED_ONLY:
          return footageEvidence(video, status, ANIMATED, "animated");
        case ANIME_ONLY:
          if (status == Status.PASS && !video.isAllAnime()) {
            return Evidence.of("anime fills all of the footage; the clips of {others} lie wholly"
                + " under anime clips", "others",
                titles(video.usedSources(), source -> source.medium() != Medium.ANIME));
          }
          return footageEvidence(video, status, ANIME, "anime");
        default:
          return featuresAnimalsEvidence(video);
      }
    }
  }

  private static Evidence hasMusicEvidence(Video video) {
    if (video.music().isEmpty()) {
      return Evidence.of("no music is credited");
    }
    return Evidence.of("set to {music}", "music",
        video.music().stream().map(music -> "\"" + music.title() + "\" by " + music.artist())
            .toList());
  }

  private static Evidence hasSourceEvidence(Video video) {
    if (video.usedSources().isEmpty()) {
      return Evidence.of("no source is named");
    }
    return Evidence.of("uses {sources}", "sources", titles(video.usedSources()));
  }

  /** The distinct sources (or franchises) counted, and which they are. */
  private static Evidence countEvidence(Video video, CountBy countBy) {
    Set<Source> used = video.usedSources();
    int count = countBy == CountBy.TITLE ? used.size() : franchises(used).size();
    String unit = countBy == CountBy.TITLE ? "source" : "franchise";
    return Evidence.of("uses {count} distinct " + unit + (count == 1 ? "" : "s") + ": {sources}",
        "count", count,
        "sources", countBy == CountBy.TITLE ? titles(used) : List.copyOf(franchises(used).values()));
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
   * Anime only: from the precomputed facts when every source is anime or no clips overlap (then
   * all of every clip is on screen, so the sources decide: the common cases, read without
   * allocating); else through the footage share where a timeline places every source — a non-anime
   * clip lying wholly under anime ones shows no non-anime footage; else from the sources.
   */
  private static Status animeOnly(Video video) {
    if (video.isAllAnime() || !video.hasOverlappingClips() || showsNonAnimeFootage(video)
        || !ContestRules.unplaced(video).isEmpty()) {
      return footageOnly(video, video.isAllAnime());
    }
    Status measured = ContestRules.footageShare(video, ANIME, org.amvkit.core.timeline.Share.ONE,
        ContestRules.Measure.FOOTAGE).status();
    return measured == Status.PASS ? Status.PASS : Status.FAIL;
  }

  /**
   * A cheap, allocation-free proof that some non-anime footage is on screen: a non-anime clip
   * starts at a moment no anime clip covers. When it says false the footage share decides.
   */
  private static boolean showsNonAnimeFootage(Video video) {
    List<Clip> clips = video.clips();
    for (int i = 0; i < clips.size(); i++) {
      Clip clip = clips.get(i);
      if (clip.source().medium() != Medium.ANIME && !coveredByAnime(clips, clip.start())) {
        return true;
      }
    }
    return false;
  }

  private static boolean coveredByAnime(List<Clip> clips, java.time.Duration moment) {
    for (int i = 0; i < clips.size(); i++) {
      Clip clip = clips.get(i);
      if (clip.source().medium() == Medium.ANIME && clip.start().compareTo(moment) <= 0
          && clip.end().compareTo(moment) > 0) {
        return true;
      }
    }
    return false;
  }

  /** {@code all} is the video's precomputed answer. */
  private static Status footageOnly(Video video, boolean all) {
    if (video.usedSources().isEmpty()) {
      return Status.UNKNOWN;
    }
    return all ? Status.PASS : Status.FAIL;
  }

  private static Evidence footageEvidence(Video video, Status status, Set<Medium> media,
      String adjective) {
    Set<Source> used = video.usedSources();
    if (used.isEmpty()) {
      return Evidence.of("no source is named, so the footage is not known");
    }
    if (status == Status.PASS) {
      return Evidence.of("every source is " + adjective + ": {sources}", "sources", titles(used));
    }
    List<String> others = titles(used, source -> !media.contains(source.medium()));
    if (video.clips().isEmpty()) {
      return Evidence.of("not " + adjective + ": {others}", "others", others);
    }
    Set<Medium> otherMedia = EnumSet.complementOf(EnumSet.copyOf(media));
    return Evidence.of("not " + adjective + ": {others}, {share} of the video",
        "others", others, "share", video.timeline().share(otherMedia).toString());
  }

  /**
   * Every source: the first source listing characters, none an animal, fails it. Any source: the
   * first source with an animal passes it. Otherwise a source listing no characters leaves it
   * unknown.
   */
  private static Status featuresAnimals(Video video, Quantifier quantifier) {
    Set<Source> used = video.usedSources();
    if (used.isEmpty()) {
      return Status.UNKNOWN;
    }
    boolean unlisted = false;
    for (Source source : used) {
      // featuresAnimals() is a field; only a source without animals needs its cast looked at
      if (source.featuresAnimals()) {
        if (quantifier == Quantifier.ANY) {
          return Status.PASS;
        }
      } else if (source.cast().isEmpty()) {
        unlisted = true;
      } else if (quantifier == Quantifier.EVERY) {
        return Status.FAIL;
      }
    }
    if (unlisted) {
      return Status.UNKNOWN;
    }
    return quantifier == Quantifier.EVERY ? Status.PASS : Status.FAIL;
  }

  private static Evidence featuresAnimalsEvidence(Video video) {
    Set<Source> used = video.usedSources();
    if (used.isEmpty()) {
      return Evidence.of("no source is named, so its characters are not known");
    }
    return Evidence.of(
        "with animals: {with}; without animals: {without}; no characters listed: {unlisted}",
        "with", titles(used, source -> !source.cast().isEmpty() && source.featuresAnimals()),
        "without", titles(used, source -> !source.cast().isEmpty() && !source.featuresAnimals()),
        "unlisted", titles(used, source -> source.cast().isEmpty()));
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
