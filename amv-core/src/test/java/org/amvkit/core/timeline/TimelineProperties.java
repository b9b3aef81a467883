/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple;
import org.amvkit.core.Clip;
import org.amvkit.core.Generators;
import org.amvkit.core.Interval;
import org.amvkit.core.Medium;
import org.amvkit.core.Source;

/**
 * The measures of a timeline, stated for every timeline of whole-second clips: shares are exact
 * fractions in [0, 1], overlaps count once, and media that never overlap add up to the coverage.
 */
class TimelineProperties {

  @Provide
  Arbitrary<Timeline> timelines() {
    return Generators.durations().flatMap(length ->
        Generators.clips(length, Generators.POOL).list().ofMaxSize(10)
            .map(clips -> Timeline.of(length, clips)));
  }

  /** A timeline and a clip that fits on it. */
  @Provide
  Arbitrary<Tuple2<Timeline, Clip>> timelinesWithAnExtraClip() {
    return timelines().flatMap(timeline ->
        Generators.clips(timeline.length(), Generators.POOL).map(clip -> Tuple.of(timeline, clip)));
  }

  /**
   * Timelines cut into stretches at random points; each stretch is empty or holds one to three
   * (possibly overlapping) clips of one medium, so clips of different media never overlap.
   */
  @Provide
  Arbitrary<Timeline> timelinesWhoseMediaNeverOverlap() {
    return Combinators.combine(Generators.durations(),
            Arbitraries.longs().between(1, 239).set().ofMaxSize(6))
        .flatAs((length, cuts) -> {
          List<Long> points = new ArrayList<>();
          points.add(0L);
          cuts.stream().filter(cut -> cut < length.toSeconds()).sorted().forEach(points::add);
          points.add(length.toSeconds());
          List<Arbitrary<List<Clip>>> stretches = new ArrayList<>();
          for (int i = 0; i + 1 < points.size(); i++) {
            stretches.add(stretch(points.get(i), points.get(i + 1)));
          }
          return Combinators.combine(stretches).as(lists -> Timeline.of(length,
              lists.stream().flatMap(List::stream).toList()));
        });
  }

  private static Arbitrary<List<Clip>> stretch(long from, long to) {
    Arbitrary<List<Clip>> filled = Arbitraries.of(Medium.class).flatMap(medium ->
        Generators.clips(from, to, sourcesOf(medium)).list().ofMinSize(1).ofMaxSize(3));
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(List.<Clip>of())),
        Tuple.of(4, filled));
  }

  private static List<Source> sourcesOf(Medium medium) {
    return Generators.POOL.stream().filter(source -> source.medium().orElse(null) == medium).toList();
  }

  @Provide
  Arbitrary<Set<Medium>> media() {
    return Arbitraries.subsetOf(Medium.values()).map(set ->
        set.isEmpty() ? EnumSet.noneOf(Medium.class) : EnumSet.copyOf(set));
  }

  @Property(tries = 200)
  void every_share_is_between_zero_and_one(@ForAll("timelines") Timeline timeline,
      @ForAll("media") Set<Medium> media) {
    // given
    List<Share> shares = new ArrayList<>(timeline.sharesByMedium().values());
    shares.add(timeline.coverage());
    shares.add(timeline.share(media));
    shares.add(timeline.shareOfFootage(media));

    // then
    assertThat(shares).allSatisfy(share -> {
      assertThat(share).isBetween(Share.ZERO, Share.ONE);
      assertThat(share.numerator()).isNotNegative().isLessThanOrEqualTo(share.denominator());
      assertThat(share.denominator()).isPositive();
    });
  }

  @Property(tries = 200)
  void each_medium_share_is_at_most_the_coverage_which_is_at_most_the_sum_of_media_shares(
      @ForAll("timelines") Timeline timeline) {
    // given
    Share coverage = timeline.coverage();
    Collection<Share> shares = timeline.sharesByMedium().values();

    // then
    assertThat(shares).allSatisfy(share -> assertThat(share).isLessThanOrEqualTo(coverage));
    assertThat(compare(coverage, sum(shares))).isLessThanOrEqualTo(0);
  }

  @Property(tries = 200)
  void shares_per_medium_sum_exactly_to_the_coverage_when_clips_of_different_media_never_overlap(
      @ForAll("timelinesWhoseMediaNeverOverlap") Timeline timeline) {
    // when
    BigInteger[] sum = sum(timeline.sharesByMedium().values());

    // then
    assertThat(compare(timeline.coverage(), sum)).isZero();
  }

  @Property(tries = 200)
  void adding_a_clip_never_lowers_the_covered_time(
      @ForAll("timelinesWithAnExtraClip") Tuple2<Timeline, Clip> timelineAndClip) {
    // given
    Timeline timeline = timelineAndClip.get1();
    List<Clip> clips = new ArrayList<>(timeline.clips());
    clips.add(timelineAndClip.get2());

    // when
    Timeline more = Timeline.of(timeline.length(), clips);

    // then
    assertThat(more.covered()).isGreaterThanOrEqualTo(timeline.covered())
        .isGreaterThanOrEqualTo(timelineAndClip.get2().length());
    assertThat(more.coverage()).isGreaterThanOrEqualTo(timeline.coverage());
    for (Medium medium : Medium.values()) {
      assertThat(more.footage(EnumSet.of(medium)))
          .isGreaterThanOrEqualTo(timeline.footage(EnumSet.of(medium)));
    }
  }

  @Property(tries = 200)
  void covered_time_is_the_number_of_seconds_some_clip_covers(
      @ForAll("timelines") Timeline timeline) {
    // given: clips lie on whole seconds, so a second is covered if a clip contains all of it
    long coveredSeconds = 0;
    for (long second = 0; second < timeline.length().toSeconds(); second++) {
      Duration start = Duration.ofSeconds(second);
      Duration end = start.plusSeconds(1);
      if (timeline.clips().stream().anyMatch(clip -> clip.start().compareTo(start) <= 0
          && clip.end().compareTo(end) >= 0)) {
        coveredSeconds++;
      }
    }

    // then
    assertThat(timeline.covered()).isEqualTo(Duration.ofSeconds(coveredSeconds));
  }

  @Property(tries = 200)
  void gaps_and_covered_time_add_up_to_the_running_time_and_gaps_are_sorted_and_apart(
      @ForAll("timelines") Timeline timeline) {
    // given
    List<Interval> gaps = timeline.gaps();

    // then
    Duration gapTime = gaps.stream().map(Interval::length).reduce(Duration.ZERO, Duration::plus);
    assertThat(gapTime.plus(timeline.covered())).isEqualTo(timeline.length());
    assertThat(gaps).allSatisfy(gap -> assertThat(gap.length()).isPositive());
    for (int i = 0; i + 1 < gaps.size(); i++) {
      assertThat(gaps.get(i).end()).isLessThan(gaps.get(i + 1).start());
    }
  }

  @Property(tries = 200)
  void union_is_sorted_disjoint_and_covers_the_same_time(@ForAll("timelines") Timeline timeline) {
    // given
    List<Interval> intervals = timeline.clips().stream().map(Clip::interval).toList();

    // when
    List<Interval> union = Interval.union(intervals);

    // then
    for (int i = 0; i + 1 < union.size(); i++) {
      assertThat(union.get(i).end()).isLessThan(union.get(i + 1).start());
    }
    assertThat(Interval.coveredBy(union)).isEqualTo(Interval.coveredBy(intervals));
    assertThat(intervals).allSatisfy(interval -> assertThat(union).anySatisfy(merged -> {
      assertThat(merged.start()).isLessThanOrEqualTo(interval.start());
      assertThat(merged.end()).isGreaterThanOrEqualTo(interval.end());
    }));
  }

  /** The exact sum of shares, as {numerator, denominator}. */
  private static BigInteger[] sum(Collection<Share> shares) {
    BigInteger numerator = BigInteger.ZERO;
    BigInteger denominator = BigInteger.ONE;
    for (Share share : shares) {
      BigInteger d = BigInteger.valueOf(share.denominator());
      numerator = numerator.multiply(d)
          .add(BigInteger.valueOf(share.numerator()).multiply(denominator));
      denominator = denominator.multiply(d);
    }
    return new BigInteger[] {numerator, denominator};
  }

  /** Compares a share with a fraction {numerator, denominator} exactly. */
  private static int compare(Share share, BigInteger[] fraction) {
    return BigInteger.valueOf(share.numerator()).multiply(fraction[1])
        .compareTo(fraction[0].multiply(BigInteger.valueOf(share.denominator())));
  }
}
