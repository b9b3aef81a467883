/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * User text cannot drive a terminal, forge a table row, or run as a spreadsheet formula (issue
 * 17); JSON stays exact.
 */
class HostileTextTest {

  /** A video whose id holds a newline and a fake row, titled with an ESC sequence. */
  private static final String CATALOGUE = "{\"format\": \"amv-catalogue/1\", \"sources\":"
      + " [{\"id\": \"balto\", \"title\": \"=HYPERLINK(\\\"http://x\\\")\","
      + " \"medium\": \"animation\"}],"
      + " \"videos\": [{\"id\": \"v-1\\nv-2  animash  Animash\","
      + " \"title\": \"Run\\u001b]0;pwned\\u0007\","
      + " \"duration\": \"PT3M\", \"creators\": [{\"name\": \"A\"}], \"sources\": [\"balto\"],"
      + " \"music\": [{\"title\": \"Run\", \"artist\": \"B\"}]}]}";

  private static Path catalogue(Path dir) throws Exception {
    Path file = dir.resolve("hostile.json");
    Files.writeString(file, CATALOGUE);
    return file;
  }

  @Test
  void the_table_shows_control_characters_as_escapes_and_a_newline_forges_no_row(
      @TempDir Path dir) throws Exception {
    // when
    Cli cli = Cli.run("classify", catalogue(dir).toString());

    // then
    assertThat(cli.exitCode).isZero();
    assertThat(cli.outLines()).hasSize(2);
    assertThat(cli.outLines().get(1)).startsWith("v-1\\nv-2  animash  Animash  single-source")
        .contains("=HYPERLINK(\"http://x\") music video");
    assertThat(cli.out).doesNotContain("\u001b", "\u0007");
  }

  @Test
  void explain_escapes_the_title_and_the_id(@TempDir Path dir) throws Exception {
    // when
    Cli cli = Cli.run("explain", "v-1\nv-2  animash  Animash", catalogue(dir).toString());

    // then
    assertThat(cli.exitCode).isZero();
    assertThat(cli.outLines().get(0)).isEqualTo("v-1\\nv-2  animash  Animash"
        + " \"Run\\u001b]0;pwned\\u0007\": =HYPERLINK(\"http://x\") music video"
        + " (single-source-music-video)");
    assertThat(cli.out).doesNotContain("\u001b", "\u0007");
  }

  @Test
  void csv_makes_a_would_be_formula_text_and_csv_raw_keeps_it(@TempDir Path dir)
      throws Exception {
    // when
    Cli safe = Cli.run("classify", "--format", "csv", catalogue(dir).toString());
    Cli raw = Cli.run("classify", "--format", "csv-raw", catalogue(dir).toString());

    // then: RFC 4180 keeps the newline inside quotes; the label starts with '=
    assertThat(safe.out).contains("\"'=HYPERLINK(\"\"http://x\"\") music video\"");
    assertThat(raw.out).contains("\"=HYPERLINK(\"\"http://x\"\") music video\"")
        .doesNotContain("'=");
  }

  @Test
  void json_keeps_user_text_exact(@TempDir Path dir) throws Exception {
    // when
    Cli cli = Cli.run("classify", "--format", "json", catalogue(dir).toString());

    // then: JSON escapes are JSON's own, and mean the same characters
    assertThat(cli.out).contains("\"id\":\"v-1\\nv-2  animash  Animash\"");
  }

  @Test
  void an_error_about_a_file_whose_name_holds_a_newline_is_one_line(@TempDir Path dir) {
    // when
    Cli cli = Cli.run("classify", dir.resolve("a\nb\u001b[2J.json").toString());

    // then
    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.errLines()).singleElement().asString()
        .startsWith("amv: no such file: ").endsWith("a\\nb\\u001b[2J.json");
  }
}
