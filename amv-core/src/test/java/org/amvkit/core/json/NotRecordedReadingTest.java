/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import static org.amvkit.core.json.Documents.BALTO;
import static org.amvkit.core.json.Documents.catalogue;
import static org.amvkit.core.json.Documents.readAll;
import static org.amvkit.core.json.Documents.sources;
import static org.amvkit.core.json.Documents.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import org.amvkit.core.Medium;
import org.amvkit.core.Source;
import org.amvkit.core.Video;
import org.amvkit.core.catalogue.Catalogue;
import org.junit.jupiter.api.Test;

/**
 * How {@code amv-catalogue/1} reads what a catalogue leaves out: an absent key is a fact not
 * recorded, an empty list is none, and {@code "music": null} is an error.
 */
class NotRecordedReadingTest {

  private static final String BARE_VIDEO = """
      {"id": "v-0", "title": "T", "creators": [{"name": "A"}]}""";

  @Test
  void a_video_with_only_id_title_and_creators_has_nothing_else_recorded() {
    // when
    Video video = readAll(catalogue(sources(BALTO), BARE_VIDEO)).videos().get(0);

    // then
    assertThat(video.duration()).isEmpty();
    assertThat(video.musicRecorded()).isFalse();
    assertThat(video.sourcesRecorded()).isFalse();
    assertThat(video.music()).isEmpty();
    assertThat(video.usedSources()).isEmpty();
  }

  @Test
  void empty_lists_record_none() {
    // when
    Video video = readAll(catalogue(sources(BALTO), """
        {"id": "v-0", "title": "T", "duration": "PT1M", "creators": [{"name": "A"}],
         "sources": [], "music": []}""")).videos().get(0);

    // then
    assertThat(video.duration()).contains(Duration.ofMinutes(1));
    assertThat(video.musicRecorded()).isTrue();
    assertThat(video.sourcesRecorded()).isTrue();
    assertThat(video.usedSources()).isEmpty();
  }

  @Test
  void clips_alone_record_the_sources() {
    // when
    Video video = readAll(catalogue(sources(BALTO), """
        {"id": "v-0", "title": "T", "creators": [{"name": "A"}],
         "clips": [{"source": "balto", "start": "PT0S", "end": "PT5S"}]}""")).videos().get(0);

    // then
    assertThat(video.sourcesRecorded()).isTrue();
    assertThat(video.usedSources()).extracting(Source::id).containsExactly("balto");
  }

  @Test
  void a_source_without_medium_has_its_medium_not_recorded() {
    // when
    Source source = readAll(catalogue(sources("""
        {"id": "tlk", "title": "The Lion King"}"""))).sources().get(0);

    // then
    assertThat(source.medium()).isEmpty();
    assertThat(source.isAnimated()).isFalse();
  }

  @Test
  void music_null_is_an_error_naming_its_path() {
    // given
    String json = catalogue(sources(BALTO), """
        {"id": "v-0", "title": "T", "duration": "PT1M", "creators": [{"name": "A"}],
         "music": null}""");

    // when
    CatalogueFormatException e = catchThrowableOfType(CatalogueFormatException.class,
        () -> readAll(json));

    // then
    assertThat(e).hasMessage("videos[0].music: music is null: leave \"music\" out if it is not"
        + " recorded, or give [] for a video set to no music");
    assertThat(e.path()).isEqualTo("videos[0].music");
  }

  @Test
  void a_duration_of_zero_is_an_error_naming_its_path() {
    // given
    String json = catalogue(sources(BALTO), """
        {"id": "v-0", "title": "T", "duration": "PT0S", "creators": [{"name": "A"}]}""");

    // when
    CatalogueFormatException e = catchThrowableOfType(CatalogueFormatException.class,
        () -> readAll(json));

    // then
    assertThat(e.getMessage()).startsWith("videos[0]").contains("duration is zero");
  }

  @Test
  void what_is_not_recorded_is_written_out_and_reads_back_not_recorded() {
    // given
    Catalogue catalogue = readAll(catalogue(sources("""
        {"id": "tlk", "title": "The Lion King"}"""), BARE_VIDEO));

    // when
    String written = write(catalogue);

    // then
    assertThat(written).doesNotContain("medium", "duration", "music", "\"sources\":[\"",
        "clips");
    assertThat(readAll(written)).isEqualTo(catalogue);
  }

  @Test
  void a_source_built_without_medium_is_not_animated_and_leaves_all_animated_open() {
    // given
    Source unknown = Source.builder().id("tlk").title("The Lion King").build();
    Source anime = Source.of("akira", "Akira", Medium.ANIME);
    Video video = Video.builder().id("v").title("T").duration(Duration.ofMinutes(1))
        .addCreators(org.amvkit.core.Creator.of("A")).addSources(unknown, anime).build();

    // then
    assertThat(video.isAllAnimated()).isFalse();
    assertThat(video.mayBeAllAnimated()).isTrue();
    assertThat(video.isAllAnime()).isFalse();
    assertThat(video.mayBeAllAnime()).isTrue();
  }
}
