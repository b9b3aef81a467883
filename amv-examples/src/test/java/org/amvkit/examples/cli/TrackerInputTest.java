/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import static org.amvkit.examples.cli.ImportCommandTest.filesIn;
import static org.amvkit.examples.cli.ImportCommandTest.sha256;
import static org.amvkit.examples.cli.TrackerDatabases.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that reads a catalogue reads AMV Tracker's files too, told by content, and
 * standard input given as {@code -}; the user's file is never written.
 */
class TrackerInputTest {

  private static final String NOTE = "amv: no FILE given: reading the embedded sample catalogue "
      + "(give - to read a catalogue from standard input)";
  private static final String CONTEST =
      "src/main/resources/org/amvkit/examples/sample-contest.json";

  @TempDir
  Path dir;

  private static String sample() throws IOException {
    try (InputStream in = CatalogueInput.class.getResourceAsStream(CatalogueInput.SAMPLE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void every_command_reads_a_tracker_database_and_leaves_it_as_it_was() throws IOException {
    // given: a name that says nothing of what the file is
    Path database = TrackerDatabases.create(dir.resolve("my_videos.json"),
        row("a000000001", "Run Free", "Balto; Lion King, The", 221),
        row("a000000002", "Spirit Run", "Spirit: Stallion of the Cimarron", 200));
    String before = sha256(database);

    // when
    Cli classify = Cli.run("classify", database.toString());
    Cli explain = Cli.run("explain", "a000000002", database.toString());
    Cli stats = Cli.run("stats", database.toString());
    Cli contest = Cli.run("contest", CONTEST, database.toString());

    // then
    assertThat(classify.exitCode).as(classify.err).isZero();
    assertThat(classify.outLines()).hasSize(3);
    assertThat(classify.outLines().get(1)).startsWith("a000000001");
    assertThat(explain.exitCode).as(explain.err).isZero();
    assertThat(explain.outLines().get(0)).startsWith("a000000002 \"Spirit Run\": ");
    assertThat(stats.exitCode).as(stats.err).isZero();
    assertThat(stats.out).contains("2 videos");
    assertThat(contest.exitCode).as(contest.err).isNotEqualTo(Amv.EXIT_BAD_INPUT);
    assertThat(List.of(classify, explain, stats)).allMatch(cli -> cli.err.isEmpty());
    assertThat(sha256(database)).isEqualTo(before);
    assertThat(filesIn(dir)).containsExactly("my_videos.json");
  }

  @Test
  void an_export_is_classified_as_its_database_is() throws IOException {
    // given
    Map<String, Object> row = row("a000000001", "Run Free", "Balto; Lion King, The", 221);
    Path export = TrackerDatabases.export(dir.resolve("export.csv"), row);
    Path database = TrackerDatabases.create(dir.resolve("my.db"), row);

    // when
    Cli fromExport = Cli.run("classify", "--format", "json", export.toString());
    Cli fromDatabase = Cli.run("classify", "--format", "json", database.toString());

    // then
    assertThat(fromExport.exitCode).as(fromExport.err).isZero();
    assertThat(fromExport.out).isEqualTo(fromDatabase.out).contains("a000000001");
  }

  @Test
  void a_catalogue_is_read_by_content_whatever_its_name() throws IOException {
    // given
    Path catalogue = Files.writeString(dir.resolve("catalogue.db"), sample());

    // when
    Cli named = Cli.run("classify", catalogue.toString());

    // then
    assertThat(named.exitCode).as(named.err).isZero();
    assertThat(named.out).isEqualTo(Cli.run("classify").out);
  }

  @Test
  void a_dash_reads_the_catalogue_from_stdin_in_every_command() throws IOException {
    // given
    String sample = sample();

    // when
    Cli classify = Cli.runWithStdin(sample, "classify", "-");
    Cli explain = Cli.runWithStdin(sample, "explain", "v-007", "-");
    Cli stats = Cli.runWithStdin(sample, "stats", "-");
    Cli badJson = Cli.runWithStdin("{\"format\": \"amv-catalogue/1\",", "classify", "-");

    // then
    assertThat(classify.out).isEqualTo(Cli.run("classify").out);
    assertThat(explain.out).isEqualTo(Cli.run("explain", "v-007").out);
    assertThat(stats.out).isEqualTo(Cli.run("stats").out.replace("the sample catalogue",
        "standard input"));
    assertThat(List.of(classify, explain, stats)).allMatch(cli -> cli.exitCode == 0
        && cli.err.isEmpty());
    assertThat(badJson.exitCode).isEqualTo(Amv.EXIT_BAD_INPUT);
    assertThat(badJson.errLines()).containsExactly(
        "amv: standard input: line 1, column 30: unexpected end-of-input within/between Object "
        + "entries");
  }

  @Test
  void without_a_file_a_piped_stdin_is_told_that_the_sample_is_read() {
    // when
    Cli piped = Cli.runWithStdin("{}", "classify");
    Cli atTerminal = Cli.run("classify");

    // then
    assertThat(piped.exitCode).isZero();
    assertThat(piped.errLines()).containsExactly(NOTE);
    assertThat(piped.out).isEqualTo(atTerminal.out);
    assertThat(atTerminal.err).isEmpty();
  }

  @Test
  void a_bad_value_in_a_tracker_file_is_one_line_naming_file_table_row_and_column()
      throws IOException {
    // given
    Map<String, Object> bad = row("a000000002", "Broken", "Balto", 0);
    bad.put("video_length", "3:45");
    Path database = TrackerDatabases.create(dir.resolve("my.db"),
        row("a000000001", "Run Free", "Balto", 221), bad);
    Path notTracker = TrackerDatabases.create(dir.resolve("other.db"));
    String before = sha256(database);

    // when
    Cli classify = Cli.run("classify", database.toString());
    Cli explain = Cli.run("explain", "a000000002", database.toString());

    // then
    String message = "amv: " + database + ": table sub_db_0, row \"a000000002\", column "
        + "video_length: \"3:45\" is not a whole number";
    assertThat(classify.exitCode).isEqualTo(Amv.EXIT_BAD_INPUT);
    assertThat(classify.errLines()).containsExactly(message);
    assertThat(explain.errLines()).containsExactly(message);
    assertThat(sha256(database)).isEqualTo(before);
    assertThat(notTracker).exists();
  }

  @Test
  void an_sqlite_file_that_is_not_amv_trackers_says_which_table_it_lacks() throws Exception {
    // given
    Path file = dir.resolve("other.sqlite");
    try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
        var statement = connection.createStatement()) {
      statement.execute("CREATE TABLE notes (text TEXT)");
    }

    // when
    Cli cli = Cli.run("stats", file.toString());

    // then
    assertThat(cli.exitCode).isEqualTo(Amv.EXIT_BAD_INPUT);
    assertThat(cli.errLines()).containsExactly("amv: " + file + ": not an AMV Tracker database: "
        + "it has no table db_name_lookup");
  }

  @Test
  void an_export_saved_again_as_utf8_is_reported_as_not_utf16() throws IOException {
    // given
    Path export = dir.resolve("export.csv");
    Files.writeString(export, "\uFEFF" + String.join("\t", TrackerDatabases.NAMES) + "\n",
        StandardCharsets.UTF_8);

    // when
    Cli classify = Cli.run("classify", export.toString());
    Cli importing = Cli.run("import", export.toString());

    // then
    String message = "amv: " + export + ": not UTF-16: it starts with UTF-8's byte-order mark, "
        + "and AMV Tracker exports UTF-16";
    assertThat(classify.exitCode).isEqualTo(Amv.EXIT_BAD_INPUT);
    assertThat(classify.errLines()).containsExactly(message);
    assertThat(importing.errLines()).containsExactly(message);
  }
}
