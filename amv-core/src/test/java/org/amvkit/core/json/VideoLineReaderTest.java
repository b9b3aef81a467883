/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import static org.amvkit.core.json.Documents.BALTO;
import static org.amvkit.core.json.Documents.catalogue;
import static org.amvkit.core.json.Documents.sources;
import static org.amvkit.core.json.Documents.video;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.util.List;
import org.amvkit.core.Source;
import org.amvkit.core.Video;
import org.junit.jupiter.api.Test;

/** One video per line, against a sources file: the line form a cluster can split. */
class VideoLineReaderTest {

  private static final String SOURCES = catalogue(sources(BALTO));
  private final VideoLineReader lines = VideoLineReader.of(SOURCES);

  @Test
  void reads_a_line_as_the_catalogue_reads_the_same_video() {
    Video fromCatalogue = Documents.readAll(catalogue(sources(BALTO), video("v-1"))).videos().get(0);

    Video fromLine = lines.read(video("v-1").replace('\n', ' '), 1);

    assertThat(fromLine).isEqualTo(fromCatalogue);
    assertThat(lines.sources()).extracting(Source::id).containsExactly("balto");
  }

  @Test
  void a_written_line_reads_back_equal() {
    Video video = lines.read(video("v-1"), 1);

    String line = VideoLineWriter.toLine(video);

    assertThat(line).doesNotContain("\n");
    assertThat(lines.read(line, 1)).isEqualTo(video);
  }

  @Test
  void every_problem_of_a_line_is_reported_with_the_line_number_and_a_path_from_the_video() {
    String bad = "{\"id\": \"v-1\", \"title\": \"T\", \"duration\": \"soon\","
        + " \"sources\": [\"balto\", \"nowhere\"]}";

    assertThatThrownBy(() -> lines.read(bad, 7))
        .isInstanceOf(VideoLineException.class)
        .hasMessage("line 7: duration: \"soon\" is not a valid duration;"
            + " sources[1]: unknown source \"nowhere\"")
        .asInstanceOf(type(VideoLineException.class))
        .satisfies(e -> {
          assertThat(e.line()).isEqualTo(7);
          assertThat(e.lineNumber()).isEqualTo(7L);
          assertThat(e.path()).isEqualTo("duration");
          assertThat(e.problems()).hasSize(2);
        });
  }

  @Test
  void a_line_that_is_not_json_names_its_line_and_column() {
    assertThatThrownBy(() -> lines.read("{\"id\": \"v-1\", ", 12))
        .isInstanceOf(VideoLineException.class)
        .hasMessageStartingWith("line 12, column ")
        .asInstanceOf(type(VideoLineException.class))
        .satisfies(e -> assertThat(e.path()).isEmpty());
  }

  @Test
  void a_line_is_one_video_object_and_nothing_after_it() {
    assertThatThrownBy(() -> lines.read("[1, 2]", 3))
        .hasMessage("line 3, column 1: expected a video object but found an array");
    assertThatThrownBy(() -> lines.read(video("v-1") + " {}", 4))
        .hasMessageStartingWith("line 4, column ")
        .hasMessageEndingWith("unexpected content after the video");
    assertThatThrownBy(() -> lines.read("", 5))
        .hasMessage("line 5: expected a video object but found the end of the input");
    assertThatThrownBy(() -> lines.read(video("v-1"), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line numbers count from 1, not 0");
  }

  @Test
  void a_line_number_beyond_an_int_is_kept_whole() {
    assertThatThrownBy(() -> lines.read("{}", 3_000_000_000L))
        .hasMessageStartingWith("line 3000000000: ")
        .asInstanceOf(type(VideoLineException.class))
        .satisfies(e -> {
          assertThat(e.lineNumber()).isEqualTo(3_000_000_000L);
          assertThat(e.line()).isEqualTo(-1);
        });
  }

  @Test
  void a_sources_file_must_not_list_videos() {
    assertThatThrownBy(() -> VideoLineReader.of(catalogue(sources(BALTO), video("v-1"))))
        .isInstanceOf(CatalogueFormatException.class)
        .hasMessageStartingWith("videos: a sources file lists no videos");
  }

  @Test
  void a_bad_sources_file_is_reported_as_a_catalogue_is() {
    assertThatThrownBy(() -> VideoLineReader.of("{\"format\": \"amv-catalogue/1\"}"))
        .isInstanceOf(CatalogueFormatException.class)
        .hasMessage("sources: missing");
  }

  @Test
  void sources_already_read_must_be_unique() {
    Source balto = lines.sources().get(0);

    assertThatThrownBy(() -> VideoLineReader.of(List.of(balto, balto)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two sources have the id balto");
    assertThat(VideoLineReader.of(List.of(balto)).read(video("v-2"), 1).sources())
        .containsExactly(balto);
  }
}
