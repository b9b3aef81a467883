/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.amvkit.core.json.Documents.BALTO;
import static org.amvkit.core.json.Documents.bytes;
import static org.amvkit.core.json.Documents.catalogue;
import static org.amvkit.core.json.Documents.sources;
import static org.amvkit.core.json.Documents.video;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.amvkit.core.Video;
import org.amvkit.core.catalogue.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A video id given twice is refused while the videos are streamed, naming both videos; distinct
 * ids are never refused for sharing a fingerprint when the catalogue is a file.
 */
class RepeatedVideoIdsTest {

  @TempDir
  Path directory;

  @Test
  void a_repeated_id_is_refused_while_streaming_naming_both_positions() throws IOException {
    // given: v-17 again at index 523
    String[] videos = new String[524];
    for (int i = 0; i < 523; i++) {
      videos[i] = video("v-" + i);
    }
    videos[523] = video("v-17");
    List<String> handedOut = new ArrayList<>();

    // when
    CatalogueFormatException e;
    try (CatalogueReader reader = CatalogueReader.open(bytes(catalogue(sources(BALTO), videos)))) {
      e = catchThrowableOfType(CatalogueFormatException.class,
          () -> reader.forEachRemaining(video -> handedOut.add(video.id())));
    }

    // then
    assertThat(e).hasMessage("videos[523].id: \"v-17\" is already the id of videos[17]");
    assertThat(e.path()).isEqualTo("videos[523].id");
    assertThat(handedOut).hasSize(523).doesNotHaveDuplicates();
  }

  @Test
  void a_repeated_id_in_a_file_is_refused_naming_both_positions() throws IOException {
    Path file = write(catalogue(sources(BALTO), video("v-0"), video("v-1"), video("v-2"),
        video("v-1")));

    CatalogueFormatException e = refusal(CatalogueReader.open(file));

    assertThat(e).hasMessage("videos[3].id: \"v-1\" is already the id of videos[1]");
  }

  @Test
  void the_other_problems_of_a_video_with_a_repeated_id_are_reported_with_it() {
    String json = catalogue(sources(BALTO), video("v-0"), """
        {"id": "v-0", "title": "T", "duration": "3:41", "creators": [{"name": "A"}],
         "sources": ["bolt"]}""");

    CatalogueFormatException e = catchThrowableOfType(CatalogueFormatException.class,
        () -> Documents.readAll(json));

    assertThat(e).hasMessage("videos[1].duration: \"3:41\" is not a valid duration;"
        + " videos[1].sources[0]: unknown source \"bolt\";"
        + " videos[1].id: \"v-0\" is already the id of videos[0]");
  }

  @Test
  void an_id_that_differs_only_in_case_or_spaces_is_not_a_repeat() {
    String json = catalogue(sources(BALTO), video("v-1"), video("V-1"), video("v-1 "));

    assertThat(Documents.readAll(json).videos()).extracting(Video::id)
        .containsExactly("v-1", "V-1", "v-1 ");
  }

  @Test
  void distinct_ids_whose_fingerprints_collide_are_read_from_a_file() throws IOException {
    // given: every id has one fingerprint, so each video's id is confirmed by reading it again
    Path file = write(catalogue(sources(BALTO), video("v-0"), video("v-1"), video("v-2"),
        video("v-3")));

    // when
    Catalogue read;
    try (CatalogueReader reader = CatalogueReader.open(file, new RepeatedIds(id -> 42L))) {
      read = reader.readAll();
    }

    // then
    assertThat(read.videos()).extracting(Video::id).containsExactly("v-0", "v-1", "v-2", "v-3");
  }

  @Test
  void a_repeat_among_colliding_fingerprints_in_a_file_names_its_first_copy() throws IOException {
    Path file = write(catalogue(sources(BALTO), video("v-0"), video("v-1"), video("v-2"),
        video("v-1")));

    CatalogueFormatException e = refusal(CatalogueReader.open(file, new RepeatedIds(id -> 42L)));

    assertThat(e).hasMessage("videos[3].id: \"v-1\" is already the id of videos[1]");
  }

  @Test
  void a_stream_cannot_be_read_again_so_a_fingerprint_match_is_taken_for_a_repeat()
      throws IOException {
    // The documented limit of streams: only a key-less attacker's 2^-64 chance per pair remains.
    String json = catalogue(sources(BALTO), video("v-0"), video("v-1"));

    CatalogueFormatException e = refusal(CatalogueReader.open(bytes(json),
        new RepeatedIds(id -> 42L)));

    assertThat(e).hasMessage("videos[1].id: \"v-1\" is already the id of videos[0]");
  }

  @Test
  void reading_an_id_again_skips_the_videos_before_and_what_is_nested_in_them()
      throws IOException {
    Path file = write("""
        {"format": "amv-catalogue/1", "sources": [{"id": "x", "title": "X"}], "extra": {"id": 1},
         "videos": [{"title": "T", "creators": [{"id": "not-me"}], "id": "v-0"},
                    {"creators": [{"name": "A", "id": "nested"}], "id": "v-1"},
                    {"id": 5}]}""");

    assertThat(CatalogueReader.idAgain(file, 0)).isEqualTo("v-0");
    assertThat(CatalogueReader.idAgain(file, 1)).isEqualTo("v-1");
    assertThat(CatalogueReader.idAgain(file, 2)).isNull();
    assertThat(CatalogueReader.idAgain(file, 3)).isNull();
    assertThat(CatalogueReader.idAgain(directory.resolve("gone.json"), 0)).isNull();
  }

  /** What reading all of a catalogue throws; the reader is closed after. */
  private static CatalogueFormatException refusal(CatalogueReader opened) {
    try (CatalogueReader reader = opened) {
      return catchThrowableOfType(CatalogueFormatException.class, reader::readAll);
    }
  }

  private Path write(String json) throws IOException {
    Path file = Files.createTempFile(directory, "catalogue", ".json");
    Files.writeString(file, json, UTF_8);
    return file;
  }
}
