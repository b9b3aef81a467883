/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.importers.tracker;

import static org.amvkit.importers.tracker.TrackerFile.emptyRow;
import static org.amvkit.importers.tracker.TrackerFile.exported;
import static org.amvkit.importers.tracker.TrackerFile.header;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.amvkit.importers.ImportException;
import org.amvkit.importers.OnBadValue;

/**
 * Whatever text a user's file holds in any column, reading it gives an entry or one clear
 * {@link ImportException}, never another exception.
 */
class TrackerEntryProperties {

  private static Path dir;
  private static Path db;

  @BeforeContainer
  static void createFile() throws IOException {
    dir = Files.createTempDirectory("amv-import-properties");
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
  void any_text_in_any_column_of_the_database_gives_an_entry_or_one_clear_error(
      @ForAll("columns") String column, @ForAll("texts") String text) throws IOException {
    // given
    Map<String, Object> row = emptyRow("aB3dE5fG7h");
    row.put(column, text);
    try (TrackerFile tracker = TrackerFile.bare(db)) {
      tracker.execute("DELETE FROM sub_db_0").insert("sub_db_0", row);
    }

    // when
    Outcome outcome = read(() -> {
      try (AmvTrackerDatabase database = AmvTrackerDatabase.open(db);
          TrackerEntries entries = database.entries()) {
        return entries.stream().toList();
      }
    });

    // then
    outcome.check(db, column, "table sub_db_0");
  }

  @Property(tries = 300)
  void any_text_in_any_column_of_the_export_gives_an_entry_or_one_clear_error(
      @ForAll("columns") String column, @ForAll("texts") String text) {
    // given
    Map<String, Object> row = emptyRow("aB3dE5fG7h");
    row.put(column, text);
    Path file = ExportFile.write(dir.resolve("export.csv"), header(), List.of(exported(row)));

    // when
    Outcome outcome = read(() -> {
      try (TrackerEntries entries = AmvTrackerExport.open(file, OnBadValue.STOP)) {
        return entries.stream().toList();
      }
    });

    // then
    outcome.check(file, column, "line 2");
  }

  @Property(tries = 100)
  void skipping_bad_values_always_reads_to_the_end(@ForAll("columns") String column,
      @ForAll("texts") String text) {
    // given
    Map<String, Object> row = emptyRow("aB3dE5fG7h");
    row.put(column, text);
    Path file = ExportFile.write(dir.resolve("export.csv"), header(),
        List.of(exported(row), exported(emptyRow("last000002"))));

    // when
    Outcome outcome = read(() -> {
      try (TrackerEntries entries = AmvTrackerExport.open(file, OnBadValue.SKIP)) {
        List<TrackerEntry> read = entries.stream().toList();
        assertThat(read.size() + entries.skipped().size()).isGreaterThanOrEqualTo(2);
        return read;
      }
    });

    // then
    assertThat(outcome.error).isNull();
    assertThat(outcome.entries.get(outcome.entries.size() - 1).videoId()).isEqualTo("last000002");
  }

  @Provide
  Arbitrary<String> columns() {
    return Arbitraries.of(TrackerFile.NAMES);
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> any = Arbitraries.strings().ofMaxLength(40);
    Arbitrary<String> numberLike = Arbitraries.of("0", "1", "-1", "2", "1.5", "1e400", "NaN",
        "99999999999999999999", "3:45", "None", "", " ", "2011/03/02", "2011/02/30", "0x1F",
        "\"", "\"quoted\"", "a\tb", "a\nb", "; ;", "sub_db_0\"; DROP TABLE sub_db_0; --");
    return Arbitraries.oneOf(any, numberLike);
  }

  /** What reading gave: the entries, or the exception thrown. */
  private record Outcome(List<TrackerEntry> entries, RuntimeException error) {

    /** An entry, or an ImportException on one line naming the file, the place and the column. */
    void check(Path file, String column, String place) {
      if (error == null) {
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).videoId()).isEqualTo(
            column.equals("video_id") ? entries.get(0).videoId() : "aB3dE5fG7h");
        return;
      }
      assertThat(error).isInstanceOf(ImportException.class);
      assertThat(error.getMessage()).doesNotContain("\n", "\r")
          .startsWith(file + ": " + place + ", ")
          .contains("column " + column + ": ");
    }
  }

  @FunctionalInterface
  private interface Read {
    List<TrackerEntry> read() throws IOException;
  }

  private static Outcome read(Read read) {
    try {
      return new Outcome(read.read(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      return new Outcome(null, e);
    }
  }
}
