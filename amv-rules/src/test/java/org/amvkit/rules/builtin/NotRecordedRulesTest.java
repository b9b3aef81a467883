/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.builtin;

import static org.amvkit.rules.Fixtures.AKIRA;
import static org.amvkit.rules.Fixtures.BALTO;
import static org.amvkit.rules.Fixtures.EIGHT_BELOW;
import static org.amvkit.rules.Fixtures.WOLFS_RAIN;
import static org.amvkit.rules.Fixtures.video;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import org.amvkit.core.CastMember;
import org.amvkit.core.Clip;
import org.amvkit.core.Medium;
import org.amvkit.core.Music;
import org.amvkit.core.Source;
import org.amvkit.core.Video;
import org.amvkit.core.timeline.Share;
import org.amvkit.rules.Outcome;
import org.amvkit.rules.Rule;
import org.amvkit.rules.Status;
import org.amvkit.rules.builtin.BuiltInRules.CountBy;
import org.amvkit.rules.builtin.ContestRules.Measure;
import org.junit.jupiter.api.Test;

/**
 * Every rule that needs a fact the catalogue did not record is UNKNOWN, and its evidence names the
 * fact; a fact that is recorded still decides.
 */
class NotRecordedRulesTest {

  /** A source known by its title alone. */
  private static final Source TITLE_ONLY = Source.builder().id("watership-down")
      .title("Watership Down").addCast(CastMember.of("Hazel", "rabbit")).build();

  private static Video withoutMusic() {
    return Video.builder().from(video("Quiet", BALTO)).music(java.util.List.of())
        .musicRecorded(false).build();
  }

  private static Video withoutSources() {
    return Video.builder().from(video("Nowhere")).sourcesRecorded(false).build();
  }

  private static Video withoutDuration(Video video) {
    return Video.builder().from(video).duration(Optional.empty()).build();
  }

  @Test
  void has_music_is_unknown_when_the_music_is_not_recorded() {
    Outcome outcome = BuiltInRules.hasMusic().evaluate(withoutMusic());

    assertThat(outcome.status()).isEqualTo(Status.UNKNOWN);
    assertThat(outcome.explain()).isEqualTo("the video's music is not recorded");
  }

  @Test
  void has_music_still_fails_when_the_video_is_recorded_as_set_to_none() {
    Video silent = Video.builder().from(video("Quiet", BALTO)).music(java.util.List.of()).build();

    assertThat(BuiltInRules.hasMusic().evaluate(silent).status()).isEqualTo(Status.FAIL);
  }

  @Test
  void every_rule_that_counts_sources_is_unknown_when_the_sources_are_not_recorded() {
    for (Rule rule : java.util.List.of(BuiltInRules.hasSource(), BuiltInRules.singleSource(),
        BuiltInRules.singleSource(CountBy.FRANCHISE), BuiltInRules.multipleSources(),
        BuiltInRules.multipleSources(CountBy.FRANCHISE))) {
      Outcome outcome = rule.evaluate(withoutSources());

      assertThat(outcome.status()).as(rule.id()).isEqualTo(Status.UNKNOWN);
      assertThat(outcome.explain()).as(rule.id())
          .isEqualTo("the video's sources are not recorded");
    }
  }

  @Test
  void the_footage_and_animal_rules_say_the_sources_are_not_recorded() {
    for (Rule rule : java.util.List.of(BuiltInRules.animatedFootageOnly(),
        BuiltInRules.animeFootageOnly(), BuiltInRules.featuresAnimals())) {
      Outcome outcome = rule.evaluate(withoutSources());

      assertThat(outcome.status()).as(rule.id()).isEqualTo(Status.UNKNOWN);
      assertThat(outcome.explain()).as(rule.id())
          .startsWith("the video's sources are not recorded, so");
    }
  }

  @Test
  void animated_footage_only_is_unknown_for_a_source_of_unrecorded_medium() {
    Outcome outcome = BuiltInRules.animatedFootageOnly().evaluate(video("Run", BALTO, TITLE_ONLY));

    assertThat(outcome.status()).isEqualTo(Status.UNKNOWN);
    assertThat(outcome.explain()).isEqualTo("the medium of Watership Down is not recorded, so"
        + " whether all footage is animated is not known");
  }

  @Test
  void a_source_known_not_to_be_animated_decides_fail_whatever_the_unrecorded_medium() {
    Outcome outcome =
        BuiltInRules.animatedFootageOnly().evaluate(video("Run", EIGHT_BELOW, TITLE_ONLY));

    assertThat(outcome.status()).isEqualTo(Status.FAIL);
    assertThat(outcome.explain()).isEqualTo("not animated: Eight Below");
  }

  @Test
  void anime_footage_only_is_unknown_for_a_source_of_unrecorded_medium() {
    assertThat(BuiltInRules.animeFootageOnly().evaluate(video("Run", AKIRA, TITLE_ONLY)).status())
        .isEqualTo(Status.UNKNOWN);
    assertThat(BuiltInRules.animeFootageOnly().evaluate(video("Run", BALTO, TITLE_ONLY)).status())
        .isEqualTo(Status.FAIL);
  }

  @Test
  void anime_footage_only_is_unknown_when_unrecorded_footage_overlaps_and_shows() {
    // given: Wolf's Rain over the whole video, the title-only source laid over its second half
    Video layered = Video.builder().from(video("Layers")).addMusic(Music.of("Run", "Band"))
        .addClips(Clip.of(WOLFS_RAIN, Duration.ZERO, Duration.ofSeconds(60)),
            Clip.of(TITLE_ONLY, Duration.ofSeconds(30), Duration.ofSeconds(90)))
        .build();

    // then
    assertThat(BuiltInRules.animeFootageOnly().evaluate(layered).status())
        .isEqualTo(Status.UNKNOWN);
  }

  @Test
  void duration_between_is_unknown_without_a_duration() {
    Outcome outcome = ContestRules.durationBetween(Duration.ofMinutes(1), Duration.ofMinutes(6))
        .evaluate(withoutDuration(video("Run", BALTO)));

    assertThat(outcome.status()).isEqualTo(Status.UNKNOWN);
    assertThat(outcome.explain()).isEqualTo("the video's duration is not recorded");
  }

  @Test
  void music_coverage_is_unknown_without_recorded_music_or_duration() {
    Rule rule = ContestRules.musicCoverage(Share.parse("75%"));
    Video placed = Video.builder().from(video("Run", BALTO)).music(java.util.List.of(
        Music.builder().from(Music.of("Run", "Band"))
            .position(org.amvkit.core.Interval.of(Duration.ZERO, Duration.ofMinutes(3)))
            .build())).build();

    assertThat(rule.evaluate(placed).status()).isEqualTo(Status.PASS);
    assertThat(rule.evaluate(withoutDuration(placed)).explain())
        .startsWith("the video's duration is not recorded");
    assertThat(rule.evaluate(withoutDuration(placed)).status()).isEqualTo(Status.UNKNOWN);
    assertThat(rule.evaluate(withoutMusic()).status()).isEqualTo(Status.UNKNOWN);
    assertThat(rule.evaluate(withoutMusic()).explain())
        .startsWith("the video's music is not recorded");
  }

  @Test
  void footage_share_of_the_running_time_is_unknown_without_a_duration() {
    Rule rule = ContestRules.footageShare(EnumSet.of(Medium.ANIME), Share.parse("75%"),
        Measure.DURATION);
    Video clips = Video.builder().from(video("Run")).addClips(
        Clip.of(WOLFS_RAIN, Duration.ZERO, Duration.ofMinutes(3))).build();

    assertThat(rule.evaluate(clips).status()).isEqualTo(Status.PASS);
    assertThat(rule.evaluate(withoutDuration(clips)).status()).isEqualTo(Status.UNKNOWN);
  }

  @Test
  void footage_share_is_unknown_when_unrecorded_footage_could_make_up_the_shortfall() {
    Rule rule = ContestRules.footageShare(EnumSet.of(Medium.ANIME), Share.parse("75%"),
        Measure.FOOTAGE);
    Video half = Video.builder().from(video("Run")).addClips(
        Clip.of(WOLFS_RAIN, Duration.ZERO, Duration.ofSeconds(90)),
        Clip.of(TITLE_ONLY, Duration.ofSeconds(90), Duration.ofMinutes(3))).build();

    Outcome outcome = rule.evaluate(half);

    assertThat(outcome.status()).isEqualTo(Status.UNKNOWN);
    assertThat(outcome.explain()).contains("the medium of Watership Down is not recorded");
  }
}
