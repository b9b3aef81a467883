/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import static org.amvkit.examples.cli.TrackerDatabases.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.amvkit.core.Video;
import org.amvkit.core.json.CatalogueReader;
import org.amvkit.importers.OnBadValue;
import org.amvkit.importers.sources.SourceResolver;
import org.amvkit.importers.tracker.AmvTrackerDatabase;
import org.amvkit.importers.tracker.TrackerVideos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code amv import} writes an AMV Tracker file as a catalogue that reads back equal, sums up on
 * stderr what it read, and never writes the user's file.
 */
class ImportCommandTest {

  @TempDir
  Path dir;

  static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> filesIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    }
  }

  private Path database() {
    // a000000003 has no title, which a video needs; a000000004's footage no reference knows
    Map<String, Object> untitled = row("a000000003", " ", "Balto", 95);
    return TrackerDatabases.create(dir.resolve("my_database.db"),
        row("a000000001", "Run Free", "Balto; Lion King, The", 221),
        row("a000000002", "Pride", "The Lion King II: Simba's Pride", 180), untitled,
        row("a000000004", "Mystery", "My Own Short", 95));
  }

  private static List<Video> videosOf(Path database) throws IOException {
    try (AmvTrackerDatabase tracker = AmvTrackerDatabase.open(database);
        TrackerVideos videos = TrackerVideos.of(tracker.entries("sub_db_0", OnBadValue.SKIP),
            SourceResolver.builder().bundled().build())) {
      return java.util.stream.StreamSupport.stream(
          java.util.Spliterators.spliteratorUnknownSize(videos, 0), false).toList();
    }
  }

  @Test
  void importing_writes_a_catalogue_that_reads_back_as_the_videos_of_the_file()
      throws IOException {
    // given
    Path database = TrackerDatabases.create(dir.resolve("my_database.db"),
        row("a000000001", "Run Free", "Balto; Lion King, The", 221),
        row("a000000002", "Pride", "The Lion King II: Simba's Pride", 180));
    String before = sha256(database);
    Path out = dir.resolve("catalogue.json");

    // when
    Cli cli = Cli.run("import", database.toString(), "-o", out.toString());

    // then
    assertThat(cli.exitCode).as(cli.err).isZero();
    assertThat(cli.out).isEmpty();
    assertThat(cli.errLines()).containsExactly(
        "amv import: 2 videos from " + database + ", sub-database \"Main database\" (2 rows read)",
        "footage titles: 3 resolved (3 in the bundled reference), 0 unresolved",
        "values that could not be read: none",
        "kept as the videos' links and attributes: my_rating (2), favorite (2)");
    try (CatalogueReader reader = CatalogueReader.open(out)) {
      assertThat(reader.sources()).extracting(source -> source.id())
          .containsExactly("balto", "the-lion-king", "the-lion-king-2");
      assertThat(reader.videos().toList()).isEqualTo(videosOf(database)).hasSize(2);
    }
    assertThat(sha256(database)).isEqualTo(before);
    assertThat(filesIn(dir)).containsExactly("catalogue.json", "my_database.db");
  }

  @Test
  void the_catalogue_goes_to_stdout_by_default_and_skipping_lists_what_was_left_out()
      throws IOException {
    // given
    Path database = database();

    // when
    Cli cli = Cli.run("import", "--skip-bad", database.toString());

    // then
    assertThat(cli.exitCode).as(cli.err).isZero();
    assertThat(cli.out).startsWith("{\n  \"format\" : \"amv-catalogue/1\",");
    assertThat(cli.errLines()).containsExactly(
        "amv import: 3 videos from " + database + ", sub-database \"Main database\" (4 rows read)",
        "footage titles: 3 resolved (3 in the bundled reference), 1 unresolved",
        "most frequent unresolved: \"My Own Short\" ×1",
        "values that could not be read: 1, skipped:",
        "  " + database + ": table sub_db_0, row \"a000000003\", column video_title: not recorded,"
            + " and a video needs a title; the video is left out",
        "kept as the videos' links and attributes: my_rating (3), favorite (3)");
  }

  @Test
  void without_skipping_the_first_bad_row_stops_the_import_before_anything_is_written()
      throws IOException {
    // given
    Path database = database();
    Path out = dir.resolve("out.json");

    // when
    Cli cli = Cli.run("import", database.toString(), "-o", out.toString());

    // then
    assertThat(cli.exitCode).isEqualTo(Amv.EXIT_BAD_INPUT);
    assertThat(cli.errLines()).containsExactly("amv: " + database + ": table sub_db_0, row "
        + "\"a000000003\", column video_title: not recorded, and a video needs a title; the video"
        + " is left out (--skip-bad imports the rest and lists every value skipped)");
    assertThat(out).doesNotExist();
  }

  @Test
  void a_reference_of_sources_resolves_titles_the_bundled_one_does_not_know() throws IOException {
    // given
    Path database = database();
    Path reference = Files.writeString(dir.resolve("mine.json"), "{\"format\": \"amv-catalogue/1\","
        + " \"sources\": [{\"id\": \"my-short\", \"title\": \"My Own Short\", \"medium\": "
        + "\"animation\", \"aliases\": [\"MOS\"]}], \"videos\": []}");

    // when
    Cli cli = Cli.run("import", "--skip-bad", database.toString(), "--sources",
        reference.toString());

    // then
    assertThat(cli.exitCode).as(cli.err).isZero();
    assertThat(cli.errLines()).contains(
        "amv import: 3 videos from " + database + ", sub-database \"Main database\" (4 rows read)",
        "footage titles: 4 resolved (1 in " + reference + ", 3 in the bundled reference), 0 "
            + "unresolved");
    assertThat(cli.out).contains("\"id\" : \"my-short\"");
  }

  @Test
  void an_export_imports_as_its_database_does() throws IOException {
    // given
    Path export = TrackerDatabases.export(dir.resolve("export.csv"),
        row("a000000001", "Run Free", "Balto; Lion King, The", 221));
    Path database = TrackerDatabases.create(dir.resolve("my.db"),
        row("a000000001", "Run Free", "Balto; Lion King, The", 221));

    // when
    Cli fromExport = Cli.run("import", export.toString());
    Cli fromDatabase = Cli.run("import", database.toString());

    // then
    assertThat(fromExport.exitCode).as(fromExport.err).isZero();
    assertThat(fromExport.errLines()).first().isEqualTo(
        "amv import: 1 video from " + export + ", export (1 row read)");
    // The export does not name its tag groups: the tag is tags_1's, and gives no style.
    assertThat(fromExport.out.replace("tags_1:Drama", "Genres:Drama"))
        .isEqualTo(fromDatabase.out.replaceAll("\\s*\"styles\" : \\[ \"drama\" \\],", ""));
  }

  @Test
  void the_user_file_is_refused_as_output_and_other_kinds_of_file_are_not_imported()
      throws IOException {
    // given
    Path database = database();
    String before = sha256(database);
    Path json = Files.writeString(dir.resolve("catalogue.db"), "{\"format\": \"amv-catalogue/1\"}");

    // when
    Cli same = Cli.run("import", database.toString(), "-o",
        dir.resolve(".").resolve("my_database.db").toString());
    Cli notTracker = Cli.run("import", json.toString());
    Cli exportSubDb = Cli.run("import", "--sub-db", "Old favourites",
        TrackerDatabases.export(dir.resolve("e.csv")).toString());
    Cli unknownSubDb = Cli.run("import", "--sub-db", "Nope", database.toString());
    Cli otherSubDb = Cli.run("import", "--sub-db", "Old favourites", database.toString());

    // then
    assertThat(same.errLines()).containsExactly("amv: -o " + dir.resolve(".")
        .resolve("my_database.db") + " is the file imported: amv never writes it");
    assertThat(notTracker.errLines()).containsExactly("amv: " + json + ": not an AMV Tracker "
        + "file: neither an SQLite database nor an export (UTF-16 with a byte-order mark, "
        + "starting with its header line)");
    assertThat(exportSubDb.errLines()).containsExactly("amv: " + dir.resolve("e.csv") + ": an "
        + "export holds one sub-database; --sub-db names one of a database");
    assertThat(unknownSubDb.errLines()).containsExactly("amv: " + database + ": table "
        + "db_name_lookup: no sub-database named \"Nope\" (the file has \"Main database\", "
        + "\"Old favourites\")");
    assertThat(List.of(same, notTracker, exportSubDb, unknownSubDb))
        .allMatch(cli -> cli.exitCode == Amv.EXIT_BAD_INPUT && cli.out.isEmpty());
    assertThat(otherSubDb.exitCode).as(otherSubDb.err).isZero();
    assertThat(otherSubDb.errLines()).first().isEqualTo("amv import: 0 videos from " + database
        + ", sub-database \"Old favourites\" (0 rows read)");
    assertThat(sha256(database)).isEqualTo(before);
    assertThat(filesIn(dir)).containsExactly("catalogue.db", "e.csv", "my_database.db");
  }

  @Test
  void the_help_lists_the_options_and_the_exit_codes() {
    // when
    Cli help = Cli.run("import", "--help");

    // then
    assertThat(help.exitCode).isZero();
    String usage = help.out.replaceAll("\\s+", " ");
    assertThat(usage).startsWith("Usage: amv import [-hV] [--skip-bad] [-o=OUT.json] ")
        .contains(" [--sources=REF.json] [--sub-db=NAME] FILE ");
    assertThat(help.outLines()).contains("Exit codes:", "  0   all went well");
  }
}
