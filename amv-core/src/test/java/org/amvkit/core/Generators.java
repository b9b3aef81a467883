/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Arbitraries of valid values, shared by the {@code *Properties} classes (which expose them as
 * named {@code @Provide} methods). Durations are whole seconds, from one second to four minutes,
 * so that clips often touch and overlap; every clip lies within its video.
 */
public final class Generators {

  /** Two sources of every medium, so that clips of different sources can share a medium. */
  public static final List<Source> POOL = pool();

  private Generators() {}

  private static List<Source> pool() {
    List<Source> pool = new ArrayList<>();
    for (Medium medium : Medium.values()) {
      for (int i = 1; i <= 2; i++) {
        pool.add(Source.of(medium.id() + "-" + i, medium.id() + " source " + i, medium));
      }
    }
    return List.copyOf(pool);
  }

  /**
   * Returns running times of one second to four minutes, in whole seconds.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Duration> durations() {
    return Arbitraries.longs().between(1, 240).map(Duration::ofSeconds);
  }

  /**
   * Returns sources with short ids (so that ids of different pools collide), any medium and a cast
   * that may or may not have animals.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Source> sources() {
    Arbitrary<String> ids = Arbitraries.strings().withCharRange('a', 'e').ofMinLength(1)
        .ofMaxLength(2);
    Arbitrary<List<CastMember>> casts = Arbitraries.of("dog", "wolfdog", "fox", "human",
            "shapeshifter")
        .map(species -> CastMember.of("Hero", species))
        .list().ofMaxSize(2);
    return Combinators.combine(ids, Arbitraries.of(Medium.class), casts)
        .as((id, medium, cast) -> Source.builder()
            .id(id).title("Title of " + id).medium(medium).addAllCast(cast).build());
  }

  /**
   * Returns pools of one to five sources with distinct ids, for one video.
   *
   * @return the arbitrary
   */
  public static Arbitrary<List<Source>> sourcePools() {
    return sources().list().ofMinSize(1).ofMaxSize(5).uniqueElements(Source::id);
  }

  /**
   * Returns clips of a source of {@code pool} that lie within {@code length}, in whole seconds.
   *
   * @param length  the running time, at least one second
   * @param pool  the sources to choose from, not empty
   * @return the arbitrary
   */
  public static Arbitrary<Clip> clips(Duration length, List<Source> pool) {
    return clips(0, length.toSeconds(), pool);
  }

  /**
   * Returns clips of a source of {@code pool} that lie within seconds {@code from} to {@code to}.
   *
   * @param from  the earliest start, in seconds
   * @param to  the latest end, in seconds, after {@code from}
   * @param pool  the sources to choose from, not empty
   * @return the arbitrary
   */
  public static Arbitrary<Clip> clips(long from, long to, List<Source> pool) {
    return Combinators.combine(
            Arbitraries.of(pool),
            Arbitraries.longs().between(from, to - 1),
            Arbitraries.longs().between(1, to - from))
        .as((source, start, length) -> Clip.of(source, Duration.ofSeconds(start),
            Duration.ofSeconds(Math.min(to, start + length))));
  }

  /**
   * Returns creators, with and without a country.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Creator> creators() {
    return Combinators.combine(
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
            Arbitraries.of("NL", "BR", "US", "GB", "JP", "MY").optional())
        .as((name, country) -> Creator.builder().name(name).country(country).build());
  }

  /**
   * Returns music that, if placed, plays within {@code length}.
   *
   * @param length  the running time
   * @return the arbitrary
   */
  public static Arbitrary<Music> music(Duration length) {
    Arbitrary<Long> offsets = Arbitraries.longs().between(0, length.toSeconds());
    Arbitrary<Interval> positions = Combinators.combine(offsets, offsets)
        .as((a, b) -> Interval.of(Duration.ofSeconds(Math.min(a, b)),
            Duration.ofSeconds(Math.max(a, b))));
    return Combinators.combine(
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
            Arbitraries.of(Genre.wellKnown()).optional(),
            Arbitraries.of(MusicKind.class),
            positions.optional())
        .as((title, artist, genre, kind, position) -> Music.builder()
            .title(title).artist(artist).genre(genre).kind(kind).position(position).build());
  }

  /**
   * Returns awards with and without a category, won in a year or on a day of 2000 to 2029.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Award> awards() {
    Arbitrary<LocalDate> days = Arbitraries.integers().between(0, 30 * 365 + 6)
        .map(day -> LocalDate.of(2000, 1, 1).plusDays(day));
    return Combinators.combine(
            Arbitraries.of("Otakon", "AnimeNEXT", "Howl-o-Con", "Anime Expo"),
            Arbitraries.of("Drama", "Action", "Best in Show").optional(),
            days, Arbitraries.of(true, false))
        .as((event, category, day, dated) -> Award.builder()
            .event(event + " " + day.getYear() + " AMV Contest").awardCategory(category)
            .year(Year.from(day)).date(java.util.Optional.of(day).filter(d -> dated))
            .build());
  }

  /**
   * Returns valid videos: one to three creators, zero to eight clips and some declared sources
   * from one pool of sources with distinct ids, music within the running time, and optional
   * details (software, styles, dedication, flags, tags, awards, publication date).
   *
   * @return the arbitrary
   */
  public static Arbitrary<Video> videos() {
    Arbitrary<Tuple.Tuple6<List<EditingSoftware>, List<Style>, java.util.Optional<Dedication>,
        java.util.Map<ContentFlag, Boolean>, java.util.Set<String>,
        java.util.Optional<List<Award>>>> details =
        Combinators.combine(
                Arbitraries.of(EditingSoftware.wellKnown()).list().ofMaxSize(2),
                Arbitraries.of(Style.wellKnown()).list().ofMaxSize(2),
                Combinators.combine(Arbitraries.of(Occasion.class),
                        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8))
                    .as(Dedication::of).optional(),
                Arbitraries.maps(Arbitraries.of(ContentFlag.class), Arbitraries.of(true, false))
                    .ofMaxSize(3),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6).set().ofMaxSize(3),
                awards().list().ofMaxSize(2).optional())
            .as(Tuple::of);
    Arbitrary<java.util.Optional<LocalDate>> published = Arbitraries.integers().between(0, 7000)
        .map(days -> LocalDate.of(2005, 1, 1).plusDays(days)).optional();
    return Combinators.combine(durations(), sourcePools()).flatAs((duration, pool) ->
        Combinators.combine(
                Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1)
                    .ofMaxLength(6).map(id -> "v-" + id),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12),
                creators().list().ofMinSize(1).ofMaxSize(3),
                Arbitraries.of(pool).list().uniqueElements().ofMaxSize(pool.size()),
                clips(duration, pool).list().ofMaxSize(8),
                music(duration).list().ofMaxSize(2),
                published,
                details)
            .as((id, title, creators, declared, clips, music, date, more) -> Video.builder()
                .id(id).title(title).duration(duration)
                .addAllCreators(creators)
                .addAllSources(declared)
                .addAllClips(clips)
                .addAllMusic(music)
                .published(date)
                .addAllSoftware(more.get1())
                .addAllStyles(more.get2())
                .dedication(more.get3())
                .putAllFlags(more.get4())
                .addAllTags(more.get5())
                .awards(more.get6())
                .build()));
  }
}
