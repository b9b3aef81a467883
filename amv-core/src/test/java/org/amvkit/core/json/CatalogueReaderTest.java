/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import static org.amvkit.core.json.Documents.BALTO;
import static org.amvkit.core.json.Documents.DESIGN_EXAMPLE;
import static org.amvkit.core.json.Documents.bytes;
import static org.amvkit.core.json.Documents.catalogue;
import static org.amvkit.core.json.Documents.readAll;
import static org.amvkit.core.json.Documents.sources;
import static org.amvkit.core.json.Documents.video;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
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
import org.amvkit.core.Source;
import org.amvkit.core.Style;
import org.amvkit.core.Video;
import org.amvkit.core.catalogue.Catalogue;
import org.amvkit.core.species.Species;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueReaderTest {

  private static final Source BALTO_SOURCE = Source.builder()
      .id("balto").title("Balto").medium(Medium.ANIMATION).form(Form.FILM).year(Year.of(1995))
      .addCast(CastMember.of("Balto", "wolfdog"), CastMember.of("Jenna", "dog"))
      .build();
  private static final Source BOLT_SOURCE = Source.builder()
      .id("bolt").title("Bolt").medium(Medium.ANIMATION).form(Form.FILM).year(Year.of(2008))
      .studio("Walt Disney Animation Studios")
      .addCast(CastMember.of("Bolt", "dog"), CastMember.of("Mittens", "cat"))
      .build();

  @Test
  void the_example_of_the_design_reads_as_the_values_it_describes() {
    // when
    Catalogue catalogue = readAll(DESIGN_EXAMPLE);

    // then
    assertThat(catalogue.sources()).containsExactly(BALTO_SOURCE, BOLT_SOURCE);
    Video expected = Video.builder()
        .id("v-001").title("Run Free").duration(Duration.parse("PT3M41S"))
        .addCreators(Creator.of("SnowPaw", "NL"))
        .addSources(BALTO_SOURCE, BOLT_SOURCE)
        .addClips(Clip.of(BALTO_SOURCE, Duration.ZERO, Duration.ofMillis(4500)))
        .addMusic(Music.builder().title("Run").artist("Some Band").genre(Genre.ROCK)
            .kind(MusicKind.SONG).build())
        .addSoftware(EditingSoftware.SONY_VEGAS)
        .published(LocalDate.of(2011, 3, 2))
        .dedication(Dedication.birthday("FoxFan"))
        .build();
    assertThat(catalogue.videos()).containsExactly(expected);
    assertThat(catalogue.videos().get(0).usedSources()).containsExactly(BALTO_SOURCE, BOLT_SOURCE);
  }

  @Test
  void sources_are_read_when_the_reader_opens_and_videos_one_by_one() throws IOException {
    // given
    String json = catalogue(sources(BALTO), video("v-0"), video("v-1"));

    try (CatalogueReader reader = CatalogueReader.open(bytes(json))) {
      // then
      assertThat(reader.sources()).extracting(Source::id).containsExactly("balto");
      assertThat(reader.videosRead()).isZero();
      assertThat(reader.next().id()).isEqualTo("v-0");
      long afterFirst = reader.bytesRead();
      assertThat(reader.hasNext()).isTrue();
      assertThat(reader.next().id()).isEqualTo("v-1");
      assertThat(reader.bytesRead()).isGreaterThan(afterFirst);
      assertThat(reader.hasNext()).isFalse();
      assertThat(reader.videosRead()).isEqualTo(2);
      assertThat(reader.bytesRead()).isEqualTo(json.length());
      assertThatThrownBy(reader::next).isInstanceOf(NoSuchElementException.class)
          .hasMessage("no more videos in the catalogue");
    }
  }

  @Test
  void the_videos_stream_closes_the_reader_and_its_input() throws IOException {
    // given
    String json = catalogue(sources(BALTO), video("v-0"), video("v-1"), video("v-2"));
    boolean[] closed = {false};
    InputStream in = new FilterInputStream(bytes(json)) {
      @Override
      public void close() throws IOException {
        closed[0] = true;
        super.close();
      }
    };

    // when
    List<String> ids;
    try (Stream<Video> videos = CatalogueReader.open(in).videos()) {
      ids = videos.map(Video::id).toList();
    }

    // then
    assertThat(ids).containsExactly("v-0", "v-1", "v-2");
    assertThat(closed[0]).isTrue();
  }

  @Test
  void a_closed_reader_hands_out_nothing() throws IOException {
    CatalogueReader reader = CatalogueReader.open(bytes(catalogue(sources(BALTO), video("v-0"))));

    reader.close();
    reader.close();

    assertThatThrownBy(reader::hasNext).isInstanceOf(IllegalStateException.class)
        .hasMessage("the catalogue reader is closed");
  }

  @Test
  void reading_all_after_handing_out_videos_is_refused() throws IOException {
    try (CatalogueReader reader =
        CatalogueReader.open(bytes(catalogue(sources(BALTO), video("v-0"), video("v-1"))))) {
      reader.next();

      assertThatThrownBy(reader::readAll).isInstanceOf(IllegalStateException.class)
          .hasMessage("readAll() reads a whole catalogue, but 1 videos were already read");
    }
  }

  @Test
  void a_file_is_read_from_its_path(@TempDir Path directory) throws IOException {
    // given
    Path file = Files.writeString(directory.resolve("catalogue.json"), DESIGN_EXAMPLE);

    // when
    try (CatalogueReader reader = CatalogueReader.open(file)) {
      // then
      assertThat(reader.readAll().videos()).extracting(Video::id).containsExactly("v-001");
    }
  }

  @Test
  void a_character_stream_is_read_and_counted_in_characters() throws IOException {
    String json = catalogue(sources(BALTO), video("v-0"));

    try (CatalogueReader reader = CatalogueReader.open(new StringReader(json))) {
      assertThat(reader.readAll().videos()).hasSize(1);
      assertThat(reader.bytesRead()).isEqualTo(json.length());
    }
  }

  @Test
  void unknown_fields_are_ignored_wherever_they_are() {
    // given
    String json = """
        {"format": "amv-catalogue/1", "generator": {"name": "amv", "version": [0, 1]},
         "sources": [{"id": "balto", "title": "Balto", "medium": "animation", "rating": 4.5,
                      "characters": [{"name": "Balto", "species": "wolfdog", "voice": "Kevin Bacon"}]}],
         "videos": [{"id": "v-0", "title": "T", "duration": "PT1M", "views": 12000,
                     "creators": [{"name": "A", "avatar": null}], "sources": ["balto"]}],
         "comments": [{"videos": []}]}
        """;

    // when
    Catalogue catalogue = readAll(json);

    // then
    assertThat(catalogue.sources()).hasSize(1);
    assertThat(catalogue.videos()).extracting(Video::id).containsExactly("v-0");
  }

  @Test
  void a_catalogue_may_leave_out_its_videos() {
    Catalogue catalogue = readAll("{\"format\": \"amv-catalogue/1\", \"sources\": [" + BALTO + "]}");

    assertThat(catalogue.sources()).hasSize(1);
    assertThat(catalogue.videos()).isEmpty();
  }

  @Test
  void clip_characters_are_read_by_name_from_the_cast_or_in_full() {
    // given
    String json = catalogue(sources(BALTO), """
        {"id": "v-0", "title": "T", "duration": "PT1M", "creators": [{"name": "A"}],
         "clips": [{"characters": ["Balto", {"name": "Boris", "species": "goose"}],
                    "source": "balto", "start": "PT0S", "end": "PT5S"}]}""");

    // when
    Clip clip = readAll(json).videos().get(0).clips().get(0);

    // then
    assertThat(clip.characters()).containsExactly(CastMember.of("Balto", Species.WOLFDOG),
        CastMember.of("Boris", "goose"));
  }

  @Test
  void a_value_holds_nothing_of_the_one_read_before_it() {
    // given: the readers use one builder of each kind again and again
    String full = """
        {"id": "v-full", "title": "T", "duration": "PT3M", "published": "2013-06-06",
         "creators": [{"name": "A", "country": "br", "channel": "youtube.com/@a"}, {"name": "B"}],
         "sources": ["balto"],
         "clips": [{"source": "balto", "start": "PT0S", "end": "PT5S",
                    "characters": ["Balto", {"name": "Boris", "species": "goose"}]}],
         "music": [{"title": "Main Theme", "artist": "James Horner", "genre": "Eurobeat",
                    "kind": "score", "start": "PT0S", "end": "PT2M"}],
         "software": ["Vegas Pro"], "styles": ["sentimental"],
         "dedication": {"occasion": "birthday", "recipient": "C"},
         "awards": [{"event": "Con", "year": 2013, "award": "Best Drama", "place": 1}],
         "flags": {"watermark": true}, "tags": ["wolves"],
         "links": {"youtube": "https://youtu.be/x"}, "attributes": {"rating": "G"}}""";
    String plain = """
        {"id": "v-plain", "title": "U", "creators": [{"name": "D"}],
         "clips": [{"source": "balto", "start": "PT0S", "end": "PT5S"}],
         "music": [{"title": "Song", "artist": "E"}]}""";

    // when
    String again = full.replace("v-full", "v-again");
    List<Video> afterEachOther = readAll(catalogue(sources(BALTO), full, plain, again)).videos();

    // then
    Video alone = readAll(catalogue(sources(BALTO), plain)).videos().get(0);
    assertThat(afterEachOther.get(1)).isEqualTo(alone);
    assertThat(afterEachOther.get(1).creators().get(0).country()).isEmpty();
    assertThat(afterEachOther.get(1).clips().get(0).characters()).isEmpty();
    assertThat(afterEachOther.get(1).music().get(0).kind()).isEqualTo(alone.music().get(0).kind());
    assertThat(afterEachOther.get(2))
        .isEqualTo(readAll(catalogue(sources(BALTO), again)).videos().get(0));
    assertThat(afterEachOther.get(0).dedication()).isPresent();
    assertThat(afterEachOther.get(0).awards()).isPresent();
  }

  @Test
  void every_optional_field_is_read() {
    // given
    String json = catalogue(sources(BALTO), """
        {"id": "v-0", "title": "T", "duration": "PT3M",
         "creators": [{"name": "A", "country": "br", "channel": "youtube.com/@a"}, {"name": "B"}],
         "music": [{"title": "Main Theme", "artist": "James Horner", "genre": "Eurobeat",
                    "kind": "score", "start": "PT0S", "end": "PT2M"}],
         "software": ["Vegas Pro", "Kdenlive"],
         "styles": ["sentimental", "Horror"],
         "flags": {"watermark": true, "credits": false, "subtitles": null},
         "tags": ["wolves", "snow"]}""");

    // when
    Video video = readAll(json).videos().get(0);

    // then
    assertThat(video.creators()).containsExactly(
        Creator.builder().name("A").country("BR").channel("youtube.com/@a").build(),
        Creator.of("B"));
    assertThat(video.music()).containsExactly(Music.builder().title("Main Theme")
        .artist("James Horner").genre(Genre.parse("Eurobeat")).kind(MusicKind.SCORE)
        .position(Interval.of(Duration.ZERO, Duration.ofMinutes(2))).build());
    assertThat(video.music().get(0).genre().orElseThrow().name()).isEqualTo("Eurobeat");
    assertThat(video.software()).containsExactly(EditingSoftware.SONY_VEGAS,
        EditingSoftware.parse("Kdenlive"));
    assertThat(video.styles()).containsExactly(Style.ROMANCE, Style.parse("Horror"));
    assertThat(video.flag(ContentFlag.WATERMARK)).contains(true);
    assertThat(video.flag(ContentFlag.CREDITS)).contains(false);
    assertThat(video.flag(ContentFlag.SUBTITLES)).isEmpty();
    assertThat(video.tags()).containsExactly("wolves", "snow");
    assertThat(video.isCollaboration()).isTrue();
  }

  @Test
  void awards_left_out_are_not_recorded_an_empty_array_is_none_and_each_award_is_read() {
    // given
    String json = catalogue(sources(BALTO), video("v-0"),
        withAwards(video("v-1"), "null"),
        withAwards(video("v-2"), "[]"),
        withAwards(video("v-3"), """
            [{"event": "Otakon 2010 AMV Contest", "category": "Drama", "year": 2010},
             {"event": "AnimeNEXT 2011 AMV Contest", "date": "2011-06-12", "judge": "ignored"},
             {"event": "Howl-o-Con 2012 AMV Contest", "year": 2012, "date": "2012-07-04"}]"""));

    // when
    List<Video> videos = readAll(json).videos();

    // then
    assertThat(videos.get(0).awards()).isEmpty();
    assertThat(videos.get(1).awards()).isEmpty();
    assertThat(videos.get(2).awards()).contains(List.of());
    assertThat(videos.get(3).awards()).contains(List.of(
        Award.of("Otakon 2010 AMV Contest", "Drama", Year.of(2010)),
        Award.of("AnimeNEXT 2011 AMV Contest", LocalDate.of(2011, 6, 12)),
        Award.of("Howl-o-Con 2012 AMV Contest", LocalDate.of(2012, 7, 4))));
  }

  /** A video's JSON with an {@code awards} field added at its end. */
  private static String withAwards(String video, String awards) {
    return video.substring(0, video.lastIndexOf('}')) + ", \"awards\": " + awards + "}";
  }
}
