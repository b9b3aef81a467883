/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples;

import static org.amvkit.examples.cli.TrackerDatabases.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.amvkit.examples.cli.TrackerDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code TrackerReport} classifies an AMV Tracker file and says what it could not decide. */
class TrackerReportTest {

  @TempDir
  Path dir;

  private static List<String> run(Path file, String subDatabase) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TrackerReport.run(file, subDatabase, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void the_report_classifies_what_it_can_and_lists_what_it_could_not_decide_or_read()
      throws Exception {
    // given
    Map<String, Object> noLength = row("a000000004", "Unfinished", "Balto", 0);
    Path database = TrackerDatabases.create(dir.resolve("my_database.db"),
        row("a000000001", "Run Free", "Balto; Bolt", 221),
        row("a000000002", "Pride", "The Lion King II: Simba's Pride", 180),
        row("a000000003", "Mystery", "My Own Short; Balto", 95), noLength,
        row("a000000005", "Footage unknown", null, 120));
    byte[] before = Files.readAllBytes(database);

    // when
    List<String> lines = run(database, "sub_db_0");

    // then: what a row does not record stays UNKNOWN (issue 12): no row is left out
    assertThat(lines).containsExactly(
        database + ", sub-database \"Main database\":",
        "  a000000001 \"Run Free\": Animash",
        "  a000000002 \"Pride\": The Lion King II: Simba's Pride music video",
        "  a000000003 \"Mystery\": Fan vid",
        "  a000000004 \"Unfinished\": Balto music video",
        "  a000000005 \"Footage unknown\": Undetermined",
        "5 of 5 rows classified",
        "could not decide:",
        "  a000000003 animash: animated-footage-only UNKNOWN (the medium of My Own Short is not"
            + " recorded, so whether all footage is animated is not known); features-animals"
            + " UNKNOWN (with animals: Balto; without animals: none; no characters listed: My Own"
            + " Short)",
        "  a000000005 single-source-music-video: single-source UNKNOWN (the video's sources are"
            + " not recorded)",
        "  a000000005 animash: multiple-sources UNKNOWN (the video's sources are not recorded);"
            + " animated-footage-only UNKNOWN (the video's sources are not recorded, so the footage"
            + " is not known); features-animals UNKNOWN (the video's sources are not recorded, so"
            + " their characters are not known)",
        "  a000000005 anime-music-video: anime-footage-only UNKNOWN (the video's sources are not"
            + " recorded, so the footage is not known)",
        "  a000000005 fan-vid: has-source UNKNOWN (the video's sources are not recorded)",
        "could not read: nothing",
        "footage no known source matched:",
        "  My Own Short (1)");
    assertThat(Files.readAllBytes(database)).isEqualTo(before);
  }

  @Test
  void an_export_is_reported_as_its_database_is() throws Exception {
    // given
    Path export = TrackerDatabases.export(dir.resolve("export.csv"),
        row("a000000001", "Run Free", "Balto; Bolt", 221));

    // when
    List<String> lines = run(export, "sub_db_0");

    // then
    assertThat(lines).containsExactly(export + ", export:", "  a000000001 \"Run Free\": Animash",
        "1 of 1 rows classified", "could not decide: nothing", "could not read: nothing",
        "footage no known source matched: none");
  }
}
