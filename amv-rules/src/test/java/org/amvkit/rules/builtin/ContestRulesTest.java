/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.builtin;

import static org.amvkit.rules.Fixtures.AKIRA;
import static org.amvkit.rules.Fixtures.BALTO;
import static org.amvkit.rules.Fixtures.EIGHT_BELOW;
import static org.amvkit.rules.Fixtures.POP_SONG;
import static org.amvkit.rules.Fixtures.WOLFS_RAIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.amvkit.core.Award;
import org.amvkit.core.Clip;
import org.amvkit.core.ContentFlag;
import org.amvkit.core.Creator;
import org.amvkit.core.Interval;
import org.amvkit.core.Medium;
import org.amvkit.core.Music;
import org.amvkit.core.Video;
import org.amvkit.core.timeline.Share;
import org.amvkit.rules.Outcome;
import org.amvkit.rules.Rule;
import org.amvkit.rules.Status;
import org.amvkit.rules.builtin.ContestRules.Measure;
import org.amvkit.rules.registry.RuleRegistry;
import org.amvkit.rules.spi.ParameterException;
import org.junit.jupiter.api.Test;

class ContestRulesTest {

  private static final Rule WINDOW =
      ContestRules.durationBetween(Duration.parse("PT1M15S"), Duration.ofMinutes(6));
  private static final Rule THREE_QUARTERS_ANIME =
      ContestRules.footageShare(EnumSet.of(Medium.ANIME), Share.parse("0.75"));

  private static Video.Builder video(Duration duration) {
    return Video.builder().id("v-1").title("Entry").duration(duration)
        .addCreators(Creator.of("SnowPaw", "NL"));
  }

  private static Clip clip(org.amvkit.core.Source source, long from, long to) {
    return Clip.of(source, Duration.ofSeconds(from), Duration.ofSeconds(to));
  }

  private static Music song(long from, long to) {
    return Music.builder().from(POP_SONG)
        .position(Interval.of(Duration.ofSeconds(from), Duration.ofSeconds(to))).build();
  }

  @Test
  void a_video_of_exactly_the_maximum_duration_passes() {
    // given
    Video video = video(Duration.ofMinutes(6)).build();

    // when
    Outcome outcome = WINDOW.evaluate(video);

    // then
    assertThat(outcome).returns(Status.PASS, Outcome::status)
        .returns("lasts 6:00, within 1:15 to 6:00", Outcome::explain);
  }

  @Test
  void one_second_over_the_maximum_fails() {
    assertThat(WINDOW.evaluate(video(Duration.parse("PT6M1S")).build()))
        .returns(Status.FAIL, Outcome::status)
        .returns("lasts 6:01, longer than the maximum 6:00", Outcome::explain);
  }

  @Test
  void exactly_the_minimum_passes_and_just_under_it_fails() {
    assertThat(WINDOW.evaluate(video(Duration.parse("PT1M15S")).build()))
        .returns(Status.PASS, Outcome::status);
    assertThat(WINDOW.evaluate(video(Duration.parse("PT1M14.5S")).build()))
        .returns(Status.FAIL, Outcome::status)
        .returns("lasts 1:14.5, shorter than the minimum 1:15", Outcome::explain);
  }

  @Test
  void a_window_may_be_open_at_either_end() {
    // given: trailers at most 3:30; no video under 30 seconds
    Rule trailers = ContestRules.durationBetween(null, Duration.parse("PT3M30S"));
    Rule notTooShort = ContestRules.durationBetween(Duration.ofSeconds(30), null);

    // then
    assertThat(trailers.description()).isEqualTo("lasts at most 3:30");
    assertThat(trailers.evaluate(video(Duration.parse("PT3M30S")).build()))
        .returns(Status.PASS, Outcome::status)
        .returns("lasts 3:30, at most 3:30", Outcome::explain);
    assertThat(notTooShort.evaluate(video(Duration.ofHours(1).plusSeconds(3)).build()))
        .returns(Status.PASS, Outcome::status)
        .returns("lasts 1:00:03, at least 0:30", Outcome::explain);
  }

  @Test
  void an_impossible_window_is_refused() {
    assertThatThrownBy(() -> ContestRules.durationBetween(Duration.ofMinutes(6),
        Duration.ofMinutes(5))).hasMessage("max PT5M is shorter than min PT6M");
    assertThatThrownBy(() -> ContestRules.durationBetween(null, null))
        .hasMessage("give a minimum, a maximum or both");
  }

  @Test
  void a_share_of_exactly_the_minimum_passes() {
    // given: 45 s of anime in a 60 s video
    Video video = video(Duration.ofSeconds(60))
        .addClips(clip(WOLFS_RAIN, 0, 45), clip(BALTO, 45, 60)).build();

    // when
    Outcome outcome = THREE_QUARTERS_ANIME.evaluate(video);

    // then
    assertThat(outcome).returns(Status.PASS, Outcome::status)
        .returns("anime fills 75% of the running time, at least 75%", Outcome::explain);
  }

  @Test
  void a_share_just_under_the_minimum_fails() {
    // given: 44.999 s of anime in a 60 s video
    Video video = video(Duration.ofSeconds(60))
        .addClips(Clip.of(WOLFS_RAIN, Duration.ZERO, Duration.ofMillis(44_999)),
            Clip.of(BALTO, Duration.ofMillis(44_999), Duration.ofSeconds(60))).build();

    // then
    assertThat(THREE_QUARTERS_ANIME.evaluate(video)).returns(Status.FAIL, Outcome::status)
        .returns("anime fills 75% of the running time, less than 75%", Outcome::explain);
  }

  @Test
  void gaps_count_against_a_share_of_the_running_time_but_not_of_the_footage() {
    // given: 40 s of anime and 20 s of nothing (a black intro) in a 60 s video
    Video video = video(Duration.ofSeconds(60)).addClips(clip(AKIRA, 20, 60)).build();
    Rule ofFootage = ContestRules.footageShare(EnumSet.of(Medium.ANIME), Share.parse("75%"),
        Measure.FOOTAGE);

    // then
    assertThat(THREE_QUARTERS_ANIME.evaluate(video)).returns(Status.FAIL, Outcome::status)
        .returns("anime fills 66.67% of the running time, less than 75%", Outcome::explain);
    assertThat(ofFootage.evaluate(video)).returns(Status.PASS, Outcome::status)
        .returns("anime fills 100% of the footage, at least 75%", Outcome::explain);
  }

  @Test
  void several_media_count_together_and_overlaps_count_once() {
    // given: anime 0-40 and western animation 30-50 overlap; live action 50-60
    Video video = video(Duration.ofSeconds(60))
        .addClips(clip(AKIRA, 0, 40), clip(BALTO, 30, 50), clip(EIGHT_BELOW, 50, 60)).build();
    Rule animated = ContestRules.footageShare(EnumSet.of(Medium.ANIME, Medium.ANIMATION),
        Share.parse("80%"));

    // then
    assertThat(animated.evaluate(video)).returns(Status.PASS, Outcome::status)
        .returns("anime or animation fills 83.33% of the running time, at least 80%",
            Outcome::explain);
  }

  @Test
  void footage_share_is_unknown_without_a_clip_timeline() {
    // given
    Video video = video(Duration.ofMinutes(3)).addSources(WOLFS_RAIN).build();

    // then
    assertThat(THREE_QUARTERS_ANIME.evaluate(video)).returns(Status.UNKNOWN, Outcome::status)
        .returns("the clip timeline is missing, so the share of anime footage cannot be measured",
            Outcome::explain);
  }

  @Test
  void footage_share_is_unknown_when_a_named_source_has_no_clip() {
    // given: the timeline is all anime, but Eight Below is named and placed nowhere
    Video video = video(Duration.ofSeconds(60)).addSources(EIGHT_BELOW)
        .addClips(clip(AKIRA, 0, 60)).build();

    // then
    assertThat(THREE_QUARTERS_ANIME.evaluate(video)).returns(Status.UNKNOWN, Outcome::status)
        .returns("the clip timeline does not place Eight Below, so the share of anime footage"
            + " cannot be measured (the clips give 100% of the running time)", Outcome::explain);
  }

  @Test
  void music_covering_exactly_the_minimum_passes() {
    // given: music over 45 of 60 seconds, in two overlapping pieces
    Video video = video(Duration.ofSeconds(60)).addMusic(song(0, 30), song(20, 45)).build();

    // then
    assertThat(ContestRules.musicCoverage(Share.parse("75%")).evaluate(video))
        .returns(Status.PASS, Outcome::status)
        .returns("music plays during 75% of the video, at least 75%", Outcome::explain);
    assertThat(ContestRules.musicCoverage(Share.parse("76%")).evaluate(video))
        .returns(Status.FAIL, Outcome::status)
        .returns("music plays during 75% of the video, less than 76%", Outcome::explain);
  }

  @Test
  void music_coverage_is_unknown_without_positions() {
    Rule rule = ContestRules.musicCoverage(Share.parse("75%"));
    assertThat(rule.evaluate(video(Duration.ofSeconds(60)).addMusic(POP_SONG).build()))
        .returns(Status.UNKNOWN, Outcome::status)
        .returns("no music has a position, so how much of the video is set to music is not known",
            Outcome::explain);
    assertThat(rule.evaluate(video(Duration.ofSeconds(60)).build()))
        .returns(Status.UNKNOWN, Outcome::status)
        .returns("no music is credited, so how much of the video is set to music is not known",
            Outcome::explain);
  }

  @Test
  void music_coverage_short_of_the_minimum_is_unknown_while_some_music_has_no_position() {
    // given
    Video video = video(Duration.ofSeconds(60)).addMusic(song(0, 30), POP_SONG).build();

    // then
    assertThat(ContestRules.musicCoverage(Share.parse("75%")).evaluate(video))
        .returns(Status.UNKNOWN, Outcome::status)
        .returns("music with a position plays during 50% of the"
            + " video, less than 75%, and \"Run\" has no position", Outcome::explain);
  }

  @Test
  void a_premiere_on_the_cut_off_date_is_allowed_and_the_day_before_is_not() {
    // given
    Rule rule = ContestRules.premieredAfter(LocalDate.of(2024, 1, 1));

    // then
    assertThat(rule.evaluate(video(Duration.ofMinutes(3)).published(LocalDate.of(2024, 1, 1))
        .build())).returns(Status.PASS, Outcome::status)
        .returns("first shown on 2024-01-01, not before 2024-01-01", Outcome::explain);
    assertThat(rule.evaluate(video(Duration.ofMinutes(3)).published(LocalDate.of(2023, 12, 31))
        .build())).returns(Status.FAIL, Outcome::status)
        .returns("first shown on 2023-12-31, before 2024-01-01", Outcome::explain);
    assertThat(rule.evaluate(video(Duration.ofMinutes(3)).build()))
        .returns(Status.UNKNOWN, Outcome::status)
        .returns("the date it was first shown publicly is not known", Outcome::explain);
  }

  @Test
  void a_banned_flag_fails_when_true_passes_when_false_and_is_unknown_when_absent() {
    // given
    Rule rule = ContestRules.noFlag(ContentFlag.WATERMARK);

    // then
    assertThat(rule.evaluate(video(Duration.ofMinutes(3)).putFlags(ContentFlag.WATERMARK, true)
        .build())).returns(Status.FAIL, Outcome::status)
        .returns("has a watermark", Outcome::explain);
    assertThat(rule.evaluate(video(Duration.ofMinutes(3)).putFlags(ContentFlag.WATERMARK, false)
        .build())).returns(Status.PASS, Outcome::status)
        .returns("has no watermark", Outcome::explain);
    assertThat(rule.evaluate(video(Duration.ofMinutes(3)).build()))
        .returns(Status.UNKNOWN, Outcome::status)
        .returns("whether it has a watermark is not recorded", Outcome::explain);
    assertThat(ContestRules.noFlag(ContentFlag.CREDITS).evaluate(video(Duration.ofMinutes(3))
        .putFlags(ContentFlag.CREDITS, true).build()))
        .returns("has an intro, credits or title cards", Outcome::explain);
  }

  private static final Award OTAKON_2010 = Award.of("Otakon 2010 AMV Contest", "Drama",
      Year.of(2010));
  private static final Award ANIMENEXT_2011 = Award.of("AnimeNEXT 2011 AMV Contest",
      LocalDate.of(2011, 6, 12));

  private static Video awarded(Award... awards) {
    return video(Duration.ofMinutes(3)).awards(List.of(awards)).build();
  }

  @Test
  void no_earlier_award_passes_a_video_recorded_as_having_won_none_and_fails_a_winner() {
    // given
    Rule rule = ContestRules.noEarlierAward();

    // then
    assertThat(rule.evaluate(awarded())).returns(Status.PASS, Outcome::status)
        .returns("won no award", Outcome::explain);
    assertThat(rule.evaluate(awarded(OTAKON_2010))).returns(Status.FAIL, Outcome::status)
        .returns("won an award: Otakon 2010 AMV Contest (Drama, 2010)", Outcome::explain);
    assertThat(rule.evaluate(awarded(OTAKON_2010, ANIMENEXT_2011)))
        .returns(Status.FAIL, Outcome::status)
        .returns("won 2 awards: Otakon 2010 AMV Contest (Drama, 2010), AnimeNEXT 2011 AMV"
            + " Contest (2011-06-12)", Outcome::explain);
    assertThat(rule.id()).isEqualTo("no-earlier-award");
    assertThat(rule.description()).isEqualTo("has won no award");
  }

  @Test
  void no_earlier_award_is_unknown_when_the_awards_are_not_recorded() {
    assertThat(ContestRules.noEarlierAward().evaluate(video(Duration.ofMinutes(3)).build()))
        .returns(Status.UNKNOWN, Outcome::status)
        .returns("whether it won an award is not recorded", Outcome::explain);
    assertThat(ContestRules.noEarlierAward(LocalDate.of(2026, 7, 3))
        .evaluate(video(Duration.ofMinutes(3)).build()))
        .returns(Status.UNKNOWN, Outcome::status)
        .returns("whether it won an award is not recorded", Outcome::explain);
  }

  @Test
  void an_award_won_the_day_before_the_cut_off_counts_and_one_won_on_it_does_not() {
    // given: this year's contest starts on 2026-07-03
    Rule rule = ContestRules.noEarlierAward(LocalDate.of(2026, 7, 3));
    Award dayBefore = Award.of("Howl-o-Con 2026 Preshow", "Drama", LocalDate.of(2026, 7, 2));
    Award onTheDay = Award.of("Howl-o-Con 2026 AMV Contest", "Drama", LocalDate.of(2026, 7, 3));

    // then
    assertThat(rule.evaluate(awarded(dayBefore))).returns(Status.FAIL, Outcome::status)
        .returns("won an award before 2026-07-03: Howl-o-Con 2026 Preshow (Drama, 2026-07-02)",
            Outcome::explain);
    assertThat(rule.evaluate(awarded(onTheDay))).returns(Status.PASS, Outcome::status)
        .returns("won no award before 2026-07-03; later: Howl-o-Con 2026 AMV Contest"
            + " (Drama, 2026-07-03)", Outcome::explain);
    assertThat(rule.evaluate(awarded())).returns(Status.PASS, Outcome::status)
        .returns("won no award before 2026-07-03", Outcome::explain);
    assertThat(rule.description()).isEqualTo("has won no award before 2026-07-03");
  }

  @Test
  void an_award_of_an_earlier_edition_counts_and_one_of_a_later_edition_does_not() {
    // given
    Rule rule = ContestRules.noEarlierAward(LocalDate.of(2026, 7, 3));
    Award earlierEdition = Award.of("Howl-o-Con 2025 AMV Contest", "Drama", Year.of(2025));
    Award laterEdition = Award.of("Howl-o-Con 2027 AMV Contest", "Drama", Year.of(2027));

    // then
    assertThat(rule.evaluate(awarded(earlierEdition, laterEdition)))
        .returns(Status.FAIL, Outcome::status)
        .returns("won an award before 2026-07-03: Howl-o-Con 2025 AMV Contest (Drama,"
            + " 2025)", Outcome::explain);
    assertThat(rule.evaluate(awarded(laterEdition))).returns(Status.PASS, Outcome::status)
        .returns("won no award before 2026-07-03; later: Howl-o-Con 2027 AMV Contest"
            + " (Drama, 2027)", Outcome::explain);
  }

  @Test
  void an_award_known_by_its_year_alone_is_unknown_in_the_year_of_the_cut_off() {
    // given: only the year of the spring award is recorded
    Award spring = Award.of("Spring Fest 2026 AMV Contest", Year.of(2026));

    // then: the cut-off falls inside 2026, except on its first day
    assertThat(ContestRules.noEarlierAward(LocalDate.of(2026, 7, 3)).evaluate(awarded(spring)))
        .returns(Status.UNKNOWN, Outcome::status)
        .returns("only the year of Spring Fest 2026 AMV Contest"
            + " (2026) is recorded, so whether it was won before 2026-07-03 is not known",
            Outcome::explain);
    assertThat(ContestRules.noEarlierAward(LocalDate.of(2026, 1, 1)).evaluate(awarded(spring)))
        .returns(Status.PASS, Outcome::status);
    assertThat(ContestRules.noEarlierAward(LocalDate.of(2027, 1, 1)).evaluate(awarded(spring)))
        .returns(Status.FAIL, Outcome::status);
    assertThat(ContestRules.noEarlierAward(LocalDate.of(2026, 12, 31)).evaluate(awarded(spring,
        Award.of("Autumn Fest 2026 AMV Contest", Year.of(2026)))))
        .returns(Status.UNKNOWN, Outcome::status)
        .returns("only the years of Spring Fest 2026 AMV Contest"
            + " (2026), Autumn Fest 2026 AMV Contest (2026) are recorded, so whether they were won"
            + " before 2026-12-31 is not known", Outcome::explain);
  }

  @Test
  void an_award_known_to_be_earlier_decides_though_another_is_known_by_its_year_alone() {
    assertThat(ContestRules.noEarlierAward(LocalDate.of(2026, 7, 3)).evaluate(awarded(
            Award.of("Spring Fest 2026 AMV Contest", Year.of(2026)), OTAKON_2010)))
        .returns(Status.FAIL, Outcome::status)
        .returns("won an award before 2026-07-03: Otakon 2010 AMV"
            + " Contest (Drama, 2010)", Outcome::explain);
  }

  @Test
  void no_earlier_award_evidence_names_the_awards_as_facts() {
    // when
    Outcome outcome = ContestRules.noEarlierAward(LocalDate.of(2026, 7, 3))
        .evaluate(awarded(OTAKON_2010));

    // then
    assertThat(outcome.evidence().facts()).containsExactly(
        Map.entry("awards", List.of("Otakon 2010 AMV Contest (Drama, 2010)")),
        Map.entry("before", "2026-07-03"));
    assertThat(ContestRules.noEarlierAward().evaluate(awarded()).evidence().facts())
        .containsExactly(Map.entry("awards", List.of()));
  }

  @Test
  void no_earlier_award_is_made_from_json_like_parameters() {
    // given
    RuleRegistry registry = RuleRegistry.of();

    // when
    Rule any = registry.create("no-earlier-award");
    Rule beforeContest = registry.create("no-earlier-award", Map.of("before", "2026-07-03"));

    // then
    assertThat(any).isSameAs(ContestRules.noEarlierAward());
    assertThat(beforeContest.description()).isEqualTo("has won no award before 2026-07-03");
    assertThat(beforeContest.evaluate(awarded(Award.of("Howl-o-Con 2026 AMV Contest",
        LocalDate.of(2026, 7, 4))))).returns(Status.PASS, Outcome::status);
    assertThat(registry.ruleType("no-earlier-award").orElseThrow().toString())
        .isEqualTo("no-earlier-award(before: date (optional))");
    assertThatThrownBy(() -> registry.create("no-earlier-award", Map.of("before", "soon")))
        .isInstanceOf(ParameterException.class)
        .hasMessageStartingWith("before: \"soon\" is not");
  }

  @Test
  void anime_footage_only_measures_a_complete_timeline_and_ignores_gaps() {
    // given: anime from 5 s to 55 s of a 60 s video
    Video video = video(Duration.ofSeconds(60)).addMusic(POP_SONG)
        .addClips(clip(AKIRA, 5, 55)).build();

    // then
    assertThat(BuiltInRules.animeFootageOnly().evaluate(video))
        .returns(Status.PASS, Outcome::status)
        .returns("every source is anime: Akira", Outcome::explain);
  }

  @Test
  void anime_footage_only_passes_western_animation_hidden_under_anime_layers() {
    // given: a Balto clip wholly under an Akira clip
    Video video = video(Duration.ofSeconds(60)).addClips(clip(AKIRA, 0, 60), clip(BALTO, 10, 20))
        .build();

    // then
    assertThat(BuiltInRules.animeFootageOnly().evaluate(video))
        .returns(Status.PASS, Outcome::status)
        .returns("anime fills all of the footage; the clips of Balto lie wholly under anime"
            + " clips", Outcome::explain);
    assertThat(BuiltInRules.animeFootageOnly().id()).isEqualTo("anime-footage-only");
  }

  @Test
  void anime_footage_only_without_clips_is_still_derived_from_the_sources() {
    assertThat(BuiltInRules.animeFootageOnly().evaluate(video(Duration.ofMinutes(3))
        .addSources(AKIRA, WOLFS_RAIN).build()))
        .returns(Status.PASS, Outcome::status)
        .returns("every source is anime: Akira, Wolf's Rain", Outcome::explain);
  }

  @Test
  void the_contest_rules_are_made_from_json_like_parameters() {
    // given
    RuleRegistry registry = RuleRegistry.of();
    Video video = video(Duration.ofSeconds(60)).addClips(clip(WOLFS_RAIN, 0, 45),
        clip(BALTO, 45, 60)).build();

    // when
    Rule footage = registry.create("footage-share", Map.of("media", java.util.List.of("anime"),
        "min", new java.math.BigDecimal("0.75")));
    Rule window = registry.create("duration-between", Map.of("max", "PT3M30S"));

    // then
    assertThat(footage.evaluate(video)).returns(Status.PASS, Outcome::status);
    assertThat(window.description()).isEqualTo("lasts at most 3:30");
    assertThat(registry.create("no-flag", Map.of("flag", "subtitles")).description())
        .isEqualTo("has no subtitles or karaoke");
    assertThat(registry.ruleType("duration-between").orElseThrow().toString())
        .isEqualTo("duration-between(min: duration (optional), max: duration (optional))");
  }

  @Test
  void bad_contest_parameters_name_the_parameter() {
    RuleRegistry registry = RuleRegistry.of();
    assertThatThrownBy(() -> registry.create("duration-between", Map.of()))
        .isInstanceOf(ParameterException.class).hasMessage("give \"min\", \"max\" or both");
    assertThatThrownBy(() -> registry.create("duration-between",
        Map.of("min", "PT6M", "max", "PT5M")))
        .isInstanceOf(ParameterException.class).hasMessage("max: PT5M is shorter than min PT6M");
    assertThatThrownBy(() -> registry.create("footage-share",
        Map.of("media", "anime, cartoons", "min", "75%")))
        .isInstanceOf(ParameterException.class).hasMessage(
            "media: \"cartoons\" is not one of anime, animation, live-action, video-game, other");
    assertThatThrownBy(() -> registry.create("footage-share", Map.of("media", "", "min", "75%")))
        .isInstanceOf(ParameterException.class)
        .hasMessage("media: empty; name at least one medium");
    assertThatThrownBy(() -> registry.create("no-flag", Map.of("flag", "logo")))
        .isInstanceOf(ParameterException.class).hasMessage(
            "flag: \"logo\" is not a valid choice; expected one of: watermark, subtitles, credits");
  }
}
