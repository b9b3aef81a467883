/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import static org.amvkit.core.json.Documents.DESIGN_EXAMPLE;
import static org.amvkit.core.json.Documents.readAll;
import static org.amvkit.core.json.Documents.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.amvkit.core.Award;
import org.amvkit.core.CastMember;
import org.amvkit.core.Clip;
import org.amvkit.core.ContentFlag;
import org.amvkit.core.Creator;
import org.amvkit.core.EditingSoftware;
import org.amvkit.core.Genre;
import org.amvkit.core.InvalidValueException;
import org.amvkit.core.Medium;
import org.amvkit.core.Music;
import org.amvkit.core.Source;
import org.amvkit.core.Style;
import org.amvkit.core.Video;
import org.amvkit.core.catalogue.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueWriterTest {

  private static final Source BALTO = Source.builder().id("balto").title("Balto")
      .medium(Medium.ANIMATION).addCast(CastMember.of("Balto", "wolfdog")).build();
  private static final Source BOLT = Source.of("bolt", "Bolt", Medium.ANIMATION);

  private static Video.Builder video(String id) {
    return Video.builder().id(id).title("Run Free").duration(Duration.ofSeconds(221))
        .addCreators(Creator.of("SnowPaw", "NL"));
  }

  @Test
  void the_example_of_the_design_is_written_as_the_design_shows_it() {
    // given
    Catalogue catalogue = readAll(DESIGN_EXAMPLE);

    // when
    String json = write(catalogue);

    // then
    assertThat(json).isEqualTo("{\"format\":\"amv-catalogue/1\",\"sources\":["
        + "{\"id\":\"balto\",\"title\":\"Balto\",\"medium\":\"animation\",\"form\":\"film\","
        + "\"year\":1995,\"characters\":[{\"name\":\"Balto\",\"species\":\"wolfdog\"},"
        + "{\"name\":\"Jenna\",\"species\":\"dog\"}]},"
        + "{\"id\":\"bolt\",\"title\":\"Bolt\",\"medium\":\"animation\",\"form\":\"film\","
        + "\"year\":2008,\"studio\":\"Walt Disney Animation Studios\",\"characters\":["
        + "{\"name\":\"Bolt\",\"species\":\"dog\"},{\"name\":\"Mittens\",\"species\":\"cat\"}]}],"
        + "\"videos\":[{\"id\":\"v-001\",\"title\":\"Run Free\",\"duration\":\"PT3M41S\","
        + "\"creators\":[{\"name\":\"SnowPaw\",\"country\":\"NL\"}],"
        + "\"sources\":[\"balto\",\"bolt\"],"
        + "\"clips\":[{\"source\":\"balto\",\"start\":\"PT0S\",\"end\":\"PT4.5S\"}],"
        + "\"music\":[{\"title\":\"Run\",\"artist\":\"Some Band\",\"genre\":\"rock\","
        + "\"kind\":\"song\"}],"
        + "\"software\":[\"sony-vegas\"],\"published\":\"2011-03-02\","
        + "\"dedication\":{\"occasion\":\"birthday\",\"recipient\":\"FoxFan\"}}]}\n");
    assertThat(readAll(json)).isEqualTo(catalogue);
  }

  @Test
  void terms_that_are_not_well_known_are_written_by_the_name_given() {
    // given
    Video video = video("v-0")
        .addMusic(Music.builder().title("Night of Fire").artist("Niko").genre(Genre.parse("Euro Beat"))
            .build())
        .addSoftware(EditingSoftware.parse("Kdenlive"), EditingSoftware.ADOBE_AFTER_EFFECTS)
        .addStyles(Style.parse("Horror Parody"), Style.RHYTHM)
        .putFlags(ContentFlag.WATERMARK, true)
        .build();
    StringWriter out = new StringWriter();

    // when
    try (CatalogueWriter writer = CatalogueWriter.open(out)) {
      writer.write(video);
    }

    // then
    assertThat(out.toString()).contains("\"genre\":\"Euro Beat\"",
        "\"software\":[\"Kdenlive\",\"adobe-after-effects\"]",
        "\"styles\":[\"Horror Parody\",\"rhythm\"]", "\"flags\":{\"watermark\":true}");
    Video read = readAll(out.toString()).videos().get(0);
    assertThat(read).isEqualTo(video);
    assertThat(read.software().get(0).name()).isEqualTo("Kdenlive");
  }

  @Test
  void awards_recorded_as_none_are_written_as_an_empty_array_and_unrecorded_ones_not_at_all() {
    // given
    Video unrecorded = video("v-0").build();
    Video none = video("v-1").awards(List.of()).build();
    Video won = video("v-2").awards(List.of(
        Award.of("Otakon 2010 AMV Contest", "Drama", Year.of(2010)),
        Award.of("AnimeNEXT 2011 AMV Contest", LocalDate.of(2011, 6, 12)))).build();
    StringWriter out = new StringWriter();

    // when
    try (CatalogueWriter writer = CatalogueWriter.open(out)) {
      writer.write(unrecorded).write(none).write(won);
    }

    // then
    assertThat(out.toString()).contains("{\"id\":\"v-1\",\"title\":\"Run Free\","
        + "\"duration\":\"PT3M41S\",\"creators\":[{\"name\":\"SnowPaw\",\"country\":\"NL\"}],"
        + "\"sources\":[],\"music\":[],\"awards\":[]}",
        "\"awards\":[{\"event\":\"Otakon 2010 AMV Contest\","
        + "\"category\":\"Drama\",\"year\":2010},{\"event\":\"AnimeNEXT 2011 AMV Contest\","
        + "\"year\":2011,\"date\":\"2011-06-12\"}]");
    assertThat(out.toString()).containsOnlyOnce("\"awards\":[]");
    assertThat(out.toString()).containsOnlyOnce("\"awards\":[{");
    assertThat(readAll(out.toString()).videos()).containsExactly(unrecorded, none, won);
  }

  @Test
  void a_clip_character_from_the_cast_is_written_by_name_and_another_in_full() {
    // given
    Video video = video("v-0").addClips(Clip.builder().source(BALTO).start(Duration.ZERO)
        .end(Duration.ofSeconds(5))
        .addCharacters(CastMember.of("Balto", "wolfdog"), CastMember.of("Balto", "human"))
        .build()).build();
    StringWriter out = new StringWriter();

    // when
    try (CatalogueWriter writer = CatalogueWriter.open(out)) {
      writer.write(BALTO).write(video);
    }

    // then
    assertThat(out.toString()).contains(
        "\"characters\":[\"Balto\",{\"name\":\"Balto\",\"species\":\"human\"}]");
    assertThat(readAll(out.toString()).videos()).containsExactly(video);
  }

  @Test
  void a_writer_closed_at_once_leaves_an_empty_catalogue() {
    StringWriter out = new StringWriter();

    CatalogueWriter.open(out).close();

    assertThat(out.toString())
        .isEqualTo("{\"format\":\"amv-catalogue/1\",\"sources\":[],\"videos\":[]}\n");
  }

  @Test
  void pretty_printing_indents_the_document() {
    // given
    StringWriter out = new StringWriter();

    // when
    try (CatalogueWriter writer = CatalogueWriter.open(out).prettyPrinted()) {
      writer.write(BOLT);
    }

    // then
    assertThat(out.toString()).isEqualTo(Documents.lines(
        "{",
        "  \"format\" : \"amv-catalogue/1\",",
        "  \"sources\" : [ {",
        "    \"id\" : \"bolt\",",
        "    \"title\" : \"Bolt\",",
        "    \"medium\" : \"animation\"",
        "  } ],",
        "  \"videos\" : [ ]",
        "}"));
  }

  @Test
  void a_source_after_a_video_is_refused() {
    try (CatalogueWriter writer = CatalogueWriter.open(new StringWriter())) {
      writer.write(BOLT).write(video("v-0").addSources(BOLT).build());

      assertThatThrownBy(() -> writer.write(BALTO)).isInstanceOf(IllegalStateException.class)
          .hasMessage("source balto: amv-catalogue/1 lists every source before the first video");
    }
  }

  @Test
  void a_source_written_twice_is_refused() {
    try (CatalogueWriter writer = CatalogueWriter.open(new StringWriter())) {
      writer.write(BOLT);

      assertThatThrownBy(() -> writer.write(BOLT)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("source bolt: a source with the id \"bolt\" was written already");
    }
  }

  @Test
  void a_video_using_a_source_not_written_is_refused_and_the_writer_goes_on() {
    // given
    StringWriter out = new StringWriter();
    try (CatalogueWriter writer = CatalogueWriter.open(out)) {
      writer.write(BALTO);

      // when, then
      assertThatThrownBy(() -> writer.write(video("v-0").addSources(BALTO, BOLT).build()))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("video v-0: source \"bolt\" is not in the catalogue");
      writer.write(video("v-1").addSources(BALTO).build());
    }
    assertThat(readAll(out.toString()).videos()).extracting(Video::id).containsExactly("v-1");
  }

  @Test
  void a_video_using_a_different_source_under_a_written_id_is_refused() {
    try (CatalogueWriter writer = CatalogueWriter.open(new StringWriter())) {
      writer.write(BOLT);
      Source otherBolt = Source.of("bolt", "Bolt 2", Medium.ANIMATION);

      assertThatThrownBy(() -> writer.write(video("v-0").addSources(otherBolt).build()))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("video v-0: source \"bolt\" differs from the catalogue's source of that id");
    }
  }

  @Test
  void writing_after_closing_is_refused() {
    CatalogueWriter writer = CatalogueWriter.open(new StringWriter());
    writer.close();

    assertThatThrownBy(() -> writer.write(video("v-0").build()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the catalogue writer is closed");
  }

  @Test
  void a_file_is_written_in_utf_8(@TempDir Path directory) throws IOException {
    // given
    Path file = directory.resolve("catalogue.json");
    Source kiki = Source.of("kiki", "魔女の宅急便", Medium.ANIME);

    // when
    try (CatalogueWriter writer = CatalogueWriter.open(file)) {
      writer.write(kiki);
    }

    // then
    assertThat(Files.readString(file)).contains("\"title\":\"魔女の宅急便\"");
    try (CatalogueReader reader = CatalogueReader.open(file)) {
      assertThat(reader.sources()).containsExactly(kiki);
    }
  }
}
