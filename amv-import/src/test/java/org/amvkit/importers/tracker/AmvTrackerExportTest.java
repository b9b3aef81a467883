/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.importers.tracker;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.amvkit.importers.tracker.TrackerFile.emptyRow;
import static org.amvkit.importers.tracker.TrackerFile.exported;
import static org.amvkit.importers.tracker.TrackerFile.fullRow;
import static org.amvkit.importers.tracker.TrackerFile.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.amvkit.importers.ImportException;
import org.amvkit.importers.ImportProblem;
import org.amvkit.importers.OnBadValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The program's text export gives the same entries as its database. */
class AmvTrackerExportTest {

  /** Every tag column, named by itself, as the export knows them. */
  private static final Map<String, List<String>> EXPORTED_TAGS =
      Map.of("tags_1", List.of("Drama", "Sentimental"), "tags_2", List.of("Dogs"));

  @TempDir
  Path dir;

  private Path export(List<String> header, List<List<String>> rows) {
    return ExportFile.write(dir.resolve("export.csv"), header, rows);
  }

  private static List<TrackerEntry> readAll(Path file) throws IOException {
    try (TrackerEntries entries = AmvTrackerExport.open(file, OnBadValue.STOP)) {
      return entries.stream().toList();
    }
  }

  @Test
  void a_line_written_as_the_program_writes_it_gives_the_entry_of_its_row() throws IOException {
    // given
    Path file = export(header(), List.of(exported(fullRow("aB3dE5fG7h"))));

    // when / then
    assertThat(readAll(file))
        .containsExactly(AmvTrackerDatabaseTest.fullEntry("aB3dE5fG7h", EXPORTED_TAGS));
  }

  @Test
  void the_database_and_its_export_give_equal_entries_but_for_the_names_of_tag_groups()
      throws IOException {
    // given
    Map<String, Object> row = fullRow("aB3dE5fG7h");
    row.put("tags_2", null);
    Path db = dir.resolve("my.db");
    try (TrackerFile tracker = TrackerFile.create(db)) {
      tracker.insert("sub_db_0", row);
    }
    Path file = export(header(), List.of(exported(row)));

    // when
    TrackerEntry fromDatabase;
    try (AmvTrackerDatabase database = AmvTrackerDatabase.open(db);
        TrackerEntries entries = database.entries()) {
      fromDatabase = entries.next();
    }
    TrackerEntry fromExport = readAll(file).get(0);

    // then
    assertThat(fromDatabase.tags()).containsOnlyKeys("Genres");
    assertThat(fromExport.tags()).containsOnlyKeys("tags_1");
    assertThat(TrackerEntry.builder().from(fromExport).tags(fromDatabase.tags()).build())
        .isEqualTo(fromDatabase);
  }

  @Test
  void none_is_null_and_is_not_recorded() throws IOException {
    // given
    Path file = export(header(), List.of(exported(emptyRow("0000000001"))));

    // when / then
    assertThat(readAll(file)).containsExactly(TrackerEntry.builder().videoId("0000000001").build());
  }

  @Test
  void big_endian_exports_and_columns_in_another_order_are_read() throws IOException {
    // given
    List<String> header = header();
    List<String> values = exported(fullRow("aB3dE5fG7h"));
    Collections.reverse(header);
    Collections.reverse(values);
    header.add("a_column_of_a_later_version");
    values.add("ignored");
    Path file = ExportFile.write(dir.resolve("export.csv"), UTF_16BE, header, List.of(values));

    // when / then
    assertThat(readAll(file))
        .containsExactly(AmvTrackerDatabaseTest.fullEntry("aB3dE5fG7h", EXPORTED_TAGS));
  }

  @Test
  void quoted_values_keep_their_tabs_line_breaks_and_quotes() throws IOException {
    // given
    Map<String, Object> row = emptyRow("aB3dE5fG7h");
    row.put("video_description", "Line one\r\nline \"two\"\twith a tab");
    row.put("awards_won", "Best Drama\nBest Editing");
    Path file = export(header(), List.of(exported(row), exported(emptyRow("second0002"))));

    // when
    List<TrackerEntry> entries = readAll(file);

    // then
    assertThat(entries).extracting(TrackerEntry::videoId).containsExactly("aB3dE5fG7h", "second0002");
    assertThat(entries.get(0).description()).contains("Line one\r\nline \"two\"\twith a tab");
    assertThat(entries.get(0).awards()).containsExactly("Best Drama", "Best Editing");
  }

  @Test
  void an_export_without_a_byte_order_mark_is_not_utf16() {
    // given
    Path file = ExportFile.writeBytes(dir.resolve("export.csv"),
        (String.join("\t", header()) + "\n").getBytes(UTF_8));

    // when / then
    assertThatThrownBy(() -> readAll(file)).isInstanceOf(ImportException.class).hasMessage(file
        + ": not UTF-16: it has no byte-order mark, and AMV Tracker exports UTF-16 with one");
  }

  @Test
  void an_export_saved_again_as_utf8_is_named_as_such() {
    // given
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bytes.writeBytes((String.join("\t", header()) + "\n").getBytes(UTF_8));
    Path file = ExportFile.writeBytes(dir.resolve("export.csv"), bytes.toByteArray());

    // when / then
    assertThatThrownBy(() -> readAll(file)).hasMessage(file
        + ": not UTF-16: it starts with UTF-8's byte-order mark, and AMV Tracker exports UTF-16");
  }

  @Test
  void bytes_that_are_not_utf16_are_named_with_their_line() {
    // given: a high surrogate followed by a letter, on the second line
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
    bytes.writeBytes((String.join("\t", header()) + "\r\n").getBytes(UTF_16LE));
    bytes.writeBytes(new byte[] {0x3D, (byte) 0xD8, 0x41, 0x00});
    Path file = ExportFile.writeBytes(dir.resolve("export.csv"), bytes.toByteArray());

    // when / then
    assertThatThrownBy(() -> readAll(file)).isInstanceOf(ImportException.class)
        .hasMessage(file + ": line 2: the text is not valid UTF-16");
  }

  @Test
  void a_header_without_a_column_of_amv_trackers_is_rejected() {
    // given
    List<String> header = header();
    header.remove("play_count");
    Path file = export(header, List.of());

    // when / then
    assertThatThrownBy(() -> readAll(file))
        .hasMessage(file + ": line 1, column play_count: the header has no such column");
  }

  @Test
  void an_empty_export_has_no_header() {
    // given
    Path file = ExportFile.writeBytes(dir.resolve("export.csv"), new byte[] {(byte) 0xFF, (byte) 0xFE});

    // when / then
    assertThatThrownBy(() -> readAll(file)).hasMessage(file + ": line 1: the export has no header line");
  }

  @Test
  void a_line_with_fewer_values_than_the_header_has_columns_is_rejected() {
    // given
    List<String> values = exported(emptyRow("aB3dE5fG7h"));
    Path file = export(header(), List.of(exported(emptyRow("first00001")), values.subList(0, 40)));

    // when / then
    assertThatThrownBy(() -> readAll(file))
        .hasMessage(file + ": line 3: 40 values where the header has 42 columns");
  }

  @Test
  void a_value_that_cannot_be_read_is_named_with_its_line_row_and_column() {
    // given
    Map<String, Object> row = emptyRow("aB3dE5fG7h");
    row.put("video_length", "3:45");
    Path file = export(header(), List.of(exported(row)));

    // when / then
    assertThatThrownBy(() -> readAll(file)).hasMessage(file
        + ": line 2, row \"aB3dE5fG7h\", column video_length: \"3:45\" is not a whole number");
  }

  @Test
  void a_quote_that_never_closes_is_reported_with_the_line_it_opens() throws IOException {
    // given
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
    List<String> values = new ArrayList<>(exported(emptyRow("aB3dE5fG7h")));
    values.set(5, "\"never closed");
    bytes.writeBytes((String.join("\t", header()) + "\r\n" + String.join("\t", values) + "\r\n")
        .getBytes(UTF_16LE));
    Path file = ExportFile.writeBytes(dir.resolve("export.csv"), bytes.toByteArray());

    // when / then
    assertThatThrownBy(() -> readAll(file))
        .hasMessage(file + ": line 2: a quoted value does not end before the end of the file");
  }

  @Test
  void skipping_reads_past_short_lines_and_bad_values_and_reports_them() throws IOException {
    // given
    Map<String, Object> bad = emptyRow("bad0000002");
    bad.put("play_count", "-3");
    Path file = export(header(), List.of(exported(emptyRow("first00001")).subList(0, 3),
        exported(bad), exported(emptyRow("third00003"))));

    // when
    List<TrackerEntry> read;
    List<ImportProblem> skipped;
    try (TrackerEntries entries = AmvTrackerExport.open(file, OnBadValue.SKIP)) {
      read = entries.stream().toList();
      skipped = entries.skipped();
    }

    // then
    assertThat(read).extracting(TrackerEntry::videoId).containsExactly("bad0000002", "third00003");
    assertThat(skipped).extracting(ImportProblem::message).containsExactly(
        file + ": line 2: 3 values where the header has 42 columns",
        file + ": line 3, row \"bad0000002\", column play_count: -3 is negative");
  }

  @Test
  void an_export_is_told_apart_from_other_files_by_its_start() throws IOException {
    // given
    Path export = export(header(), List.of());
    Path big = ExportFile.write(dir.resolve("big.csv"), UTF_16BE, header(), List.of());
    Path utf8 = ExportFile.writeBytes(dir.resolve("utf8.csv"),
        (String.join("\t", header()) + "\n").getBytes(UTF_8));
    Path db = dir.resolve("my.db");
    TrackerFile.create(db).close();

    // when / then
    assertThat(AmvTrackerExport.isExport(export)).isTrue();
    assertThat(AmvTrackerExport.isExport(big)).isTrue();
    assertThat(AmvTrackerExport.isExport(utf8)).isFalse();
    assertThat(AmvTrackerExport.isExport(db)).isFalse();
    assertThat(AmvTrackerDatabase.isSqlite(db)).isTrue();
    assertThat(AmvTrackerDatabase.isSqlite(export)).isFalse();
  }
}
