/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.builtin;

import static org.amvkit.rules.Fixtures.AKIRA;
import static org.amvkit.rules.Fixtures.BALTO;
import static org.amvkit.rules.Fixtures.BOLT;
import static org.amvkit.rules.Fixtures.EIGHT_BELOW;
import static org.amvkit.rules.Fixtures.EVANGELION;
import static org.amvkit.rules.Fixtures.LION_KING;
import static org.amvkit.rules.Fixtures.LION_KING_II;
import static org.amvkit.rules.Fixtures.UNLISTED;
import static org.amvkit.rules.Fixtures.WOLFS_RAIN;
import static org.amvkit.rules.Fixtures.clipVideo;
import static org.amvkit.rules.Fixtures.silentVideo;
import static org.amvkit.rules.Fixtures.video;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.amvkit.core.CastMember;
import org.amvkit.core.Creator;
import org.amvkit.core.Medium;
import org.amvkit.core.Source;
import org.amvkit.core.Video;
import org.amvkit.rules.Fixtures;
import org.amvkit.rules.Outcome;
import org.amvkit.rules.Rule;
import org.amvkit.rules.Status;
import org.amvkit.rules.builtin.BuiltInRules.CountBy;
import org.amvkit.rules.builtin.BuiltInRules.Quantifier;
import org.junit.jupiter.api.Test;

class BuiltInRulesTest {

  /** A video that names no source at all: music only, over a blank screen. */
  private static final Video NO_SOURCE = Video.builder()
      .id("v-blank").title("Blank").duration(Duration.ofMinutes(1))
      .addCreators(Creator.of("SnowPaw", "NL")).addMusic(Fixtures.POP_SONG).build();

  @Test
  void the_built_in_rule_ids_are_the_ones_of_the_design() {
    assertThat(BuiltInRules.all()).extracting(Rule::id).containsExactly("has-music",
        "has-source", "single-source", "multiple-sources", "animated-footage-only",
        "anime-footage-only", "features-animals");
  }

  @Test
  void multiple_sources_explains_which_distinct_sources_it_counted() {
    // given
    Video video = video("Run Free", BOLT, BALTO);

    // when
    Outcome outcome = BuiltInRules.multipleSources().evaluate(video);

    // then
    assertThat(outcome).returns(Status.PASS, Outcome::status)
        .returns("uses 2 distinct sources: Balto, Bolt", Outcome::explain);
    assertThat(outcome.evidence().fact("count")).isEqualTo(2);
  }

  @Test
  void a_source_declared_and_also_used_in_clips_counts_once() {
    // given
    Video video = Video.builder().from(clipVideo("Run Balto Run", BALTO)).addSources(BALTO).build();

    // when
    Outcome outcome = BuiltInRules.multipleSources().evaluate(video);

    // then
    assertThat(outcome).returns(Status.FAIL, Outcome::status)
        .returns("uses 1 distinct source: Balto", Outcome::explain);
  }

  @Test
  void counted_by_franchise_the_lion_king_and_its_sequel_count_once() {
    // given
    Video video = video("Circle of Life", LION_KING, LION_KING_II);

    // when
    Outcome outcome = BuiltInRules.multipleSources(CountBy.FRANCHISE).evaluate(video);

    // then
    assertThat(outcome).returns(Status.FAIL, Outcome::status)
        .returns("uses 1 distinct franchise: The Lion King", Outcome::explain);
  }

  @Test
  void counted_by_title_the_lion_king_and_its_sequel_count_twice() {
    // given
    Video video = video("Circle of Life", LION_KING, LION_KING_II);

    // when
    Outcome outcome = BuiltInRules.multipleSources(CountBy.TITLE).evaluate(video);

    // then
    assertThat(outcome).returns(Status.PASS, Outcome::status)
        .returns("uses 2 distinct sources: The Lion King, The Lion King II: Simba's Pride",
            Outcome::explain);
  }

  @Test
  void counted_by_franchise_a_source_without_franchise_counts_on_its_own() {
    // given
    Video video = video("Kings and Dogs", LION_KING, LION_KING_II, BALTO);

    // when
    Outcome outcome = BuiltInRules.multipleSources(CountBy.FRANCHISE).evaluate(video);

    // then
    assertThat(outcome).returns(Status.PASS, Outcome::status)
        .returns("uses 2 distinct franchises: Balto, The Lion King", Outcome::explain);
  }

  @Test
  void counted_by_franchise_two_sources_without_franchise_count_by_id_even_with_one_title() {
    // given: Disney's Robin Hood (1973) and the anime series of the same title (1990)
    Source disney = Source.builder().id("robin-hood-1973").title("Robin Hood")
        .medium(Medium.ANIMATION).addCast(CastMember.of("Robin Hood", "fox")).build();
    Source anime = Source.builder().id("robin-hood-1990").title("Robin Hood")
        .medium(Medium.ANIME).addCast(CastMember.of("Robin", "human")).build();
    Video video = video("Outlaws", disney, anime);

    // when
    Outcome outcome = BuiltInRules.multipleSources(CountBy.FRANCHISE).evaluate(video);

    // then
    assertThat(outcome).returns(Status.PASS, Outcome::status);
    assertThat(outcome.evidence().fact("count")).isEqualTo(2);
  }

  @Test
  void both_ways_of_counting_keep_the_id_multiple_sources() {
    assertThat(BuiltInRules.multipleSources(CountBy.FRANCHISE).id()).isEqualTo("multiple-sources");
    assertThat(BuiltInRules.multipleSources(CountBy.TITLE)).isSameAs(BuiltInRules.multipleSources());
  }

  @Test
  void single_source_explains_the_one_source() {
    assertThat(BuiltInRules.singleSource().evaluate(video("Run Balto Run", BALTO)))
        .returns(Status.PASS, Outcome::status)
        .returns("uses 1 distinct source: Balto", Outcome::explain);
  }

  @Test
  void has_music_names_the_song_and_its_artist() {
    assertThat(BuiltInRules.hasMusic().evaluate(video("Run Free", BALTO)))
        .returns(Status.PASS, Outcome::status)
        .returns("set to \"Run\" by Some Band", Outcome::explain);
  }

  @Test
  void has_music_fails_when_no_music_is_credited() {
    assertThat(BuiltInRules.hasMusic().evaluate(silentVideo("Silence", BALTO)))
        .returns(Status.FAIL, Outcome::status).returns("no music is credited", Outcome::explain);
  }

  @Test
  void has_source_names_the_sources_and_fails_without_one() {
    assertThat(BuiltInRules.hasSource().evaluate(video("Run Free", BALTO, BOLT)))
        .returns(Status.PASS, Outcome::status).returns("uses Balto, Bolt", Outcome::explain);
    assertThat(BuiltInRules.hasSource().evaluate(NO_SOURCE))
        .returns(Status.FAIL, Outcome::status).returns("no source is named", Outcome::explain);
  }

  @Test
  void animated_footage_only_names_the_sources_that_are_not_animated() {
    // given
    Video video = video("Snow Dogs", BALTO, EIGHT_BELOW);

    // when
    Outcome outcome = BuiltInRules.animatedFootageOnly().evaluate(video);

    // then
    assertThat(outcome).returns(Status.FAIL, Outcome::status)
        .returns("not animated: Eight Below", Outcome::explain);
  }

  @Test
  void animated_footage_only_gives_the_share_of_the_video_when_clips_are_known() {
    // given: ten seconds of Balto, then ten of Eight Below, in a three-minute video
    Video video = clipVideo("Snow Dogs", BALTO, EIGHT_BELOW);

    // when
    Outcome outcome = BuiltInRules.animatedFootageOnly().evaluate(video);

    // then
    assertThat(outcome).returns(Status.FAIL, Outcome::status)
        .returns("not animated: Eight Below, 5.56% of the video", Outcome::explain);
  }

  @Test
  void animated_footage_only_passes_anime_and_western_animation_alike() {
    assertThat(BuiltInRules.animatedFootageOnly().evaluate(video("Pack", WOLFS_RAIN, BALTO)))
        .returns(Status.PASS, Outcome::status)
        .returns("every source is animated: Balto, Wolf's Rain", Outcome::explain);
  }

  @Test
  void anime_footage_only_fails_western_animation() {
    assertThat(BuiltInRules.animeFootageOnly().evaluate(video("Pack", WOLFS_RAIN, BALTO)))
        .returns(Status.FAIL, Outcome::status).returns("not anime: Balto", Outcome::explain);
  }

  @Test
  void footage_rules_are_unknown_when_no_source_is_named() {
    assertThat(BuiltInRules.animatedFootageOnly().evaluate(NO_SOURCE))
        .returns(Status.UNKNOWN, Outcome::status)
        .returns("no source is named, so the footage is not known", Outcome::explain);
    assertThat(BuiltInRules.animeFootageOnly().evaluate(NO_SOURCE))
        .returns(Status.UNKNOWN, Outcome::status);
  }

  @Test
  void features_animals_lists_the_sources_with_and_without_animals() {
    assertThat(BuiltInRules.featuresAnimals().evaluate(video("Run Free", BALTO, BOLT)))
        .returns(Status.PASS, Outcome::status)
        .returns("with animals: Balto, Bolt; without animals: none;"
            + " no characters listed: none", Outcome::explain);
  }

  @Test
  void features_animals_fails_when_a_source_lists_characters_but_no_animal() {
    assertThat(BuiltInRules.featuresAnimals().evaluate(video("Balto and Akira", BALTO, AKIRA)))
        .returns(Status.FAIL, Outcome::status)
        .returns("with animals: Balto; without animals: Akira; no characters listed: none",
            Outcome::explain);
  }

  @Test
  void features_animals_is_unknown_when_a_source_lists_no_characters() {
    assertThat(BuiltInRules.featuresAnimals().evaluate(video("Wolves", BALTO, UNLISTED)))
        .returns(Status.UNKNOWN, Outcome::status)
        .returns("with animals: Balto; without animals: none;"
            + " no characters listed: Alpha and Omega", Outcome::explain);
  }

  @Test
  void features_animals_fails_rather_than_unknown_when_one_source_fails_and_another_is_unlisted() {
    assertThat(BuiltInRules.featuresAnimals().evaluate(video("Mixed", AKIRA, UNLISTED)))
        .returns(Status.FAIL, Outcome::status);
  }

  @Test
  void features_animals_is_unknown_when_no_source_is_named() {
    assertThat(BuiltInRules.featuresAnimals().evaluate(NO_SOURCE))
        .returns(Status.UNKNOWN, Outcome::status)
        .returns("no source is named, so its characters are not known", Outcome::explain);
  }

  @Test
  void features_animals_with_any_passes_when_one_source_of_several_has_animals() {
    // given
    Video video = video("Balto and Akira", BALTO, AKIRA);

    // when
    Outcome any = BuiltInRules.featuresAnimals(Quantifier.ANY).evaluate(video);
    Outcome every = BuiltInRules.featuresAnimals(Quantifier.EVERY).evaluate(video);

    // then
    assertThat(any).returns(Status.PASS, Outcome::status);
    assertThat(every).returns(Status.FAIL, Outcome::status);
  }

  @Test
  void features_animals_with_any_fails_when_no_source_has_animals() {
    assertThat(BuiltInRules.featuresAnimals(Quantifier.ANY)
        .evaluate(video("Neo Tokyo", AKIRA, EVANGELION))).returns(Status.FAIL, Outcome::status);
  }

  @Test
  void features_animals_with_any_is_unknown_when_none_has_animals_and_one_is_unlisted() {
    assertThat(BuiltInRules.featuresAnimals(Quantifier.ANY)
        .evaluate(video("Mixed", AKIRA, UNLISTED))).returns(Status.UNKNOWN, Outcome::status);
  }

  @Test
  void features_animals_with_any_passes_even_if_another_source_is_unlisted() {
    assertThat(BuiltInRules.featuresAnimals(Quantifier.ANY)
        .evaluate(video("Wolves", BALTO, UNLISTED))).returns(Status.PASS, Outcome::status);
  }

  @Test
  void both_quantifiers_keep_the_id_features_animals() {
    assertThat(BuiltInRules.featuresAnimals(Quantifier.ANY).id()).isEqualTo("features-animals");
    assertThat(BuiltInRules.featuresAnimals(Quantifier.EVERY))
        .isSameAs(BuiltInRules.featuresAnimals());
  }

  @Test
  void the_built_in_definitions_have_the_ids_and_labels_of_the_design() {
    assertThat(BuiltInDefinitions.all()).extracting(d -> d.id(), d -> d.labelTemplate())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("single-source-music-video", "{source} music video"),
            org.assertj.core.groups.Tuple.tuple("animash", "Animash"),
            org.assertj.core.groups.Tuple.tuple("anime-music-video", "Anime music video"),
            org.assertj.core.groups.Tuple.tuple("fan-vid", "Fan vid"));
  }

  @Test
  void the_strict_animash_requires_what_the_animash_only_expects() {
    assertThat(BuiltInDefinitions.animash().conventions()).extracting(Rule::id)
        .containsExactly("features-animals");
    assertThat(BuiltInDefinitions.strictAnimash().required()).extracting(Rule::id)
        .containsExactly("has-music", "multiple-sources", "animated-footage-only",
            "features-animals");
    assertThat(BuiltInDefinitions.strictAnimash().conventions()).isEmpty();
  }

  @Test
  void the_built_in_profiles_order_their_definitions_as_the_design_says() {
    assertThat(BuiltInProfiles.all()).extracting(p -> p.id())
        .containsExactly("all-the-tropes", "all-the-tropes-strict", "real-world");
    assertThat(BuiltInProfiles.allTheTropes().definitions()).extracting(d -> d.id())
        .containsExactly("single-source-music-video", "animash", "anime-music-video", "fan-vid");
    assertThat(BuiltInProfiles.allTheTropesStrict().definitions()).extracting(d -> d.id())
        .containsExactly("single-source-music-video", "animash", "anime-music-video", "fan-vid");
    assertThat(BuiltInProfiles.realWorld().definitions()).extracting(d -> d.id())
        .containsExactly("anime-music-video", "fan-vid");
  }
}
