package org.amvkit.rules.builtin;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.amvkit.core.Award;
import org.amvkit.core.Clip;
import org.amvkit.core.ContentFlag;
import org.amvkit.core.Medium;
import org.amvkit.core.Music;
import org.amvkit.core.Source;
import org.amvkit.core.Video;
import org.amvkit.core.timeline.Interval;
import org.amvkit.core.timeline.Share;
import org.amvkit.core.timeline.Timeline;
import org.amvkit.rules.Evidence;
import org.amvkit.rules.Outcome;
import org.amvkit.rules.Rule;
import org.amvkit.rules.Status;

/**
 * The parameterised rules of convention contest rule sheets: a duration window, a minimum share of
 * some media, how much of the video is set to music, a premiere cut-off, banned content flags and
 * the exclusion of videos that won an award at an earlier contest.
 *
 * <pre>{@code
 * Rule window = ContestRules.durationBetween(Duration.parse("PT1M15S"), Duration.ofMinutes(6));
 * Rule anime = ContestRules.footageShare(EnumSet.of(Medium.ANIME), Share.parse("75%"));
 * Rule music = ContestRules.musicCoverage(Share.parse("75%"));
 * Rule fresh = ContestRules.premieredAfter(LocalDate.of(2024, 1, 1));
 * Rule clean = ContestRules.noFlag(ContentFlag.WATERMARK);
 * Rule newcomer = ContestRules.noEarlierAward(LocalDate.of(2026, 7, 3));
 * }</pre>
 *
 * <p>Every bound is inclusive: a video of exactly the maximum duration passes, a share of exactly
 * the minimum passes, a video first shown on the cut-off date passes, an award won on the award
 * cut-off date does not count against a video. Where the data a rule needs is missing — no clip
 * timeline, no music position, no publication date, a flag or the awards not recorded — the rule
 * answers {@link Status#UNKNOWN} and says what is missing; it never passes on a guess.
 *
 * <p>Each rule carries its type's id ({@value #DURATION_BETWEEN}, …) whatever its parameters. A
 * definition that needs the same kind of rule twice (two banned flags) renames one with
 * {@link Rule#named(String, String)}, or in JSON with {@code "id"} next to {@code "rule"}.
 */
public final class ContestRules {

  /** Id of {@link #durationBetween(Duration, Duration)}. */
  public static final String DURATION_BETWEEN = "duration-between";
  /** Id of {@link #footageShare(Set, Share)}. */
  public static final String FOOTAGE_SHARE = "footage-share";
  /** Id of {@link #musicCoverage(Share)}. */
  public static final String MUSIC_COVERAGE = "music-coverage";
  /** Id of {@link #premieredAfter(LocalDate)}. */
  public static final String PREMIERED_AFTER = "premiered-after";
  /** Id of {@link #noFlag(ContentFlag)}. */
  public static final String NO_FLAG = "no-flag";
  /** Id of {@link #noEarlierAward()} and {@link #noEarlierAward(LocalDate)}. */
  public static final String NO_EARLIER_AWARD = "no-earlier-award";

  private static final Rule NO_AWARD = Rule.evaluating(NO_EARLIER_AWARD, "has won no award",
      video -> noEarlierAward(video, null));

  private ContestRules() {}

  /** What {@link #footageShare(Set, Share, Measure)} measures the share of. */
  public enum Measure {
    /**
     * The running time: black frames, title cards and any other time without a clip count against
     * the share. "At least 75% of the video is anime."
     */
    DURATION,
    /**
     * The footage: only the time covered by some clip counts. "Of the footage used, at least 75%
     * is anime."
     */
    FOOTAGE
  }

  /**
   * {@value #DURATION_BETWEEN}: the video lasts at least {@code min} and at most {@code max}, both
   * inclusive. Either bound may be null, for a window open at that end.
   *
   * @param min  the shortest allowed, or null for no minimum
   * @param max  the longest allowed, or null for no maximum
   * @return the rule, not null
   * @throws IllegalArgumentException if both are null, either is negative, or {@code max} is
   *     shorter than {@code min}
   */
  public static Rule durationBetween(Duration min, Duration max) {
    if (min == null && max == null) {
      throw new IllegalArgumentException("give a minimum, a maximum or both");
    }
    if (min != null && min.isNegative()) {
      throw new IllegalArgumentException("min " + min + " is negative");
    }
    if (max != null && max.isNegative()) {
      throw new IllegalArgumentException("max " + max + " is negative");
    }
    if (min != null && max != null && max.compareTo(min) < 0) {
      throw new IllegalArgumentException("max " + max + " is shorter than min " + min);
    }
    String description = min == null ? "lasts at most " + clock(max)
        : max == null ? "lasts at least " + clock(min)
        : "lasts from " + clock(min) + " to " + clock(max);
    return Rule.evaluating(DURATION_BETWEEN, description, video -> duration(video, min, max));
  }

  /**
   * {@value #FOOTAGE_SHARE}: footage of the given media fills at least {@code min} of the video's
   * running time ({@link Measure#DURATION}).
   *
   * @param media  the media that count, such as anime alone or anime and animation, not empty
   * @param min  the smallest share that passes, not null
   * @return the rule, not null
   * @throws IllegalArgumentException if {@code media} is empty
   */
  public static Rule footageShare(Set<Medium> media, Share min) {
    return footageShare(media, min, Measure.DURATION);
  }

  /**
   * {@value #FOOTAGE_SHARE}: footage of the given media fills at least {@code min} of the video's
   * running time or of its footage. Measured on the clip timeline, overlapping clips counted once.
   * Unknown when the video lists no clips, or when it names a source that no clip places, since
   * that source's footage is then of unknown length.
   *
   * @param media  the media that count, not empty
   * @param min  the smallest share that passes, not null
   * @param measure  what the share is of, not null
   * @return the rule, not null
   * @throws IllegalArgumentException if {@code media} is empty
   */
  public static Rule footageShare(Set<Medium> media, Share min, Measure measure) {
    Objects.requireNonNull(media, "media");
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(measure, "measure");
    if (media.isEmpty()) {
      throw new IllegalArgumentException("media is empty; name at least one medium");
    }
    Set<Medium> counted = EnumSet.copyOf(media);
    String description = "at least " + min + " of the "
        + (measure == Measure.DURATION ? "running time" : "footage") + " is " + names(counted);
    return Rule.evaluating(FOOTAGE_SHARE, description,
        video -> footageShare(video, counted, min, measure));
  }

  /**
   * {@value #MUSIC_COVERAGE}: the music plays during at least {@code min} of the running time,
   * measured over the union of the music's positions. Unknown when no music has a position, and
   * when the music with a position covers too little but some music has none.
   *
   * @param min  the smallest share that passes, not null
   * @return the rule, not null
   */
  public static Rule musicCoverage(Share min) {
    Objects.requireNonNull(min, "min");
    return Rule.evaluating(MUSIC_COVERAGE, "at least " + min + " of the video is set to music",
        video -> musicCoverage(video, min));
  }

  /**
   * {@value #PREMIERED_AFTER}: the video was not shown publicly before {@code date}, so it passes
   * when it was first published on that date or later. Unknown when the publication date is not
   * known.
   *
   * @param date  the cut-off: the first day a premiere is allowed, not null
   * @return the rule, not null
   */
  public static Rule premieredAfter(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return Rule.evaluating(PREMIERED_AFTER, "not shown publicly before " + date,
        video -> premieredAfter(video, date));
  }

  /**
   * {@value #NO_FLAG}: the video does not have a banned feature. Passes when the flag is known to
   * be false, fails when it is true, and is unknown when it is not recorded.
   *
   * @param flag  the banned feature, not null
   * @return the rule, not null
   */
  public static Rule noFlag(ContentFlag flag) {
    Objects.requireNonNull(flag, "flag");
    return Rule.evaluating(NO_FLAG, "has no " + what(flag), video -> noFlag(video, flag));
  }

  /**
   * {@value #NO_EARLIER_AWARD}: the video has won no award, at any time. Passes when its awards
   * are recorded and there are none, fails naming the awards it won, and is unknown when its
   * {@linkplain Video#awards() awards are not recorded}.
   *
   * @return the rule, not null
   */
  public static Rule noEarlierAward() {
    return NO_AWARD;
  }

  /**
   * {@value #NO_EARLIER_AWARD}: the video won no award before {@code before}, such as the first
   * day of the contest, so that an award won at an earlier edition of the same contest counts and
   * one won at this edition or later does not. The date itself is not "before": an award won on
   * it does not count. Passes when the awards are recorded and none of them was won before the
   * date; fails naming those that were; unknown when the awards are not recorded, and when, with
   * no award known to be earlier, an award of which only the year is known may have been won
   * before the date or not (its year is the date's, and the date is not the 1st of January).
   *
   * @param before  the first day on which an award no longer counts, not null
   * @return the rule, not null
   */
  public static Rule noEarlierAward(LocalDate before) {
    Objects.requireNonNull(before, "before");
    return Rule.evaluating(NO_EARLIER_AWARD, "has won no award before " + before,
        video -> noEarlierAward(video, before));
  }

  private static Outcome duration(Video video, Duration min, Duration max) {
    Duration length = video.duration();
    if (min != null && length.compareTo(min) < 0) {
      return Outcome.fail(() -> Evidence.of("lasts {duration}, shorter than the minimum {min}",
          "duration", clock(length), "min", clock(min)));
    }
    if (max != null && length.compareTo(max) > 0) {
      return Outcome.fail(() -> Evidence.of("lasts {duration}, longer than the maximum {max}",
          "duration", clock(length), "max", clock(max)));
    }
    return Outcome.pass(() -> min == null
        ? Evidence.of("lasts {duration}, at most {max}", "duration", clock(length),
            "max", clock(max))
        : max == null
        ? Evidence.of("lasts {duration}, at least {min}", "duration", clock(length),
            "min", clock(min))
        : Evidence.of("lasts {duration}, within {min} to {max}", "duration", clock(length),
            "min", clock(min), "max", clock(max)));
  }

  /** The footage-share outcome; also the measure behind {@code anime-footage-only}. */
  static Outcome footageShare(Video video, Set<Medium> media, Share min, Measure measure) {
    String counted = names(media);
    if (video.clips().isEmpty()) {
      return Outcome.unknown("the clip timeline is missing, so the share of " + counted
          + " footage cannot be measured");
    }
    List<String> unplaced = unplaced(video);
    Timeline timeline = video.timeline();
    Share share = measure == Measure.DURATION ? timeline.share(media)
        : timeline.shareOfFootage(media);
    String of = measure == Measure.DURATION ? "the running time" : "the footage";
    if (!unplaced.isEmpty()) {
      return Outcome.unknown(() -> Evidence.of("the clip timeline does not place {unplaced}, so"
          + " the share of " + counted + " footage cannot be measured (the clips give {share} of "
          + of + ")", "unplaced", unplaced, "share", share.toString()));
    }
    if (share.isAtLeast(min)) {
      return Outcome.pass(() -> Evidence.of(counted + " fills {share} of " + of
          + ", at least {min}", "share", share.toString(), "min", min.toString()));
    }
    return Outcome.fail(() -> Evidence.of(counted + " fills {share} of " + of
        + ", less than {min}", "share", share.toString(), "min", min.toString()));
  }

  /** Titles of the used sources that no clip places on the timeline, by id. */
  static List<String> unplaced(Video video) {
    Set<String> placed = new TreeSet<>();
    for (Clip clip : video.clips()) {
      placed.add(clip.source().id());
    }
    List<String> titles = new ArrayList<>();
    for (Source source : video.usedSources()) {
      if (!placed.contains(source.id())) {
        titles.add(source.title());
      }
    }
    return titles;
  }

  private static Outcome musicCoverage(Video video, Share min) {
    List<Interval> positions = new ArrayList<>();
    List<String> unplaced = new ArrayList<>();
    for (Music music : video.music()) {
      Optional<Interval> position = music.position();
      if (position.isPresent()) {
        positions.add(position.get());
      } else {
        unplaced.add("\"" + music.title() + "\"");
      }
    }
    if (positions.isEmpty()) {
      return Outcome.unknown(video.music().isEmpty()
          ? "no music is credited, so how much of the video is set to music is not known"
          : "no music has a position, so how much of the video is set to music is not known");
    }
    Share share = Share.of(Interval.coveredBy(positions), video.duration());
    if (share.isAtLeast(min)) {
      return Outcome.pass(() -> Evidence.of("music plays during {share} of the video,"
          + " at least {min}", "share", share.toString(), "min", min.toString()));
    }
    if (!unplaced.isEmpty()) {
      return Outcome.unknown(() -> Evidence.of("music with a position plays during {share} of the"
          + " video, less than {min}, and {unplaced} has no position", "share", share.toString(),
          "min", min.toString(), "unplaced", unplaced));
    }
    return Outcome.fail(() -> Evidence.of("music plays during {share} of the video, less than"
        + " {min}", "share", share.toString(), "min", min.toString()));
  }

  private static Outcome premieredAfter(Video video, LocalDate date) {
    Optional<LocalDate> published = video.published();
    if (published.isEmpty()) {
      return Outcome.unknown("the date it was first shown publicly is not known");
    }
    LocalDate first = published.get();
    if (first.isBefore(date)) {
      return Outcome.fail(() -> Evidence.of("first shown on {published}, before {date}",
          "published", first.toString(), "date", date.toString()));
    }
    return Outcome.pass(() -> Evidence.of("first shown on {published}, not before {date}",
        "published", first.toString(), "date", date.toString()));
  }

  private static Outcome noFlag(Video video, ContentFlag flag) {
    Optional<Boolean> value = video.flag(flag);
    if (value.isEmpty()) {
      return Outcome.unknown("whether it has " + some(flag) + " is not recorded");
    }
    return value.get() ? Outcome.fail(Evidence.of("has " + some(flag)))
        : Outcome.pass(Evidence.of("has no " + what(flag)));
  }

  /** When an award was won, compared with a cut-off date. */
  private enum When { EARLIER, NOT_EARLIER, UNSURE }

  private static When when(Award award, LocalDate before) {
    if (before == null) {
      return When.EARLIER;
    }
    if (award.date().isPresent()) {
      return award.date().get().isBefore(before) ? When.EARLIER : When.NOT_EARLIER;
    }
    Year year = award.year();
    if (year.atMonth(12).atEndOfMonth().isBefore(before)) {
      return When.EARLIER;
    }
    return year.atDay(1).isBefore(before) ? When.UNSURE : When.NOT_EARLIER;
  }

  /** The no-earlier-award outcome; {@code before} null: every award counts. */
  private static Outcome noEarlierAward(Video video, LocalDate before) {
    Optional<List<Award>> recorded = video.awards();
    if (recorded.isEmpty()) {
      return Outcome.unknown("whether it won an award is not recorded");
    }
    List<Award> earlier = new ArrayList<>();
    List<Award> unsure = new ArrayList<>();
    List<Award> notEarlier = new ArrayList<>();
    for (Award award : recorded.get()) {
      switch (when(award, before)) {
        case EARLIER -> earlier.add(award);
        case UNSURE -> unsure.add(award);
        default -> notEarlier.add(award);
      }
    }
    String by = before == null ? "" : " before {before}";
    if (!earlier.isEmpty()) {
      return Outcome.fail(() -> awardEvidence("won " + (earlier.size() == 1 ? "an award"
          : earlier.size() + " awards") + by + ": {awards}", earlier, before));
    }
    if (!unsure.isEmpty()) {
      return Outcome.unknown(() -> awardEvidence(unsure.size() == 1
          ? "only the year of {awards} is recorded, so whether it was won before {before} is not"
              + " known"
          : "only the years of {awards} are recorded, so whether they were won before {before}"
              + " is not known", unsure, before));
    }
    return Outcome.pass(() -> notEarlier.isEmpty() ? awardEvidence("won no award" + by, List.of(),
        before) : awardEvidence("won no award before {before}; later: {later}", List.of(), before,
        "later", describe(notEarlier)));
  }

  /** Evidence with the awards that decided, the cut-off if there is one, and further facts. */
  private static Evidence awardEvidence(String template, List<Award> awards, LocalDate before,
      Object... more) {
    List<Object> facts = new ArrayList<>(List.of("awards", describe(awards)));
    if (before != null) {
      facts.addAll(List.of("before", before.toString()));
    }
    facts.addAll(List.of(more));
    return Evidence.of(template, facts.toArray());
  }

  /** {@code Otakon 2010 AMV Contest (Drama, 2010)}, {@code AnimeNEXT 2011 (2011-06-12)}. */
  private static List<String> describe(List<Award> awards) {
    List<String> described = new ArrayList<>(awards.size());
    for (Award award : awards) {
      String when = award.date().map(LocalDate::toString).orElse(award.year().toString());
      described.add(award.event() + " ("
          + award.category().map(category -> category + ", ").orElse("") + when + ")");
    }
    return described;
  }

  /** The banned feature after "has no". */
  private static String what(ContentFlag flag) {
    switch (flag) {
      case WATERMARK:
        return "watermark";
      case SUBTITLES:
        return "subtitles or karaoke";
      case CREDITS:
        return "intro, credits or title cards";
      default:
        throw new AssertionError(flag);
    }
  }

  /** The banned feature after "has". */
  private static String some(ContentFlag flag) {
    switch (flag) {
      case WATERMARK:
        return "a watermark";
      case CREDITS:
        return "an intro, credits or title cards";
      default:
        return what(flag);
    }
  }

  /** {@code anime}, {@code anime or animation}: the media's ids in declaration order. */
  static String names(Set<Medium> media) {
    return media.stream().map(Medium::id).collect(Collectors.joining(" or "));
  }

  /**
   * A duration as a clock reads it: {@code 6:00}, {@code 1:15}, {@code 1:02:03}, {@code 0:29.5}.
   */
  static String clock(Duration duration) {
    long seconds = duration.getSeconds();
    int nanos = duration.getNano();
    String clock = seconds >= 3600
        ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        : String.format("%d:%02d", seconds / 60, seconds % 60);
    if (nanos != 0) {
      clock += ("." + String.format("%09d", nanos)).replaceAll("0+$", "");
    }
    return clock;
  }
}
