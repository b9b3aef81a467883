/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.timeline;

import static org.amvkit.core.Fixtures.BALTO;
import static org.amvkit.core.Fixtures.BOLT;
import static org.amvkit.core.Fixtures.WHITE_FANG;
import static org.amvkit.core.Fixtures.WOLF_CHILDREN;
import static org.amvkit.core.Fixtures.seconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.amvkit.core.Clip;
import org.amvkit.core.Interval;
import org.amvkit.core.Medium;
import org.amvkit.core.Source;
import org.junit.jupiter.api.Test;

/** A timeline measures how much of a video each medium and source fills, overlaps counted once. */
class TimelineTest {

  private static final Set<Medium> ANIME = EnumSet.of(Medium.ANIME);
  private static final Set<Medium> ANIMATED = EnumSet.of(Medium.ANIME, Medium.ANIMATION);

  private static Clip clip(Source source, long start, long end) {
    return Clip.of(source, seconds(start), seconds(end));
  }

  @Test
  void coverage_is_the_share_of_the_running_time_with_any_footage() {
    // given
    Timeline timeline = Timeline.of(seconds(60),
        List.of(clip(WOLF_CHILDREN, 0, 20), clip(BALTO, 30, 45)));

    // when / then
    assertThat(timeline.covered()).isEqualTo(seconds(35));
    assertThat(timeline.coverage()).isEqualTo(Share.of(35, 60));
  }

  @Test
  void share_of_a_medium_is_its_footage_over_the_running_time() {
    // given
    Timeline timeline = Timeline.of(seconds(60),
        List.of(clip(WOLF_CHILDREN, 0, 45), clip(WHITE_FANG, 45, 60)));

    // when / then
    assertThat(timeline.share(ANIME)).isEqualTo(Share.parse("75%"));
    assertThat(timeline.share(ANIME).isAtLeast(Share.parse("0.75"))).isTrue();
    assertThat(timeline.share(EnumSet.of(Medium.LIVE_ACTION))).isEqualTo(Share.of(1, 4));
    assertThat(timeline.share(EnumSet.of(Medium.VIDEO_GAME))).isEqualTo(Share.ZERO);
  }

  @Test
  void shares_by_medium_list_each_medium_that_has_a_clip_in_medium_order() {
    // given
    Timeline timeline = Timeline.of(seconds(60), List.of(clip(WHITE_FANG, 45, 60),
        clip(BALTO, 30, 45), clip(WOLF_CHILDREN, 0, 30)));

    // when / then
    assertThat(timeline.sharesByMedium()).containsExactly(
        entry(Medium.ANIME, Share.of(1, 2)),
        entry(Medium.ANIMATION, Share.of(1, 4)),
        entry(Medium.LIVE_ACTION, Share.of(1, 4)));
  }

  @Test
  void share_of_footage_ignores_time_without_footage() {
    // given: 30s anime, 10s live action, 20s black
    Timeline timeline = Timeline.of(seconds(60),
        List.of(clip(WOLF_CHILDREN, 0, 30), clip(WHITE_FANG, 40, 50)));

    // when / then
    assertThat(timeline.share(ANIME)).isEqualTo(Share.of(1, 2));
    assertThat(timeline.shareOfFootage(ANIME)).isEqualTo(Share.of(3, 4));
  }

  @Test
  void share_of_footage_of_a_timeline_without_clips_is_zero() {
    // given
    Timeline timeline = Timeline.of(seconds(60), List.of());

    // when / then
    assertThat(timeline.shareOfFootage(ANIME)).isEqualTo(Share.ZERO);
    assertThat(timeline.coverage()).isEqualTo(Share.ZERO);
    assertThat(timeline.sharesByMedium()).isEmpty();
  }

  @Test
  void gaps_are_the_stretches_no_clip_covers_sorted_and_disjoint() {
    // given
    Timeline timeline = Timeline.of(seconds(60), List.of(clip(BALTO, 40, 50),
        clip(BOLT, 5, 15), clip(BALTO, 10, 20), clip(BOLT, 20, 30)));

    // when / then
    assertThat(timeline.gaps()).containsExactly(
        Interval.of(seconds(0), seconds(5)),
        Interval.of(seconds(30), seconds(40)),
        Interval.of(seconds(50), seconds(60)));
  }

  @Test
  void fully_covered_timeline_has_no_gaps() {
    // given
    Timeline timeline = Timeline.of(seconds(60), List.of(clip(BALTO, 0, 60)));

    // when / then
    assertThat(timeline.gaps()).isEmpty();
    assertThat(timeline.coverage()).isEqualTo(Share.ONE);
  }

  @Test
  void timeline_without_clips_is_one_gap() {
    // when / then
    assertThat(Timeline.of(seconds(60), List.of()).gaps())
        .containsExactly(Interval.of(Duration.ZERO, seconds(60)));
  }

  @Test
  void overlapping_clips_of_the_same_source_are_counted_once() {
    // given: two layers of Balto over 10s-20s
    Timeline timeline = Timeline.of(seconds(60), List.of(clip(BALTO, 0, 20),
        clip(BALTO, 10, 30), clip(BOLT, 30, 40), clip(BOLT, 35, 40)));

    // when / then
    assertThat(timeline.footageBySource())
        .containsExactly(entry("balto", seconds(30)), entry("bolt", seconds(10)));
    assertThat(timeline.covered()).isEqualTo(seconds(40));
    assertThat(timeline.share(ANIMATED)).isEqualTo(Share.of(2, 3));
  }

  @Test
  void overlapping_clips_of_different_media_count_for_each_medium_but_once_for_coverage() {
    // given
    Timeline timeline = Timeline.of(seconds(60),
        List.of(clip(WOLF_CHILDREN, 0, 40), clip(WHITE_FANG, 20, 60)));

    // when / then
    assertThat(timeline.share(ANIME)).isEqualTo(Share.of(2, 3));
    assertThat(timeline.share(EnumSet.of(Medium.LIVE_ACTION))).isEqualTo(Share.of(2, 3));
    assertThat(timeline.coverage()).isEqualTo(Share.ONE);
  }

  @Test
  void footage_counts_only_the_sources_a_predicate_accepts() {
    // given
    Timeline timeline = Timeline.of(seconds(60),
        List.of(clip(BALTO, 0, 10), clip(BOLT, 5, 25), clip(WOLF_CHILDREN, 30, 40)));

    // when / then
    assertThat(timeline.footage(Source::featuresAnimals)).isEqualTo(seconds(25));
    assertThat(timeline.footage(ANIMATED)).isEqualTo(seconds(35));
  }

  @Test
  void timeline_of_negative_length_is_rejected() {
    // when / then
    assertThatIllegalArgumentException().isThrownBy(() -> Timeline.of(seconds(-1), List.of()))
        .withMessage("timeline length PT-1S is negative");
  }

  @Test
  void clip_ending_after_the_timeline_is_rejected_quoting_its_end_and_the_length() {
    // when / then
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Timeline.of(seconds(60), List.of(clip(BALTO, 50, 70))))
        .withMessage("clip ends at PT1M10S, after the timeline's length PT1M");
  }
}
