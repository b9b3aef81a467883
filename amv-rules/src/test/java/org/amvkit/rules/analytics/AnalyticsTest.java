/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.analytics;

import static org.amvkit.rules.Fixtures.AKIRA;
import static org.amvkit.rules.Fixtures.BALTO;
import static org.amvkit.rules.Fixtures.BOLT;
import static org.amvkit.rules.Fixtures.EIGHT_BELOW;
import static org.amvkit.rules.Fixtures.LION_KING;
import static org.amvkit.rules.Fixtures.WOLFS_RAIN;
import static org.amvkit.rules.Fixtures.video;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.amvkit.core.Creator;
import org.amvkit.core.Dedication;
import org.amvkit.core.EditingSoftware;
import org.amvkit.core.Genre;
import org.amvkit.core.Music;
import org.amvkit.core.Occasion;
import org.amvkit.core.Source;
import org.amvkit.core.Video;
import org.amvkit.rules.Classifier;
import org.amvkit.rules.builtin.BuiltInProfiles;
import org.junit.jupiter.api.Test;

class AnalyticsTest {

  private static final Video RUN_FREE = video("Run Free", BALTO, BOLT);
  private static final Video SNOW_DOGS = video("Snow Dogs", BALTO, EIGHT_BELOW);
  private static final Video HERE_I_AM = video("Here I Am", BALTO);
  private static final Video NEO_TOKYO = video("Neo Tokyo", AKIRA);

  private static Video.Builder by(String id, Creator... creators) {
    return Video.builder().id(id).title("Title of " + id).duration(Duration.ofMinutes(3))
        .addCreators(creators).addSources(BALTO);
  }

  @Test
  void sources_are_listed_most_used_first_and_ties_by_id() {
    // given
    List<Video> videos = List.of(RUN_FREE, SNOW_DOGS, HERE_I_AM, NEO_TOKYO);

    // when
    Analytics analytics = Analytics.of(videos);

    // then
    assertThat(analytics.videos()).isEqualTo(4);
    assertThat(analytics.sources()).containsExactly(
        new SourceUse("balto", "Balto", 3),
        new SourceUse("akira", "Akira", 1),
        new SourceUse("bolt", "Bolt", 1),
        new SourceUse("eight-below", "Eight Below", 1));
    assertThat(analytics.topSources(2)).extracting(SourceUse::id).containsExactly("balto", "akira");
    assertThat(analytics.popularity("balto")).isEqualTo(OptionalLong.of(3));
    assertThat(analytics.popularity("wolfs-rain")).isEmpty();
  }

  @Test
  void sources_of_the_catalogue_that_no_video_uses_are_listed_with_zero_videos() {
    // given
    AnalyticsCollector collector = AnalyticsCollector.create().addSources(List.of(BALTO, WOLFS_RAIN));

    // when
    Analytics analytics = collector.add(HERE_I_AM).result();

    // then
    assertThat(analytics.sources()).containsExactly(
        new SourceUse("balto", "Balto", 1), new SourceUse("wolfs-rain", "Wolf's Rain", 0));
    assertThat(analytics.popularity("wolfs-rain")).isEqualTo(OptionalLong.of(0));
  }

  @Test
  void collaborations_count_videos_with_two_creators_and_every_pair_of_their_countries() {
    // given
    Video dutchOnly = by("v-1", Creator.of("SnowPaw", "NL"), Creator.of("Ratatosk", "NL")).build();
    Video threeCountries = by("v-2", Creator.of("GinFan", "JP"), Creator.of("LionHeart", "US"),
        Creator.of("Ratatosk", "NL")).build();
    Video twoCountries = by("v-3", Creator.of("SnowPaw", "NL"), Creator.of("Kumo", "JP")).build();
    Video alone = by("v-4", Creator.of("FoxFan", "BR")).build();

    // when
    Analytics analytics = Analytics.of(List.of(dutchOnly, threeCountries, twoCountries, alone));

    // then
    assertThat(analytics.collaborations()).isEqualTo(3);
    assertThat(analytics.countryPairs())
        .containsExactly(Map.entry("JP-NL", 2L), Map.entry("JP-US", 1L), Map.entry("NL-US", 1L));
  }

  @Test
  void countries_count_each_creator_once_however_many_videos_they_made() {
    // given
    Video first = by("v-1", Creator.of("SnowPaw", "NL")).build();
    Video second = by("v-2", Creator.of("SnowPaw", "NL"), Creator.of("Ratatosk", "NL")).build();
    Video third = by("v-3", Creator.of("FoxFan", "BR"), Creator.of("Nameless")).build();

    // when
    Analytics analytics = Analytics.of(List.of(first, second, third));

    // then
    assertThat(analytics.countries()).containsExactly(Map.entry("BR", 1), Map.entry("NL", 2));
    assertThat(analytics.creatorsByCountry().get("NL")).containsExactly("Ratatosk", "SnowPaw");
  }

  @Test
  void dedications_software_and_genres_count_videos() {
    // given
    Video birthday = by("v-1", Creator.of("SnowPaw", "NL"))
        .dedication(Dedication.birthday("FoxFan"))
        .addSoftware(EditingSoftware.SONY_VEGAS, EditingSoftware.ADOBE_AFTER_EFFECTS)
        .addMusic(Music.builder().title("Run").artist("A").genre(Genre.ROCK).build(),
            Music.builder().title("Walk").artist("B").genre(Genre.ROCK).build())
        .build();
    Video another = by("v-2", Creator.of("FoxFan", "BR"))
        .dedication(Dedication.birthday("SnowPaw"))
        .addSoftware(EditingSoftware.SONY_VEGAS)
        .addMusic(Music.builder().title("Eins").artist("C").genre(Genre.parse("Eurobeat")).build())
        .build();
    Video memorial = by("v-3", Creator.of("Kumo", "JP"))
        .dedication(Dedication.of(Occasion.MEMORIAL, "Old Dog")).build();

    // when
    Analytics analytics = Analytics.of(List.of(birthday, another, memorial));

    // then
    assertThat(analytics.dedications())
        .containsExactly(Map.entry(Occasion.BIRTHDAY, 2L), Map.entry(Occasion.MEMORIAL, 1L));
    assertThat(analytics.dedications(Occasion.BIRTHDAY)).isEqualTo(2);
    assertThat(analytics.dedications(Occasion.HOLIDAY)).isZero();
    assertThat(analytics.software()).containsExactly(
        Map.entry(EditingSoftware.ADOBE_AFTER_EFFECTS, 1L),
        Map.entry(EditingSoftware.SONY_VEGAS, 2L));
    assertThat(analytics.genres())
        .containsExactly(Map.entry(Genre.parse("Eurobeat"), 1L), Map.entry(Genre.ROCK, 1L));
  }

  @Test
  void categories_are_counted_when_the_videos_are_classified() {
    // given
    Classifier classifier = Classifier.of(BuiltInProfiles.allTheTropes());
    Video silent = Video.builder().from(HERE_I_AM).id("v-silent").music(List.of()).build();

    // when
    Analytics analytics = Analytics.of(List.of(RUN_FREE, SNOW_DOGS, HERE_I_AM, silent), classifier);

    // then
    assertThat(analytics.categories()).containsExactly(
        Map.entry("animash", 1L),
        Map.entry("fan-vid", 1L),
        Map.entry("not-a-music-video", 1L),
        Map.entry("single-source-music-video", 1L));
    assertThat(Analytics.of(List.of(RUN_FREE)).categories()).isEmpty();
  }

  @Test
  void a_classification_of_another_video_is_refused() {
    // given
    AnalyticsCollector collector = AnalyticsCollector.create();
    Classifier classifier = Classifier.of(BuiltInProfiles.allTheTropes());

    // when / then
    assertThatIllegalArgumentException()
        .isThrownBy(() -> collector.add(RUN_FREE, classifier.classify(SNOW_DOGS)))
        .withMessage("the classification of video v-snow-dogs was given with video v-run-free");
    assertThat(collector.result()).isEqualTo(Analytics.empty());
  }

  @Test
  void originality_is_the_mean_of_one_over_the_number_of_videos_using_each_source() {
    // given: balto is used by 3 videos, bolt, eight-below and akira by one each
    Analytics analytics = Analytics.of(List.of(RUN_FREE, SNOW_DOGS, HERE_I_AM, NEO_TOKYO));

    // when / then
    assertThat(analytics.originality(NEO_TOKYO)).isEqualTo(1.0);
    assertThat(analytics.originality(HERE_I_AM)).isEqualTo(1.0 / 3);
    assertThat(analytics.originality(RUN_FREE)).isEqualTo((1.0 / 3 + 1.0) / 2);
    assertThat(analytics.originality(video("Pride", LION_KING))).isEqualTo(1.0);
    assertThat(analytics.originality(Video.builder().from(HERE_I_AM).sources(List.of()).build()))
        .isZero();
  }

  @Test
  void the_most_original_videos_come_first_and_ties_are_ordered_by_id() {
    // given
    List<Video> videos = List.of(RUN_FREE, SNOW_DOGS, HERE_I_AM, NEO_TOKYO);
    Analytics analytics = Analytics.of(videos);

    // when
    List<OriginalVideo> ranking = analytics.mostOriginal(videos.iterator(), 3);

    // then
    assertThat(ranking).containsExactly(
        new OriginalVideo("v-neo-tokyo", "Neo Tokyo", 1.0),
        new OriginalVideo("v-run-free", "Run Free", 2.0 / 3),
        new OriginalVideo("v-snow-dogs", "Snow Dogs", 2.0 / 3));
    assertThat(analytics.mostOriginal(videos.iterator(), 0)).isEmpty();
  }

  @Test
  void merging_the_analytics_of_two_chunks_gives_the_analytics_of_both() {
    // given
    Classifier classifier = Classifier.of(BuiltInProfiles.allTheTropes());
    Analytics first = Analytics.of(List.of(RUN_FREE, SNOW_DOGS), classifier);
    Analytics second = Analytics.of(List.of(HERE_I_AM, NEO_TOKYO), classifier);

    // when
    Analytics merged = first.merge(second);

    // then
    assertThat(merged)
        .isEqualTo(Analytics.of(List.of(RUN_FREE, SNOW_DOGS, HERE_I_AM, NEO_TOKYO), classifier))
        .hasToString("Analytics{videos=4, sources=4, top=balto (3), collaborations=0, countries=1}");
    assertThat(merged.merge(Analytics.empty())).isEqualTo(merged);
  }

  @Test
  void a_parallel_stream_collects_the_same_analytics_as_a_loop() {
    // given
    List<Video> videos = List.of(RUN_FREE, SNOW_DOGS, HERE_I_AM, NEO_TOKYO, RUN_FREE, NEO_TOKYO);

    // when
    Analytics parallel = videos.parallelStream().collect(Analytics.collector());

    // then
    assertThat(parallel).isEqualTo(Analytics.of(videos));
    assertThat(parallel.popularity("akira")).isEqualTo(OptionalLong.of(2));
  }

  @Test
  void negative_sizes_are_refused_with_their_value() {
    // given
    Analytics analytics = Analytics.of(List.of(RUN_FREE));

    // when / then
    assertThatIllegalArgumentException().isThrownBy(() -> analytics.topSources(-1))
        .withMessage("n -1 is negative");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> analytics.mostOriginal(List.of(RUN_FREE).iterator(), -2))
        .withMessage("limit -2 is negative");
    assertThatIllegalArgumentException().isThrownBy(() -> new SourceUse("balto", "Balto", -1))
        .withMessage("source balto: videos -1 is negative");
  }

  @Test
  void a_source_keeps_the_title_it_was_first_seen_with() {
    // given
    Source renamed = Source.of("balto", "Balto (1995)", BALTO.medium().orElseThrow());
    Analytics first = Analytics.of(List.of(HERE_I_AM));
    Analytics second = Analytics.of(List.of(video("Renamed", renamed)));

    // when / then
    assertThat(first.merge(second).sources()).containsExactly(new SourceUse("balto", "Balto", 2));
    assertThat(second.merge(first).sources())
        .containsExactly(new SourceUse("balto", "Balto (1995)", 2));
  }
}
