/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.importers.tracker;

import static org.amvkit.importers.tracker.TrackerFile.fullRow;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.amvkit.core.Video;
import org.amvkit.importers.ImportException;
import org.amvkit.importers.OnBadValue;
import org.amvkit.importers.sources.SourceResolver;

/**
 * Whatever text a user's file holds in any column of a row that is otherwise a video's, reading it
 * as videos gives the video or one clear {@link ImportException} naming the row and the column,
 * never another exception.
 */
class TrackerVideosProperties {

  private static final SourceResolver BUNDLED = SourceResolver.builder().bundled().build();

  private static Path dir;
  private static Path db;

  @BeforeContainer
  static void createFile() throws IOException {
    dir = Files.createTempDirectory("amv-import-video-properties");
    db = dir.resolve("my.db");
    TrackerFile.create(db).close();
  }

  @AfterContainer
  static void deleteFiles() throws IOException {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
    }
  }

  @Property(tries = 300)
  void any_text_in_any_column_gives_the_video_or_one_error_naming_row_and_column(
      @ForAll("columns") String column, @ForAll("texts") String text) throws IOException {
    // given
    Map<String, Object> row = fullRow("aB3dE5fG7h");
    row.put(column, text);
    try (TrackerFile tracker = TrackerFile.bare(db)) {
      tracker.execute("DELETE FROM sub_db_0").insert("sub_db_0", row);
    }

    // when
    List<Video> videos = new ArrayList<>();
    RuntimeException error = null;
    try (AmvTrackerDatabase database = AmvTrackerDatabase.open(db);
        TrackerVideos read = TrackerVideos.of(database.entries(), BUNDLED)) {
      read.forEachRemaining(videos::add);
    } catch (RuntimeException e) {
      error = e;
    }

    // then
    if (error == null) {
      assertThat(videos).hasSize(1);
      return;
    }
    assertThat(error).isInstanceOf(ImportException.class);
    assertThat(error.getMessage()).doesNotContain("\n", "\r")
        .startsWith(db + ": table sub_db_0, ")
        .contains("column ");
    assertThat(videos).isEmpty();
  }

  @Provide
  Arbitrary<String> columns() {
    return Arbitraries.of(TrackerFile.NAMES);
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> any = Arbitraries.strings().ofMaxLength(40);
    Arbitrary<String> valueLike = Arbitraries.of("0", "1", "-1", "1.5", "3:45", "None", "", " ",
        "2011/03/02", "2011/02/30", "!!!", "; ;", "Balto; Balto", "Lion King, The; Bolt",
        "Best Drama", "Best Drama 1999\nBest Edit", "Steins;Gate", "Genres", "\u0000");
    return Arbitraries.oneOf(any, valueLike);
  }
}
