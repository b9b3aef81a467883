/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core;

import static org.amvkit.core.Fixtures.BALTO;
import static org.amvkit.core.Fixtures.WOLFS_RAIN;
import static org.amvkit.core.Fixtures.seconds;
import static org.amvkit.core.Fixtures.video;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.Optional;
import org.amvkit.core.timeline.Timeline;
import org.junit.jupiter.api.Test;

/** A video whose duration, music, sources or a source's medium is not recorded. */
class NotRecordedVideoTest {

  private static final Source UNKNOWN_MEDIUM =
      Source.builder().id("tlk").title("The Lion King").build();

  @Test
  void without_a_duration_clips_and_music_may_end_anywhere() {
    // when
    Video video = video("v-1").duration(Optional.empty())
        .addClips(Clip.of(BALTO, seconds(0), Duration.ofHours(2))).build();

    // then
    assertThat(video.duration()).isEmpty();
    assertThat(Timeline.of(video).length()).isEqualTo(Duration.ofHours(2));
  }

  @Test
  void a_clip_ending_after_a_known_duration_is_still_rejected() {
    // when
    InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class,
        () -> video("v-1").duration(seconds(10))
            .addClips(Clip.of(BALTO, seconds(0), seconds(20))).build());

    // then
    assertThat(thrown).hasMessage(
        "video v-1: clip 1 ends at PT20S, after the video's duration PT10S");
  }

  @Test
  void a_negative_duration_is_still_rejected() {
    // when
    InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class,
        () -> video("v-1").duration(seconds(-3)).build());

    // then
    assertThat(thrown).hasMessage("video v-1: duration PT-3S is negative");
  }

  @Test
  void music_given_for_a_video_whose_music_is_not_recorded_is_rejected() {
    // when
    InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class,
        () -> video("v-1").musicRecorded(false).addMusic(Music.of("Run", "Band")).build());

    // then
    assertThat(thrown).hasMessage("video v-1: music is not recorded, yet 1 is given");
  }

  @Test
  void sources_given_for_a_video_whose_sources_are_not_recorded_are_rejected() {
    // when
    InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class,
        () -> video("v-1").sourcesRecorded(false).addSources(BALTO).build());

    // then
    assertThat(thrown).hasMessage(
        "video v-1: sources are not recorded, yet 1 sources and 0 clips are given");
  }

  @Test
  void music_and_sources_are_recorded_unless_said_otherwise() {
    // when
    Video video = video("v-1").build();

    // then
    assertThat(video.musicRecorded()).isTrue();
    assertThat(video.sourcesRecorded()).isTrue();
  }

  @Test
  void a_known_non_animated_source_decides_against_all_animated_whatever_the_unknown_ones() {
    // given
    Source liveAction = Source.of("wf", "White Fang", Medium.LIVE_ACTION);

    // when
    Video mixed = video("v-1").addSources(UNKNOWN_MEDIUM, liveAction).build();
    Video open = video("v-2").addSources(UNKNOWN_MEDIUM, WOLFS_RAIN).build();

    // then
    assertThat(mixed.mayBeAllAnimated()).isFalse();
    assertThat(mixed.mayBeAllAnime()).isFalse();
    assertThat(open.isAllAnimated()).isFalse();
    assertThat(open.mayBeAllAnimated()).isTrue();
    assertThat(open.mayBeAllAnime()).isTrue();
  }

  @Test
  void footage_of_unknown_medium_counts_for_no_medium() {
    // given
    Video video = video("v-1").duration(seconds(10))
        .addClips(Clip.of(UNKNOWN_MEDIUM, seconds(0), seconds(10))).build();

    // then
    assertThat(Timeline.of(video).sharesByMedium()).isEmpty();
    assertThat(Timeline.of(video).footage(java.util.EnumSet.allOf(Medium.class)))
        .isEqualTo(Duration.ZERO);
  }
}
