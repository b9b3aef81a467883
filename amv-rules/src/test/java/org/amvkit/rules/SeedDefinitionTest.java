/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules;

import static org.amvkit.rules.Fixtures.AKIRA;
import static org.amvkit.rules.Fixtures.BALTO;
import static org.amvkit.rules.Fixtures.BOLT;
import static org.amvkit.rules.Fixtures.EIGHT_BELOW;
import static org.amvkit.rules.Fixtures.EVANGELION;
import static org.amvkit.rules.Fixtures.LION_KING;
import static org.amvkit.rules.Fixtures.UNLISTED;
import static org.amvkit.rules.Fixtures.WOLFS_RAIN;
import static org.amvkit.rules.Fixtures.clipVideo;
import static org.amvkit.rules.Fixtures.silentVideo;
import static org.amvkit.rules.Fixtures.video;
import static org.assertj.core.api.Assertions.assertThat;

import org.amvkit.core.Video;
import org.amvkit.rules.builtin.BuiltInProfiles;
import org.junit.jupiter.api.Test;

/**
 * The sentences of the source text that the built-in definitions encode, one test each, in the
 * order the text gives them.
 */
class SeedDefinitionTest {

  private static final Classifier ALL_THE_TROPES = Classifier.of(BuiltInProfiles.allTheTropes());
  private static final Classifier STRICT = Classifier.of(BuiltInProfiles.allTheTropesStrict());
  private static final Classifier REAL_WORLD = Classifier.of(BuiltInProfiles.realWorld());

  // "Out in the Real World, an AMV is an "anime music video" -- a fan-made music video where the
  // visuals are made up solely of anime footage."

  @Test
  void in_the_real_world_anime_only_footage_from_several_sources_is_an_anime_music_video() {
    // given
    Video video = video("Howl", WOLFS_RAIN, EVANGELION, AKIRA);

    // when
    Classification classification = REAL_WORLD.classify(video);

    // then
    assertThat(classification.category()).isEqualTo("anime-music-video");
    assertThat(classification.label()).isEqualTo("Anime music video");
    assertThat(classification.deviations()).isEmpty();
    assertThat(classification.outcome("anime-footage-only")).map(Outcome::status)
        .hasValue(Status.PASS);
  }

  @Test
  void in_the_real_world_anime_only_footage_from_one_source_is_an_anime_music_video_too() {
    // given
    Video video = video("Paradise", WOLFS_RAIN);

    // when
    Classification classification = REAL_WORLD.classify(video);

    // then
    assertThat(classification.category()).isEqualTo("anime-music-video");
    assertThat(classification.label()).isEqualTo("Anime music video");
  }

  @Test
  void in_the_real_world_western_animation_in_the_mix_makes_a_fan_vid_not_an_anime_music_video() {
    // given
    Video video = video("Running Wild", WOLFS_RAIN, BALTO);

    // when
    Classification classification = REAL_WORLD.classify(video);

    // then
    assertThat(classification.category()).isEqualTo("fan-vid");
    assertThat(classification.verdicts()).containsEntry("anime-music-video", Verdict.NOT_MET);
    assertThat(classification.outcome("anime-footage-only")).map(Outcome::status)
        .hasValue(Status.FAIL);
  }

  // "They are made by using clips from Anime series, Animated movies and Animated TV-series set to
  // a song to produce a music video, with the accent on animal characters."

  @Test
  void two_animated_films_with_dogs_set_to_a_pop_song_are_an_animash() {
    // given
    Video video = video("Run Free", BALTO, BOLT);

    // when
    Classification classification = ALL_THE_TROPES.classify(video);

    // then
    assertThat(classification.category()).isEqualTo("animash");
    assertThat(classification.label()).isEqualTo("Animash");
    assertThat(classification.deviations()).isEmpty();
    assertThat(classification.verdicts())
        .containsEntry("single-source-music-video", Verdict.NOT_MET)
        .containsEntry("animash", Verdict.MET);
    assertThat(classification.outcome("features-animals")).map(Outcome::status)
        .hasValue(Status.PASS);
  }

  @Test
  void anime_series_and_animated_films_mixed_together_are_an_animash() {
    // given
    Video video = video("Pack", WOLFS_RAIN, BALTO, LION_KING);

    // when
    Classification classification = ALL_THE_TROPES.classify(video);

    // then
    assertThat(classification.category()).isEqualTo("animash");
    assertThat(classification.deviations()).isEmpty();
  }

  @Test
  void clips_on_the_timeline_count_as_used_sources_like_declared_ones() {
    // given
    Video video = clipVideo("Run Free (timeline)", BALTO, BOLT);

    // when
    Classification classification = ALL_THE_TROPES.classify(video);

    // then
    assertThat(classification.category()).isEqualTo("animash");
    assertThat(classification.deviations()).isEmpty();
  }

  // "More than one movie/anime being used. If only one has been used, It's an
  // '<<name of movie>> music video'. Also see Fan Vid."

  @Test
  void a_video_of_one_movie_is_a_music_video_named_after_that_movie() {
    // given
    Video video = video("Run Balto Run", BALTO);

    // when
    Classification classification = ALL_THE_TROPES.classify(video);

    // then
    assertThat(classification.category()).isEqualTo("single-source-music-video");
    assertThat(classification.label()).isEqualTo("Balto music video");
    assertThat(classification.deviations()).isEmpty();
    assertThat(classification.verdicts()).containsEntry("animash", Verdict.NOT_MET);
    assertThat(classification.outcome("multiple-sources")).map(Outcome::status)
        .hasValue(Status.FAIL);
  }

  @Test
  void live_action_in_the_mix_makes_a_fan_vid() {
    // given
    Video video = video("Snow Dogs", BALTO, EIGHT_BELOW);

    // when
    Classification classification = ALL_THE_TROPES.classify(video);

    // then
    assertThat(classification.category()).isEqualTo("fan-vid");
    assertThat(classification.label()).isEqualTo("Fan vid");
    assertThat(classification.verdicts())
        .containsEntry("animash", Verdict.NOT_MET)
        .containsEntry("anime-music-video", Verdict.NOT_MET);
    assertThat(classification.outcome("animated-footage-only")).map(Outcome::status)
        .hasValue(Status.FAIL);
  }

  // "A song/soundtrack in the background."

  @Test
  void a_video_without_music_is_not_a_music_video() {
    // given
    Video video = silentVideo("Run Free (silent)", BALTO, BOLT);

    // when
    Classification classification = ALL_THE_TROPES.classify(video);

    // then
    assertThat(classification.category()).isEqualTo("not-a-music-video");
    assertThat(classification.label()).isEqualTo("Not a music video");
    assertThat(classification.deviations()).isEmpty();
    assertThat(classification.outcome("has-music")).map(Outcome::status).hasValue(Status.FAIL);
    assertThat(classification.verdicts())
        .containsEntry("single-source-music-video", Verdict.NOT_MET)
        .containsEntry("animash", Verdict.NOT_MET)
        .containsEntry("anime-music-video", Verdict.NOT_MET)
        .containsEntry("fan-vid", Verdict.NOT_MET);
  }

  @Test
  void a_video_without_music_is_not_a_music_video_in_the_real_world_either() {
    // given
    Video video = silentVideo("Howl (silent)", WOLFS_RAIN, EVANGELION);

    // when
    Classification classification = REAL_WORLD.classify(video);

    // then
    assertThat(classification.category()).isEqualTo("not-a-music-video");
    assertThat(classification.label()).isEqualTo("Not a music video");
  }

  // "The selected media must have animals inside it (Like Bolt, Balto, etc.)" and "there are
  // several AMV's around that do not feature animals."

  @Test
  void an_animash_without_animals_is_still_an_animash_that_deviates_from_the_convention() {
    // given
    Video video = video("Neo Tokyo", AKIRA, EVANGELION);

    // when
    Classification classification = ALL_THE_TROPES.classify(video);

    // then
    assertThat(classification.category()).isEqualTo("animash");
    assertThat(classification.label()).isEqualTo("Animash");
    assertThat(classification.deviations()).contains("features-animals");
    assertThat(classification.outcome("features-animals")).map(Outcome::status)
        .hasValue(Status.FAIL);
  }

  @Test
  void under_the_strict_profile_an_animash_without_animals_is_not_an_animash() {
    // given
    Video video = video("Neo Tokyo", AKIRA, EVANGELION);

    // when
    Classification classification = STRICT.classify(video);

    // then
    assertThat(classification.verdicts()).containsEntry("animash", Verdict.NOT_MET);
    assertThat(classification.category()).isEqualTo("anime-music-video");
    assertThat(classification.deviations()).isEmpty();
  }

  @Test
  void under_the_strict_profile_an_animash_with_animals_is_an_animash() {
    // given
    Video video = video("Run Free", BALTO, BOLT);

    // when
    Classification classification = STRICT.classify(video);

    // then
    assertThat(classification.category()).isEqualTo("animash");
    assertThat(classification.deviations()).isEmpty();
  }

  @Test
  void a_source_with_no_characters_listed_leaves_features_animals_unknown_but_the_animash_met() {
    // given
    Video video = video("Wolves", BALTO, UNLISTED);

    // when
    Classification classification = ALL_THE_TROPES.classify(video);

    // then
    assertThat(classification.outcome("features-animals")).map(Outcome::status)
        .hasValue(Status.UNKNOWN);
    assertThat(classification.verdicts()).containsEntry("animash", Verdict.MET);
    assertThat(classification.category()).isEqualTo("animash");
    assertThat(classification.deviations()).isEmpty();
  }

  @Test
  void under_the_strict_profile_a_source_with_no_characters_listed_leaves_the_animash_undetermined() {
    // given
    Video video = video("Wolves", BALTO, UNLISTED);

    // when
    Classification classification = STRICT.classify(video);

    // then
    assertThat(classification.outcome("features-animals")).map(Outcome::status)
        .hasValue(Status.UNKNOWN);
    assertThat(classification.verdicts()).containsEntry("animash", Verdict.UNDETERMINED);
    assertThat(classification.category()).isEqualTo("fan-vid");
  }
}
