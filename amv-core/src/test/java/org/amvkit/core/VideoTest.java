/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core;

import static org.amvkit.core.Fixtures.BALTO;
import static org.amvkit.core.Fixtures.BOLT;
import static org.amvkit.core.Fixtures.WHITE_FANG;
import static org.amvkit.core.Fixtures.WOLF_CHILDREN;
import static org.amvkit.core.Fixtures.WOLFS_RAIN;
import static org.amvkit.core.Fixtures.seconds;
import static org.amvkit.core.Fixtures.video;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.amvkit.core.timeline.Share;
import org.amvkit.core.timeline.Timeline;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A video is checked as a whole when built, and computes the facts rules read most. */
class VideoTest {

  private static final Duration RUNNING_TIME = Duration.parse("PT3M41S");

  @Nested
  class Validation {

    @Test
    void video_with_a_blank_id_is_rejected_and_named_without_an_id() {
      // when
      InvalidValueException thrown =
          catchThrowableOfType(InvalidValueException.class, () -> video("  ").build());

      // then
      assertThat(thrown).hasMessage("video: id is blank");
      assertThat(thrown.problems()).containsExactly(Problem.of("id", "video: id is blank"));
    }

    @Test
    void video_with_a_blank_title_is_rejected() {
      // when
      InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class,
          () -> video("v-7").title(" \t").build());

      // then
      assertThat(thrown).hasMessage("video v-7: title is blank");
      assertThat(thrown.problems())
          .containsExactly(Problem.of("title", "video v-7: title is blank"));
    }

    @Test
    void video_of_zero_duration_is_rejected() {
      // when
      InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class,
          () -> video("v-7").duration(Duration.ZERO).build());

      // then
      assertThat(thrown).hasMessage("video v-7: duration is zero");
      assertThat(thrown.problems())
          .containsExactly(Problem.of("duration", "video v-7: duration is zero"));
    }

    @Test
    void video_of_negative_duration_is_rejected_quoting_the_duration() {
      // when
      InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class,
          () -> video("v-7").duration(seconds(-5)).build());

      // then
      assertThat(thrown).hasMessage("video v-7: duration PT-5S is negative");
      assertThat(thrown.problems())
          .containsExactly(Problem.of("duration", "video v-7: duration PT-5S is negative"));
    }

    @Test
    void video_without_a_creator_is_rejected() {
      // when
      InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class,
          () -> Video.builder().id("v-7").title("Run Free").duration(RUNNING_TIME).build());

      // then
      assertThat(thrown).hasMessage("video v-7: has no creator");
      assertThat(thrown.problems())
          .containsExactly(Problem.of("creators", "video v-7: has no creator"));
    }

    @Test
    void clip_ending_after_the_video_is_rejected_counting_clips_from_one_and_fields_from_zero() {
      // given
      Clip first = Clip.of(BALTO, Duration.ZERO, Duration.ofMinutes(1));
      Clip second = Clip.of(BOLT, Duration.ofMinutes(3), Duration.parse("PT4M10S"));

      // when
      InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class,
          () -> video("v-7").addClips(first, second).build());

      // then
      assertThat(thrown)
          .hasMessage("video v-7: clip 2 ends at PT4M10S, after the video's duration PT3M41S");
      assertThat(thrown.problems()).containsExactly(Problem.of("clips[1].end",
          "video v-7: clip 2 ends at PT4M10S, after the video's duration PT3M41S"));
    }

    @Test
    void clip_ending_exactly_at_the_end_of_the_video_is_accepted() {
      // when
      Video video = video("v-7").addClips(Clip.of(BALTO, Duration.ZERO, RUNNING_TIME)).build();

      // then
      assertThat(Timeline.of(video).coverage()).isEqualTo(Share.ONE);
    }

    @Test
    void music_playing_past_the_end_of_the_video_is_rejected() {
      // given
      Music song = Music.builder().title("Run").artist("Some Band")
          .position(Interval.of(Duration.ZERO, Duration.ofMinutes(4))).build();

      // when
      InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class,
          () -> video("v-7").addMusic(song).build());

      // then
      assertThat(thrown)
          .hasMessage("video v-7: music 1 ends at PT4M, after the video's duration PT3M41S");
      assertThat(thrown.problems()).containsExactly(Problem.of("music[0].position",
          "video v-7: music 1 ends at PT4M, after the video's duration PT3M41S"));
    }

    @Test
    void two_different_declared_sources_under_one_id_are_rejected() {
      // given
      Source baltoSequel = Source.of("balto", "Balto II: Wolf Quest", Medium.ANIMATION);

      // when
      InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class,
          () -> video("v-7").addSources(BALTO, baltoSequel).build());

      // then
      assertThat(thrown).hasMessage("video v-7: source id \"balto\" names two different sources");
      assertThat(thrown.problems()).containsExactly(
          Problem.of("sources[1]", "video v-7: source id \"balto\" names two different sources"));
    }

    @Test
    void clip_source_differing_from_the_declared_source_of_its_id_is_rejected_at_the_clip() {
      // given
      Source baltoSequel = Source.of("balto", "Balto II: Wolf Quest", Medium.ANIMATION);

      // when
      InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class,
          () -> video("v-7").addSources(BALTO)
              .addClips(Clip.of(baltoSequel, Duration.ZERO, seconds(5))).build());

      // then
      assertThat(thrown.problems()).containsExactly(Problem.of("clips[0].source",
          "video v-7: source id \"balto\" names two different sources"));
    }

    @Test
    void the_same_source_declared_and_clipped_is_not_two_sources() {
      // when
      Video video = video("v-7").addSources(BALTO, BALTO)
          .addClips(Clip.of(BALTO, Duration.ZERO, seconds(5))).build();

      // then
      assertThat(video.usedSources()).containsExactly(BALTO);
    }

    @Test
    void blank_tag_is_rejected() {
      // when
      InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class,
          () -> video("v-7").addTags("dogs", " ").build());

      // then
      assertThat(thrown.problems())
          .containsExactly(Problem.of("tags", "video v-7: a tag is blank"));
    }

    @Test
    void every_problem_of_a_video_is_reported_at_once_in_one_exception() {
      // given
      Video.Builder builder = Video.builder()
          .id("v-7")
          .title("")
          .duration(Duration.ZERO)
          .addClips(Clip.of(BALTO, Duration.ZERO, seconds(10)))
          .addTags(" ");

      // when
      InvalidValueException thrown =
          catchThrowableOfType(InvalidValueException.class, builder::build);

      // then
      assertThat(thrown).hasMessage("5 problems: "
          + "video v-7: title is blank; "
          + "video v-7: duration is zero; "
          + "video v-7: has no creator; "
          + "video v-7: clip 1 ends at PT10S, after the video's duration PT0S; "
          + "video v-7: a tag is blank");
      assertThat(thrown.problems()).extracting(Problem::field)
          .containsExactly("title", "duration", "creators", "clips[0].end", "tags");
    }
  }

  @Nested
  class DerivedFacts {

    @Test
    void used_sources_are_the_declared_and_clipped_sources_distinct_and_ordered_by_id() {
      // given
      Video video = video("v-7")
          .addSources(WOLF_CHILDREN, BALTO)
          .addClips(Clip.of(BOLT, Duration.ZERO, seconds(10)),
              Clip.of(BALTO, seconds(10), seconds(20)),
              Clip.of(BOLT, seconds(20), seconds(30)))
          .build();

      // when / then
      assertThat(video.usedSources()).containsExactly(BALTO, BOLT, WOLF_CHILDREN);
    }

    @Test
    void video_of_animation_and_anime_is_all_animated_but_not_all_anime() {
      // when
      Video video = video("v-7").addSources(BALTO, WOLF_CHILDREN).build();

      // then
      assertThat(video.isAllAnimated()).isTrue();
      assertThat(video.isAllAnime()).isFalse();
    }

    @Test
    void video_of_anime_only_is_all_anime_and_all_animated() {
      // when
      Video video = video("v-7").addSources(WOLF_CHILDREN)
          .addClips(Clip.of(WOLFS_RAIN, Duration.ZERO, seconds(3))).build();

      // then
      assertThat(video.isAllAnime()).isTrue();
      assertThat(video.isAllAnimated()).isTrue();
    }

    @Test
    void one_live_action_clip_makes_a_video_neither_all_animated_nor_all_anime() {
      // when
      Video video = video("v-7").addSources(WOLF_CHILDREN)
          .addClips(Clip.of(WHITE_FANG, Duration.ZERO, seconds(3))).build();

      // then
      assertThat(video.isAllAnimated()).isFalse();
      assertThat(video.isAllAnime()).isFalse();
    }

    @Test
    void video_without_known_sources_is_neither_all_animated_nor_all_anime() {
      // when
      Video video = video("v-7").build();

      // then
      assertThat(video.usedSources()).isEmpty();
      assertThat(video.isAllAnimated()).isFalse();
      assertThat(video.isAllAnime()).isFalse();
    }

    @Test
    void clips_laid_end_to_end_do_not_overlap() {
      // when
      Video video = video("v-7").addClips(Clip.of(BALTO, Duration.ZERO, seconds(10)),
          Clip.of(BOLT, seconds(10), seconds(20)), Clip.of(BALTO, seconds(25), seconds(30)))
          .build();

      // then
      assertThat(video.hasOverlappingClips()).isFalse();
    }

    @Test
    void a_clip_starting_before_the_one_before_it_ends_overlaps_it() {
      // when
      Video video = video("v-7").addClips(Clip.of(BALTO, Duration.ZERO, seconds(10)),
          Clip.of(WHITE_FANG, seconds(9), seconds(12))).build();

      // then
      assertThat(video.hasOverlappingClips()).isTrue();
    }

    @Test
    void a_clip_lying_under_a_long_clip_listed_two_clips_before_overlaps_it() {
      // when
      Video video = video("v-7").addClips(Clip.of(BALTO, Duration.ZERO, seconds(30)),
          Clip.of(BOLT, seconds(5), seconds(6)), Clip.of(WHITE_FANG, seconds(20), seconds(21)))
          .build();

      // then
      assertThat(video.hasOverlappingClips()).isTrue();
    }

    @Test
    void clips_listed_out_of_time_order_overlap_only_where_they_share_a_moment() {
      // when
      Video apart = video("v-7").addClips(Clip.of(BOLT, seconds(20), seconds(30)),
          Clip.of(BALTO, Duration.ZERO, seconds(20))).build();
      Video layered = video("v-8").addClips(Clip.of(BOLT, seconds(20), seconds(30)),
          Clip.of(BALTO, Duration.ZERO, seconds(21))).build();

      // then
      assertThat(apart.hasOverlappingClips()).isFalse();
      assertThat(layered.hasOverlappingClips()).isTrue();
    }

    @Test
    void video_without_clips_has_no_overlapping_clips() {
      // when
      Video video = video("v-7").addSources(BALTO).build();

      // then
      assertThat(video.hasOverlappingClips()).isFalse();
    }

    @Test
    void video_by_one_creator_is_not_a_collaboration() {
      // when
      Video video = video("v-7").build();

      // then
      assertThat(video.isCollaboration()).isFalse();
    }

    @Test
    void video_by_two_creators_is_a_collaboration() {
      // when
      Video video = video("v-7").addCreators(Creator.of("FoxFan", "BR")).build();

      // then
      assertThat(video.isCollaboration()).isTrue();
    }

    @Test
    void countries_are_those_of_the_creators_distinct_and_sorted_skipping_unknown_ones() {
      // when
      Video video = video("v-7")
          .addCreators(Creator.of("FoxFan", "BR"), Creator.of("Anon"), Creator.of("Tulip", "nl"))
          .build();

      // then
      assertThat(video.countries()).containsExactly("BR", "NL");
    }

    @Test
    void content_flag_is_true_or_false_when_known_and_empty_when_unknown() {
      // when
      Video video = video("v-7")
          .putFlags(ContentFlag.WATERMARK, true)
          .putFlags(ContentFlag.SUBTITLES, false)
          .build();

      // then
      assertThat(video.flag(ContentFlag.WATERMARK)).contains(true);
      assertThat(video.flag(ContentFlag.SUBTITLES)).contains(false);
      assertThat(video.flag(ContentFlag.CREDITS)).isEmpty();
    }

    @Test
    void awards_not_given_are_not_recorded_and_an_empty_list_records_that_it_won_none() {
      // when
      Video unrecorded = video("v-7").build();
      Video none = video("v-7").awards(List.of()).build();

      // then
      assertThat(unrecorded.awards()).isEmpty();
      assertThat(none.awards()).contains(List.of());
      assertThat(none).isNotEqualTo(unrecorded);
    }

    @Test
    void awards_are_kept_in_the_order_given() {
      // given
      Award drama = Award.of("Otakon 2010 AMV Contest", "Drama", Year.of(2010));
      Award best =
          Award.of("AnimeNEXT 2011 AMV Contest", "Best in Show", LocalDate.of(2011, 6, 12));

      // when
      Video video = video("v-7").awards(List.of(drama, best)).build();

      // then
      assertThat(video.awards()).contains(List.of(drama, best));
    }

    @Test
    void awards_are_copied_so_that_changing_the_list_given_changes_nothing() {
      // given
      Award drama = Award.of("Otakon 2010 AMV Contest", "Drama", Year.of(2010));
      List<Award> given = new ArrayList<>(List.of(drama));

      // when
      Video video = video("v-7").awards(given).build();
      given.add(Award.of("AnimeNEXT 2011 AMV Contest", Year.of(2011)));

      // then
      List<Award> awards = video.awards().orElseThrow();
      assertThat(awards).containsExactly(drama);
      assertThatThrownBy(() -> awards.add(drama)).isInstanceOf(UnsupportedOperationException.class);
      assertThat(Video.builder().from(video).build().awards().orElseThrow()).isSameAs(awards);
    }

    @Test
    void a_null_award_is_named() {
      // given
      List<Award> given = new ArrayList<>();
      given.add(null);

      // then
      assertThatThrownBy(() -> video("v-7").awards(given).build())
          .isInstanceOf(NullPointerException.class).hasMessage("awards element");
    }

    @Test
    void timeline_lays_the_clips_on_the_running_time() {
      // given
      Video video = video("v-7")
          .duration(seconds(60))
          .addClips(Clip.of(WOLF_CHILDREN, Duration.ZERO, seconds(45)),
              Clip.of(BALTO, seconds(45), seconds(60)))
          .build();

      // when / then
      assertThat(Timeline.of(video).length()).isEqualTo(seconds(60));
      assertThat(Timeline.of(video).coverage()).isEqualTo(Share.ONE);
      assertThat(Timeline.of(video).share(java.util.EnumSet.of(Medium.ANIME)))
          .isEqualTo(Share.of(3, 4));
    }

    @Test
    void copy_from_a_video_is_equal_to_it() {
      // given
      Video video = video("v-7")
          .addSources(BALTO)
          .addClips(Clip.of(BOLT, Duration.ZERO, seconds(5)))
          .addMusic(Music.of("Run", "Some Band"))
          .addSoftware(EditingSoftware.SONY_VEGAS)
          .dedication(Dedication.birthday("FoxFan"))
          .addStyles(Style.ACTION)
          .putFlags(ContentFlag.CREDITS, true)
          .awards(List.of(Award.of("Otakon 2010 AMV Contest", Year.of(2010))))
          .addTags("dogs")
          .build();

      // when
      Video copy = Video.builder().from(video).build();

      // then
      assertThat(copy).isEqualTo(video).hasSameHashCodeAs(video);
      assertThat(copy.usedSources()).isEqualTo(video.usedSources());
    }
  }
}
