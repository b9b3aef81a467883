/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import static org.amvkit.core.json.Documents.readAll;
import static org.amvkit.core.json.Documents.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.amvkit.core.Award;
import org.amvkit.core.CastMember;
import org.amvkit.core.Clip;
import org.amvkit.core.ContentFlag;
import org.amvkit.core.Creator;
import org.amvkit.core.Dedication;
import org.amvkit.core.EditingSoftware;
import org.amvkit.core.Form;
import org.amvkit.core.Genre;
import org.amvkit.core.Interval;
import org.amvkit.core.Medium;
import org.amvkit.core.Music;
import org.amvkit.core.MusicKind;
import org.amvkit.core.Occasion;
import org.amvkit.core.Source;
import org.amvkit.core.Style;
import org.amvkit.core.Video;
import org.amvkit.core.catalogue.Catalogue;
import org.amvkit.core.species.Posture;
import org.amvkit.core.species.Species;

/** What the writer writes, the reader reads back equal: nothing is lost on the way. */
class CatalogueRoundTripProperties {

  @Property(tries = 400)
  void a_written_catalogue_reads_back_equal(@ForAll("catalogues") Catalogue catalogue) {
    // when
    String json = write(catalogue);
    Catalogue read = readAll(json);

    // then
    assertThat(read.sources()).isEqualTo(catalogue.sources());
    assertThat(read.videos()).isEqualTo(catalogue.videos());
    // names that take no part in equality (of terms, of species) survive too
    assertThat(write(read)).isEqualTo(json);
  }

  @Property(tries = 200)
  void a_catalogue_in_its_line_form_reads_back_equal(@ForAll("catalogues") Catalogue catalogue) {
    // when: the sources file, then each video on a line of its own
    VideoLineReader lines = VideoLineReader.of(
        write(Catalogue.builder().addAllSources(catalogue.sources()).build()));
    List<Video> read = new ArrayList<>();
    for (Video video : catalogue.videos()) {
      String line = VideoLineWriter.toLine(video);
      assertThat(line).doesNotContain("\n", "\r");
      read.add(lines.read(line, read.size() + 1));
    }

    // then
    assertThat(lines.sources()).isEqualTo(catalogue.sources());
    assertThat(read).isEqualTo(catalogue.videos());
  }

  @Property(tries = 100)
  void a_source_reads_back_with_the_names_it_was_given(@ForAll("sources") Source source) {
    // when
    Catalogue read = readAll(write(Catalogue.builder().addSources(source).build()));

    // then
    Source back = read.sources().get(0);
    assertThat(back).isEqualTo(source);
    assertThat(back.cast()).extracting(member -> member.species().name())
        .isEqualTo(source.cast().stream().map(member -> member.species().name()).toList());
  }

  // ---------------------------------------------------------------- catalogues

  @Provide
  Arbitrary<Catalogue> catalogues() {
    return sources().list().ofMaxSize(4).uniqueElements(Source::id)
        .flatMap(sources -> videos(sources).list().ofMaxSize(4).uniqueElements(Video::id)
            .map(videos -> Catalogue.builder().addAllSources(sources).addAllVideos(videos).build()));
  }

  @Provide
  Arbitrary<Source> sources() {
    return Combinators.combine(ids(), texts(), Arbitraries.of(Medium.class).optional(0.8),
            Arbitraries.of(Form.class).optional(), Arbitraries.integers().between(1888, 2030).optional(),
            texts().optional(), texts().optional(), castMembers().list().ofMaxSize(3))
        .as((id, title, medium, form, year, studio, franchise, cast) -> Source.builder()
            .id(id).title(title).medium(medium).form(form).year(year.map(Year::of))
            .studio(studio).franchise(franchise).addAllCast(cast)
            .build());
  }

  @Provide
  Arbitrary<CastMember> castMembers() {
    return Combinators.combine(texts(), species(), Arbitraries.of(Posture.class).optional(0.5))
        .as((name, species, posture) -> posture.isPresent()
            ? CastMember.of(name, species, posture.get()) : CastMember.of(name, species));
  }

  @Provide
  Arbitrary<Species> species() {
    Arbitrary<String> known = Arbitraries.of(Species.known()).map(Species::name);
    Arbitrary<String> aliases = Arbitraries.of("wolfdog", "Kitten", "lioness", "anthropomorphic fox",
        "wolves", "Shape Shifter", "Nine-Tailed Kitsune", "fox (anthro)", "anthro Shape Shifter",
        "Siberian husky", "wolf pup", "geese");
    return Arbitraries.oneOf(known, aliases, texts().filter(CatalogueRoundTripProperties::hasWord))
        .map(Species::parse);
  }

  // ---------------------------------------------------------------- videos

  /**
   * Videos that use only the given sources; some leave their duration, music or sources not
   * recorded (bits 1, 2 and 4 of {@code unrecorded}), which the writer must leave out and the
   * reader read back as not recorded.
   */
  Arbitrary<Video> videos(List<Source> sources) {
    Arbitrary<Duration> durations = Arbitraries.longs().between(1, 600_000).map(Duration::ofMillis);
    return durations.flatMap(duration -> Combinators.combine(
            ids(), texts(), creators().list().ofMinSize(1).ofMaxSize(3),
            declaredSources(sources), clipLists(sources, duration),
            music(duration).list().ofMaxSize(2), extras(), Arbitraries.integers().between(0, 7))
        .as((id, title, creators, declared, clips, music, extras, unrecorded) -> {
          Video.Builder video = Video.builder().id(id).title(title)
              .addAllCreators(creators);
          if ((unrecorded & 1) == 0) {
            video.duration(duration);
          }
          if ((unrecorded & 2) == 0) {
            video.addAllMusic(music);
          } else {
            video.musicRecorded(false);
          }
          if ((unrecorded & 4) == 0) {
            video.addAllSources(declared).addAllClips(clips);
          } else {
            video.sourcesRecorded(false);
          }
          return extras.addTo(video).build();
        }));
  }

  @Provide
  Arbitrary<Creator> creators() {
    return Combinators.combine(texts(),
            Arbitraries.of("NL", "BR", "US", "GB", "JP", "MY").optional(), texts().optional())
        .as((name, country, channel) -> Creator.builder().name(name).country(country)
            .channel(channel).build());
  }

  private Arbitrary<List<Clip>> clipLists(List<Source> sources, Duration duration) {
    return sources.isEmpty() ? Arbitraries.just(List.of())
        : clips(sources, duration).list().ofMaxSize(3);
  }

  private Arbitrary<List<Source>> declaredSources(List<Source> sources) {
    return sources.isEmpty() ? Arbitraries.just(List.of())
        : Arbitraries.of(sources).list().ofMaxSize(3);
  }

  /** Clips inside a video of this duration, from the given sources (at least one). */
  Arbitrary<Clip> clips(List<Source> sources, Duration duration) {
    Arbitrary<Long> offsets = Arbitraries.longs().between(0, duration.toMillis());
    return Combinators.combine(Arbitraries.of(sources), offsets, offsets,
            Arbitraries.integers().between(0, 3), castMembers().list().ofMaxSize(2))
        .filter((source, a, b, fromCast, others) -> !a.equals(b))
        .as((source, a, b, fromCast, others) -> {
          List<CastMember> characters = new ArrayList<>();
          for (int i = 0; i < Math.min(fromCast, source.cast().size()); i++) {
            characters.add(source.cast().get(i));
          }
          characters.addAll(others);
          return Clip.builder().source(source)
              .start(Duration.ofMillis(Math.min(a, b))).end(Duration.ofMillis(Math.max(a, b)))
              .addAllCharacters(characters)
              .build();
        });
  }

  /** Music placed, if at all, inside a video of this duration. */
  Arbitrary<Music> music(Duration duration) {
    Arbitrary<Long> offsets = Arbitraries.longs().between(0, duration.toMillis());
    Arbitrary<Optional<Interval>> positions = Combinators.combine(offsets, offsets)
        .as((a, b) -> Interval.of(Duration.ofMillis(Math.min(a, b)), Duration.ofMillis(Math.max(a, b))))
        .optional();
    return Combinators.combine(texts(), texts(), genres().optional(),
            Arbitraries.of(MusicKind.class), positions)
        .as((title, artist, genre, kind, position) -> Music.builder().title(title).artist(artist)
            .genre(genre).kind(kind).position(position).build());
  }

  @Provide
  Arbitrary<Genre> genres() {
    return Arbitraries.oneOf(Arbitraries.of(Genre.wellKnown()),
        Arbitraries.of("Eurobeat", "pop music", "OST", "Nightcore").map(Genre::parse),
        texts().filter(CatalogueRoundTripProperties::hasWord).map(Genre::parse));
  }

  @Provide
  Arbitrary<Style> styles() {
    return Arbitraries.oneOf(Arbitraries.of(Style.wellKnown()),
        texts().filter(CatalogueRoundTripProperties::hasWord).map(Style::parse));
  }

  @Provide
  Arbitrary<EditingSoftware> software() {
    return Arbitraries.oneOf(Arbitraries.of(EditingSoftware.wellKnown()),
        Arbitraries.of("Vegas Pro", "Kdenlive", "Shotcut").map(EditingSoftware::parse),
        texts().filter(CatalogueRoundTripProperties::hasWord).map(EditingSoftware::parse));
  }

  /** The facts about a video that do not depend on its duration or sources. */
  record Extras(List<EditingSoftware> software, Optional<LocalDate> published,
      Optional<Dedication> dedication, List<Style> styles, Map<ContentFlag, Boolean> flags,
      Optional<List<Award>> awards, Set<String> tags, Texts texts) {

    Video.Builder addTo(Video.Builder video) {
      return video.addAllSoftware(software).published(published).dedication(dedication)
          .addAllStyles(styles).putAllFlags(flags).awards(awards).addAllTags(tags)
          .putAllLinks(texts.links()).putAllAttributes(texts.attributes());
    }
  }

  /** A video's links and attributes: texts by name. */
  record Texts(Map<String, String> links, Map<String, String> attributes) {
  }

  @Provide
  Arbitrary<Extras> extras() {
    Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 40 * 366)
        .map(days -> LocalDate.of(1995, 1, 1).plusDays(days));
    Arbitrary<Dedication> dedications = Combinators.combine(Arbitraries.of(Occasion.class), texts())
        .as(Dedication::of);
    return Combinators.combine(software().list().ofMaxSize(2), dates.optional(),
            dedications.optional(), styles().list().ofMaxSize(2),
            Arbitraries.maps(Arbitraries.of(ContentFlag.class), Arbitraries.of(true, false))
                .ofMaxSize(3),
            awards().list().ofMaxSize(3).optional(),
            texts().set().ofMaxSize(3),
            Combinators.combine(
                Arbitraries.maps(Arbitraries.of("youtube", "amvnews", "org"), texts())
                    .ofMaxSize(2),
                // names as a program's columns are named: no escapes in them, which would move
                // where DuplicateFieldProperties (built on these catalogues) finds a name twice
                Arbitraries.maps(Arbitraries.strings().withCharRange('a', 'z').withChars('_')
                    .ofMinLength(1).ofMaxLength(12), texts()).ofMaxSize(3)).as(Texts::new))
        .as(Extras::new);
  }

  /** Awards with and without a category, won in a year or on a day. */
  @Provide
  Arbitrary<Award> awards() {
    Arbitrary<LocalDate> days = Arbitraries.integers().between(0, 40 * 366)
        .map(day -> LocalDate.of(1990, 1, 1).plusDays(day));
    return Combinators.combine(texts(), texts().optional(), days, Arbitraries.of(true, false))
        .as((event, category, day, dated) -> Award.builder().event(event).awardCategory(category)
            .year(Year.from(day)).date(Optional.of(day).filter(d -> dated)).build());
  }

  // ---------------------------------------------------------------- text

  @Provide
  Arbitrary<String> ids() {
    return Arbitraries.strings().withCharRange('a', 'z').withChars('-', '0', '7')
        .ofMinLength(1).ofMaxLength(6).filter(CatalogueRoundTripProperties::hasWord);
  }

  /** Non-blank text with characters JSON must escape and characters beyond ASCII. */
  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withCharRange(' ', '~').withChars("äéß日本語\"\\/\n\t\u0001\u2028")
        .ofMinLength(1).ofMaxLength(12).filter(text -> !text.isBlank());
  }

  private static boolean hasWord(String text) {
    return text.chars().anyMatch(Character::isLetterOrDigit);
  }
}
