/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.importers.tracker;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.amvkit.importers.tracker.TrackerFile.emptyRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.amvkit.importers.ImportException;
import org.amvkit.importers.ImportProblem;
import org.amvkit.importers.OnBadValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input: one clear message naming the file, the table, the row and the column. */
class AmvTrackerDatabaseErrorsTest {

  @TempDir
  Path dir;

  private Path db() {
    return dir.resolve("my.db");
  }

  /** A file whose main table has one row with these values, every other column NULL. */
  private Path withRow(Object... columnsAndValues) {
    Map<String, Object> row = emptyRow("aB3dE5fG7h");
    for (int i = 0; i < columnsAndValues.length; i += 2) {
      row.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
    }
    try (TrackerFile tracker = TrackerFile.create(db())) {
      tracker.insert("sub_db_0", row);
    }
    return db();
  }

  private static List<TrackerEntry> readAll(Path file) throws IOException {
    try (AmvTrackerDatabase database = AmvTrackerDatabase.open(file);
        TrackerEntries entries = database.entries()) {
      return entries.stream().toList();
    }
  }

  @Test
  void a_file_that_is_not_sqlite_is_rejected() throws IOException {
    // given
    Path file = Files.writeString(dir.resolve("notes.db"), "Balto; Bolt\n");

    // when / then
    assertThatThrownBy(() -> AmvTrackerDatabase.open(file)).isInstanceOf(ImportException.class)
        .hasMessage(file + ": not an SQLite database: it does not start with SQLite's header");
  }

  @Test
  void an_empty_file_is_not_sqlite() throws IOException {
    // given
    Path file = Files.createFile(dir.resolve("empty.db"));

    // when / then
    assertThatThrownBy(() -> AmvTrackerDatabase.open(file))
        .hasMessage(file + ": not an SQLite database: it does not start with SQLite's header");
  }

  @Test
  void a_missing_file_is_reported_as_such() {
    // when / then
    assertThatThrownBy(() -> AmvTrackerDatabase.open(dir.resolve("nowhere.db")))
        .isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void an_sqlite_file_without_amv_trackers_tables_is_rejected() {
    // given
    try (TrackerFile tracker = TrackerFile.bare(db())) {
      tracker.execute("CREATE TABLE recipes (name TEXT)");
    }

    // when / then
    assertThatThrownBy(() -> AmvTrackerDatabase.open(db())).isInstanceOf(ImportException.class)
        .hasMessage(db() + ": not an AMV Tracker database: it has no table db_name_lookup");
  }

  @Test
  void a_damaged_file_with_sqlites_header_is_reported_as_unreadable() throws IOException {
    // given: SQLite's header, then bytes that are no database
    byte[] bytes = new byte[4096];
    System.arraycopy("SQLite format 3\0".getBytes(US_ASCII), 0,
        bytes, 0, 16);
    Arrays.fill(bytes, 16, bytes.length, (byte) 0x5A);
    Path file = Files.write(dir.resolve("damaged.db"), bytes);

    // when / then
    assertThatThrownBy(() -> AmvTrackerDatabase.open(file)).isInstanceOf(ImportException.class)
        .hasMessageStartingWith(file + ": SQLite cannot read it: ")
        .hasMessageNotContaining("\n");
  }

  @Test
  void an_unknown_sub_database_is_rejected_naming_those_there_are() throws IOException {
    // given
    try (TrackerFile tracker = TrackerFile.create(db())) {
      tracker.subDatabase("sub_db_1", "Old favourites");
    }

    // when
    try (AmvTrackerDatabase database = AmvTrackerDatabase.open(db())) {
      // then
      assertThatThrownBy(() -> database.entries("Favourites", OnBadValue.STOP))
          .isInstanceOf(ImportException.class)
          .hasMessage(db() + ": table db_name_lookup: no sub-database named \"Favourites\" "
              + "(the file has \"Main database\", \"Old favourites\")");
    }
  }

  @Test
  void a_sub_database_whose_table_is_missing_is_rejected() throws IOException {
    // given
    try (TrackerFile tracker = TrackerFile.create(db())) {
      tracker.insert("db_name_lookup", "table_name", "sub_db_3", "user_subdb_name", "Gone");
    }

    // when
    try (AmvTrackerDatabase database = AmvTrackerDatabase.open(db())) {
      // then
      assertThatThrownBy(() -> database.entries("Gone", OnBadValue.STOP))
          .hasMessage(db() + ": table sub_db_3: the table is missing");
    }
  }

  @Test
  void a_name_lookup_that_names_another_table_is_rejected() {
    // given
    try (TrackerFile tracker = TrackerFile.create(db())) {
      tracker.insert("db_name_lookup", "table_name", "sub_db_1\"; DROP TABLE sub_db_0; --",
          "user_subdb_name", "Evil");
    }

    // when / then
    assertThatThrownBy(() -> AmvTrackerDatabase.open(db())).isInstanceOf(ImportException.class)
        .hasMessage(db() + ": table db_name_lookup, column table_name: "
            + "\"sub_db_1\\\"; DROP TABLE sub_db_0; --\" is not a table sub_db_N");
  }

  @Test
  void a_missing_column_is_named_with_its_table() {
    // given
    try (TrackerFile tracker = TrackerFile.create(db())) {
      tracker.execute("ALTER TABLE sub_db_0 DROP COLUMN play_count");
    }

    // when / then
    assertThatThrownBy(() -> readAll(db())).isInstanceOf(ImportException.class)
        .hasMessage(db() + ": table sub_db_0, column play_count: the column is missing");
  }

  @Test
  void text_where_a_number_belongs_is_named_with_its_row_and_column() {
    // given
    Path file = withRow("video_length", "3:45");

    // when
    ImportException thrown = catchThrowableOfType(ImportException.class, () -> readAll(file));

    // then
    assertThat(thrown).hasMessage(file + ": table sub_db_0, row \"aB3dE5fG7h\", "
        + "column video_length: \"3:45\" is not a whole number");
    assertThat(thrown.file()).isEqualTo(file.toString());
    assertThat(thrown.column()).contains("video_length");
    assertThat(thrown.problem().table()).contains("sub_db_0");
    assertThat(thrown.problem().videoId()).contains("aB3dE5fG7h");
  }

  @Test
  void a_date_that_is_not_year_month_day_with_slashes_is_rejected() {
    // given
    Path file = withRow("release_date", "2011-03-02");

    // when / then
    assertThatThrownBy(() -> readAll(file)).hasMessage(file + ": table sub_db_0, "
        + "row \"aB3dE5fG7h\", column release_date: \"2011-03-02\" is not a date as YYYY/MM/DD");
  }

  @Test
  void a_date_that_does_not_exist_is_rejected() {
    // given
    Path file = withRow("date_entered", "2011/02/30");

    // when / then
    assertThatThrownBy(() -> readAll(file)).hasMessage(file + ": table sub_db_0, "
        + "row \"aB3dE5fG7h\", column date_entered: \"2011/02/30\" is not a valid date: "
        + "Invalid date 'FEBRUARY 30'");
  }

  @Test
  void a_flag_other_than_zero_or_one_is_rejected() {
    // given
    Path file = withRow("notable", 2);

    // when / then
    assertThatThrownBy(() -> readAll(file)).hasMessage(file + ": table sub_db_0, "
        + "row \"aB3dE5fG7h\", column notable: 2 is neither 0 nor 1");
  }

  @Test
  void binary_data_where_text_belongs_is_rejected() {
    // given
    Path file = withRow("video_title", new byte[] {1, 2, 3});

    // when / then
    assertThatThrownBy(() -> readAll(file)).hasMessage(file + ": table sub_db_0, "
        + "row \"aB3dE5fG7h\", column video_title: binary data (3 bytes) where text belongs");
  }

  @Test
  void a_row_without_an_id_is_named_by_its_position() {
    // given
    try (TrackerFile tracker = TrackerFile.create(db())) {
      tracker.insert("sub_db_0", emptyRow("first00001")).insert("sub_db_0", emptyRow(""));
    }

    // when / then
    assertThatThrownBy(() -> readAll(db())).hasMessage(db() + ": table sub_db_0, row #2, "
        + "column video_id: the row has no video_id");
  }

  @Test
  void a_message_stays_on_one_line_whatever_the_value_holds() {
    // given
    Path file = withRow("play_count", "many\nmore\rthan \"that\"");

    // when / then
    assertThatThrownBy(() -> readAll(file)).hasMessage(file + ": table sub_db_0, "
        + "row \"aB3dE5fG7h\", column play_count: \"many\\nmore\\rthan \\\"that\\\"\" is not a "
        + "whole number");
  }

  @Test
  void skipping_bad_values_reads_on_and_reports_every_one() throws IOException {
    // given
    try (TrackerFile tracker = TrackerFile.create(db())) {
      Map<String, Object> first = emptyRow("first00001");
      first.put("video_length", "3:45");
      first.put("video_title", "Kept");
      first.put("release_date", "2011-03-02");
      Map<String, Object> second = emptyRow("");
      Map<String, Object> third = emptyRow("third00003");
      third.put("my_rating", "great");
      tracker.insert("sub_db_0", first).insert("sub_db_0", second).insert("sub_db_0", third);
    }

    // when
    List<TrackerEntry> read;
    List<ImportProblem> skipped;
    try (AmvTrackerDatabase database = AmvTrackerDatabase.open(db());
        TrackerEntries entries = database.entries("Main database", OnBadValue.SKIP)) {
      read = entries.stream().toList();
      skipped = entries.skipped();
    }

    // then
    assertThat(read).extracting(TrackerEntry::videoId).containsExactly("first00001", "third00003");
    assertThat(read.get(0).title()).contains("Kept");
    assertThat(read.get(0).length()).isEmpty();
    assertThat(read.get(0).released()).isEmpty();
    assertThat(read.get(1).myRating()).isEmpty();
    assertThat(skipped).extracting(ImportProblem::message).containsExactly(
        db() + ": table sub_db_0, row \"first00001\", column release_date: "
            + "\"2011-03-02\" is not a date as YYYY/MM/DD",
        db() + ": table sub_db_0, row \"first00001\", column video_length: "
            + "\"3:45\" is not a whole number",
        db() + ": table sub_db_0, row #2, column video_id: the row has no video_id",
        db() + ": table sub_db_0, row \"third00003\", column my_rating: \"great\" is not a number");
  }

  @Test
  void after_an_error_the_entries_say_that_reading_stopped() throws IOException {
    // given
    Path file = withRow("video_length", "3:45");

    // when
    try (AmvTrackerDatabase database = AmvTrackerDatabase.open(file);
        TrackerEntries entries = database.entries()) {
      assertThatThrownBy(entries::hasNext).isInstanceOf(ImportException.class);

      // then
      assertThatThrownBy(entries::hasNext).isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("reading stopped at an earlier error: " + file);
    }
  }
}
