/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.amvkit.core.Award;
import org.amvkit.core.Clip;
import org.amvkit.core.Creator;
import org.amvkit.core.Interval;
import org.amvkit.core.Medium;
import org.amvkit.core.Music;
import org.amvkit.core.Source;
import org.amvkit.core.Video;
import org.amvkit.core.timeline.Share;
import org.amvkit.core.timeline.Timeline;
import org.amvkit.rules.Outcome;
import org.amvkit.rules.Rule;
import org.amvkit.rules.Status;
import org.amvkit.rules.builtin.ContestRules.Measure;

/** Properties of the contest rules: order, overlaps, thresholds and cut-offs. */
class ContestRulesProperties {

  private static final Duration LENGTH = Duration.ofMinutes(2);
  private static final List<Source> SOURCES = List.of(
      Source.of("akira", "Akira", Medium.ANIME),
      Source.of("wolfs-rain", "Wolf's Rain", Medium.ANIME),
      Source.of("balto", "Balto", Medium.ANIMATION),
      Source.of("eight-below", "Eight Below", Medium.LIVE_ACTION),
      Source.of("okami", "Okami", Medium.VIDEO_GAME));

  @Provide
  Arbitrary<Clip> clips() {
    return Combinators.combine(Arbitraries.of(SOURCES), Arbitraries.integers().between(0, 110),
            Arbitraries.integers().between(1, 40))
        .as((source, start, length) -> Clip.of(source, Duration.ofSeconds(start),
            Duration.ofSeconds(Math.min(start + length, 120))));
  }

  @Provide
  Arbitrary<Video> timelines() {
    return clips().list().ofMinSize(1).ofMaxSize(8).map(clips -> Video.builder()
        .id("v-1").title("Generated").duration(LENGTH).addCreators(Creator.of("SnowPaw"))
        .addAllClips(clips).build());
  }

  @Provide
  Arbitrary<Video> scoredVideos() {
    return Combinators.combine(Arbitraries.integers().between(0, 110),
            Arbitraries.integers().between(1, 120), Arbitraries.integers().between(0, 3))
        .as((start, length, pieces) -> {
          Video.Builder video = Video.builder().id("v-1").title("Generated").duration(LENGTH)
              .addCreators(Creator.of("SnowPaw"));
          for (int i = 0; i < pieces; i++) {
            int from = (start + 30 * i) % 110;
            video.addMusic(Music.builder().title("Song " + i).artist("Band")
                .position(Interval.of(Duration.ofSeconds(from),
                    Duration.ofSeconds(Math.min(from + length, 120)))).build());
          }
          return video.build();
        });
  }

  @Provide
  Arbitrary<Set<Medium>> media() {
    return Arbitraries.of(Medium.class).set().ofMinSize(1).map(EnumSet::copyOf);
  }

  @Provide
  Arbitrary<Share> shares() {
    return Arbitraries.integers().between(0, 100).map(percent -> Share.of(percent, 100));
  }

  @Provide
  Arbitrary<Measure> measures() {
    return Arbitraries.of(Measure.class);
  }

  @Property(tries = 200)
  void footage_share_does_not_depend_on_the_order_of_clips(@ForAll("timelines") Video video,
      @ForAll("media") Set<Medium> media, @ForAll("shares") Share min,
      @ForAll("measures") Measure measure, @ForAll Random random) {
    // given
    List<Clip> shuffled = new ArrayList<>(video.clips());
    Collections.shuffle(shuffled, random);
    Video reordered = Video.builder().from(video).clips(shuffled).build();
    Rule rule = ContestRules.footageShare(media, min, measure);

    // when
    Outcome before = rule.evaluate(video);
    Outcome after = rule.evaluate(reordered);

    // then
    assertThat(after.status()).isEqualTo(before.status());
    assertThat(after.explain()).isEqualTo(before.explain());
  }

  @Property(tries = 200)
  void a_clip_layered_twice_is_counted_once(@ForAll("timelines") Video video,
      @ForAll("media") Set<Medium> media, @ForAll("shares") Share min,
      @ForAll("measures") Measure measure) {
    // given: every clip twice, as if laid on two tracks
    Video layered = Video.builder().from(video).addAllClips(video.clips()).build();
    Rule rule = ContestRules.footageShare(media, min, measure);

    // then
    assertThat(rule.evaluate(layered).explain()).isEqualTo(rule.evaluate(video).explain());
  }

  @Property(tries = 200)
  void the_share_of_every_medium_is_the_coverage_never_more(@ForAll("timelines") Video video) {
    // given
    Set<Medium> all = EnumSet.allOf(Medium.class);

    // then
    assertThat(Timeline.of(video).share(all)).isEqualTo(Timeline.of(video).coverage());
    assertThat(ContestRules.footageShare(all, Share.ONE, Measure.FOOTAGE).evaluate(video)
        .status()).isEqualTo(Status.PASS);
  }

  @Property(tries = 200)
  void raising_the_footage_threshold_never_turns_a_fail_into_a_pass(
      @ForAll("timelines") Video video, @ForAll("media") Set<Medium> media,
      @ForAll("shares") Share a, @ForAll("shares") Share b, @ForAll("measures") Measure measure) {
    // given
    Share lower = a.compareTo(b) <= 0 ? a : b;
    Share higher = a.compareTo(b) <= 0 ? b : a;

    // when
    Status atLower = ContestRules.footageShare(media, lower, measure).evaluate(video).status();
    Status atHigher = ContestRules.footageShare(media, higher, measure).evaluate(video).status();

    // then
    if (atLower == Status.FAIL) {
      assertThat(atHigher).isEqualTo(Status.FAIL);
    }
  }

  @Property(tries = 200)
  void raising_the_music_threshold_never_turns_a_fail_into_a_pass(
      @ForAll("scoredVideos") Video video, @ForAll("shares") Share a, @ForAll("shares") Share b) {
    // given
    Share lower = a.compareTo(b) <= 0 ? a : b;
    Share higher = a.compareTo(b) <= 0 ? b : a;

    // when
    Status atLower = ContestRules.musicCoverage(lower).evaluate(video).status();
    Status atHigher = ContestRules.musicCoverage(higher).evaluate(video).status();

    // then
    if (atLower == Status.FAIL) {
      assertThat(atHigher).isEqualTo(Status.FAIL);
    }
    if (atHigher == Status.PASS) {
      assertThat(atLower).isEqualTo(Status.PASS);
    }
  }

  // ---------------------------------------------------------------- no-earlier-award

  /** How good an outcome is for an entry: a fail, then not knowing, then a pass. */
  private static int rank(Status status) {
    return switch (status) {
      case FAIL -> 0;
      case UNKNOWN, ERROR -> 1;
      case PASS -> 2;
    };
  }

  /** Days of 2024 to 2027, so that awards and cut-offs often share a year. */
  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.integers().between(0, 4 * 365).map(day -> LocalDate.of(2024, 1, 1)
        .plusDays(day));
  }

  /** Awards won on a day, or in a year with the day not recorded. */
  @Provide
  Arbitrary<Award> awards() {
    return Combinators.combine(days(), Arbitraries.of(true, false))
        .as((day, dated) -> dated ? Award.of("Howl-o-Con AMV Contest", "Drama", day)
            : Award.of("Howl-o-Con AMV Contest", "Drama", Year.from(day)));
  }

  /** Videos whose awards are recorded: none, or some. */
  @Provide
  Arbitrary<Video> awardedVideos() {
    return awards().list().ofMaxSize(4).map(awards -> Video.builder().id("v-1")
        .title("Generated").duration(LENGTH).addCreators(Creator.of("SnowPaw")).awards(awards)
        .build());
  }

  @Property(tries = 300)
  void adding_an_award_never_turns_a_fail_into_a_pass(@ForAll("awardedVideos") Video video,
      @ForAll("awards") Award award, @ForAll("days") LocalDate before) {
    // given
    List<Award> more = new ArrayList<>(video.awards().orElseThrow());
    more.add(award);
    Video moreAwarded = Video.builder().from(video).awards(more).build();

    // then: with or without a cut-off, the entry is never better off for winning more
    for (Rule rule : List.of(ContestRules.noEarlierAward(), ContestRules.noEarlierAward(before))) {
      assertThat(rank(rule.evaluate(moreAwarded).status()))
          .isLessThanOrEqualTo(rank(rule.evaluate(video).status()));
    }
  }

  @Property(tries = 300)
  void a_later_cut_off_never_turns_a_fail_into_a_pass(@ForAll("awardedVideos") Video video,
      @ForAll("days") LocalDate a, @ForAll("days") LocalDate b) {
    // given
    LocalDate earlier = a.isBefore(b) ? a : b;
    LocalDate later = a.isBefore(b) ? b : a;

    // when
    Status atEarlier = ContestRules.noEarlierAward(earlier).evaluate(video).status();
    Status atLater = ContestRules.noEarlierAward(later).evaluate(video).status();
    Status always = ContestRules.noEarlierAward().evaluate(video).status();
    Statistics.collect(atEarlier, atLater);

    // then: every award counts without a cut-off, as if it were after them all
    assertThat(rank(atLater)).isLessThanOrEqualTo(rank(atEarlier));
    assertThat(rank(always)).isLessThanOrEqualTo(rank(atLater));
  }
}
