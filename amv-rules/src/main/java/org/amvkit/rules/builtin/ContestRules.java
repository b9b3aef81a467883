/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.builtin;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.amvkit.core.ContentFlag;
import org.amvkit.core.Medium;
import org.amvkit.core.Video;
import org.amvkit.core.timeline.Share;
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

  // Each rule's description and evaluation live in a package-private class of its own
  // (DurationBetween, FootageShare, ...); these factories check the parameters and name the rule.
  private static final Rule NO_AWARD = noEarlierAwardBefore(null);

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
    DurationBetween window = new DurationBetween(min, max);
    return Rule.evaluating(DURATION_BETWEEN, window.description(), window::evaluate);
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
    FootageShare share = new FootageShare(media, min, measure);
    return Rule.evaluating(FOOTAGE_SHARE, share.description(), share::evaluate);
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
    MusicCoverage coverage = new MusicCoverage(min);
    return Rule.evaluating(MUSIC_COVERAGE, coverage.description(), coverage::evaluate);
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
    PremieredAfter cutOff = new PremieredAfter(date);
    return Rule.evaluating(PREMIERED_AFTER, cutOff.description(), cutOff::evaluate);
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
    NoFlag banned = new NoFlag(flag);
    return Rule.evaluating(NO_FLAG, banned.description(), banned::evaluate);
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
    return noEarlierAwardBefore(before);
  }

  /** {@code before} null: every award counts. */
  private static Rule noEarlierAwardBefore(LocalDate before) {
    NoEarlierAward awards = new NoEarlierAward(before);
    return Rule.evaluating(NO_EARLIER_AWARD, awards.description(), awards::evaluate);
  }
}
