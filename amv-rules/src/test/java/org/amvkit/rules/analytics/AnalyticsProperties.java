/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.amvkit.core.Creator;
import org.amvkit.core.Dedication;
import org.amvkit.core.EditingSoftware;
import org.amvkit.core.Genre;
import org.amvkit.core.Medium;
import org.amvkit.core.Music;
import org.amvkit.core.Occasion;
import org.amvkit.core.Source;
import org.amvkit.core.Video;
import org.amvkit.rules.Classifier;
import org.amvkit.rules.builtin.BuiltInProfiles;

class AnalyticsProperties {

  private static final Classifier CLASSIFIER = Classifier.of(BuiltInProfiles.allTheTropes());

  /** A small pool, so that catalogues reuse sources as the community does. */
  private static final List<Source> SOURCES = List.of(
      Source.of("balto", "Balto", Medium.ANIMATION),
      Source.of("bolt", "Bolt", Medium.ANIMATION),
      Source.of("the-lion-king", "The Lion King", Medium.ANIMATION),
      Source.of("wolfs-rain", "Wolf's Rain", Medium.ANIME),
      Source.of("akira", "Akira", Medium.ANIME),
      Source.of("eight-below", "Eight Below", Medium.LIVE_ACTION));

  /** Two chunks of one catalogue. */
  record Split(List<Video> first, List<Video> second) {
    List<Video> both() {
      List<Video> both = new ArrayList<>(first);
      both.addAll(second);
      return both;
    }
  }

  /** A catalogue, one of its videos, and a source of the catalogue that video does not use. */
  record Swap(List<Video> catalogue, Video video, Source replaced, Source replacement) {}

  static Arbitrary<Creator> creators() {
    return Combinators.combine(
            Arbitraries.of("SnowPaw", "FoxFan", "Kumo", "GinFan", "Ratatosk"),
            Arbitraries.of("NL", "BR", "JP", "US").optional(0.8))
        .as((name, country) -> country.map(code -> Creator.of(name, code))
            .orElseGet(() -> Creator.of(name)));
  }

  static Arbitrary<Video> videos() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 999),
            Arbitraries.of(SOURCES).set().ofMaxSize(3),
            creators().list().ofMinSize(1).ofMaxSize(3),
            Arbitraries.of(Occasion.class).optional(0.4),
            Arbitraries.of(EditingSoftware.wellKnown()).set().ofMaxSize(2),
            Arbitraries.of(Genre.ROCK, Genre.POP, Genre.parse("Eurobeat")).list().ofMaxSize(2))
        .as(AnalyticsProperties::video);
  }

  private static Video video(int number, Set<Source> sources, List<Creator> creators,
      Optional<Occasion> occasion, Set<EditingSoftware> software, List<Genre> genres) {
    Video.Builder video = Video.builder().id("v-" + number).title("Video " + number)
        .duration(Duration.ofMinutes(3)).addAllSources(sources).addAllCreators(creators)
        .addAllSoftware(software);
    occasion.ifPresent(o -> video.dedication(Dedication.of(o, "FoxFan")));
    for (Genre genre : genres) {
      video.addMusic(Music.builder().title("Song").artist("Band").genre(genre).build());
    }
    return video.build();
  }

  @Provide
  Arbitrary<List<Video>> catalogues() {
    return videos().list().ofMaxSize(12);
  }

  @Provide
  Arbitrary<Split> splits() {
    return Combinators.combine(catalogues(), catalogues()).as(Split::new);
  }

  @Provide
  Arbitrary<Video> someVideos() {
    return videos();
  }

  @Provide
  Arbitrary<Swap> swaps() {
    return Combinators.combine(catalogues(), videos(), Arbitraries.of(SOURCES),
            Arbitraries.of(SOURCES))
        .as((catalogue, video, replaced, replacement) -> {
          List<Video> all = new ArrayList<>(catalogue);
          all.add(video);
          return new Swap(all, video, replaced, replacement);
        })
        .filter(swap -> swap.video().usedSources().contains(swap.replaced())
            && !swap.video().usedSources().contains(swap.replacement()));
  }

  @Property(tries = 300)
  void merging_the_analytics_of_two_chunks_gives_the_analytics_of_the_whole(
      @ForAll("splits") Split split) {
    // given
    Analytics first = Analytics.of(split.first(), CLASSIFIER);
    Analytics second = Analytics.of(split.second(), CLASSIFIER);

    // when
    Analytics merged = first.merge(second);

    // then
    assertThat(merged).isEqualTo(Analytics.of(split.both(), CLASSIFIER));
    assertThat(second.merge(first)).isEqualTo(merged);
  }

  @Property(tries = 200)
  void merging_is_associative_and_the_empty_analytics_is_its_identity(
      @ForAll("catalogues") List<Video> a, @ForAll("catalogues") List<Video> b,
      @ForAll("catalogues") List<Video> c) {
    // given
    Analytics x = Analytics.of(a);
    Analytics y = Analytics.of(b);
    Analytics z = Analytics.of(c);

    // when / then
    assertThat(x.merge(y).merge(z)).isEqualTo(x.merge(y.merge(z)));
    assertThat(x.merge(Analytics.empty())).isEqualTo(x);
    assertThat(Analytics.empty().merge(x)).isEqualTo(x);
  }

  @Property(tries = 100)
  void analytics_travel_whole_through_java_serialization(@ForAll("catalogues") List<Video> videos)
      throws Exception {
    // given: what a cluster's worker sends to be merged
    Analytics analytics = Analytics.of(videos, CLASSIFIER);

    // when
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(analytics);
    }
    Object read;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      read = in.readObject();
    }

    // then: equal, and the terms keep the names they are shown by
    assertThat(read).isEqualTo(analytics);
    Analytics back = (Analytics) read;
    assertThat(back.software().keySet()).map(EditingSoftware::name)
        .containsExactlyElementsOf(analytics.software().keySet().stream()
            .map(EditingSoftware::name).toList());
    assertThat(back.genres().keySet()).map(Genre::name)
        .containsExactlyElementsOf(analytics.genres().keySet().stream()
            .map(Genre::name).toList());
    assertThat(back.toString()).isEqualTo(analytics.toString());
  }

  @Property(tries = 200)
  void a_parallel_stream_collects_what_a_loop_collects(@ForAll("catalogues") List<Video> videos) {
    // when
    Analytics parallel = videos.parallelStream().collect(Analytics.collector(CLASSIFIER));

    // then
    assertThat(parallel).isEqualTo(Analytics.of(videos, CLASSIFIER));
  }

  @Property(tries = 300)
  void originality_lies_between_0_and_1_and_is_1_for_sources_no_other_video_uses(
      @ForAll("catalogues") List<Video> catalogue, @ForAll("someVideos") Video video) {
    // given
    List<Video> all = new ArrayList<>(catalogue);
    all.add(video);
    Analytics analytics = Analytics.of(all);

    // when
    double originality = analytics.originality(video);

    // then
    assertThat(originality).isBetween(0.0, 1.0);
    boolean alone = video.usedSources().stream()
        .allMatch(source -> analytics.popularity(source.id()).getAsLong() == 1);
    Assume.that(!video.usedSources().isEmpty());
    assertThat(originality == 1.0).isEqualTo(alone);
  }

  @Property(tries = 300)
  void counting_more_videos_never_raises_a_videos_originality(
      @ForAll("catalogues") List<Video> catalogue, @ForAll("catalogues") List<Video> more,
      @ForAll("someVideos") Video video) {
    // given
    List<Video> all = new ArrayList<>(catalogue);
    all.add(video);
    Analytics before = Analytics.of(all);

    // when
    Analytics after = before.merge(Analytics.of(more));

    // then
    assertThat(after.originality(video)).isLessThanOrEqualTo(before.originality(video));
  }

  @Property(tries = 300)
  void using_a_more_popular_source_instead_never_raises_originality(
      @ForAll("swaps") Swap swap) {
    // given
    Analytics analytics = Analytics.of(swap.catalogue());
    long replaced = analytics.popularity(swap.replaced().id()).orElse(0);
    long replacement = analytics.popularity(swap.replacement().id()).orElse(0);
    Assume.that(replacement >= replaced);
    List<Source> sources = new ArrayList<>(swap.video().sources());
    sources.set(sources.indexOf(swap.replaced()), swap.replacement());
    Video swapped = Video.builder().from(swap.video()).sources(sources).build();

    // when
    double after = analytics.originality(swapped);

    // then
    assertThat(after).isLessThanOrEqualTo(analytics.originality(swap.video()));
  }

  @Property(tries = 300)
  void the_ranking_keeps_what_scoring_every_video_exactly_keeps_in_any_order(
      @ForAll("larger") List<Video> catalogue, @ForAll @IntRange(min = 0, max = 8) int limit) {
    // given: every video scored exactly, then sorted
    Analytics analytics = Analytics.of(catalogue);
    List<String> expected = catalogue.stream()
        .map(video -> new OriginalVideo(video.id(), video.title(), analytics.originality(video)))
        .sorted(Comparator.comparingDouble(OriginalVideo::originality).reversed()
            .thenComparing(OriginalVideo::id))
        .limit(limit).map(AnalyticsProperties::line).collect(Collectors.toList());
    List<Video> reversed = new ArrayList<>(catalogue);
    Collections.reverse(reversed);

    // when
    List<OriginalVideo> inOrder = analytics.mostOriginal(catalogue.iterator(), limit);
    OriginalityRanking byIds = analytics.ranking(limit);
    reversed.forEach(video -> byIds.offer(video.id(), video.title(),
        video.usedSources().stream().map(Source::id).collect(Collectors.toList())));

    // then
    assertThat(inOrder.stream().map(AnalyticsProperties::line)).containsExactlyElementsOf(expected);
    assertThat(byIds.result().stream().map(AnalyticsProperties::line))
        .containsExactlyElementsOf(expected);
  }

  @Provide
  Arbitrary<List<Video>> larger() {
    return videos().list().ofMaxSize(60);
  }

  private static String line(OriginalVideo video) {
    return video.id() + " " + video.originality();
  }
}
