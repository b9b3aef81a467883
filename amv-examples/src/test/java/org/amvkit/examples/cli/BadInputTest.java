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

/** Bad input exits 1 with one line naming what is wrong; bad usage exits 2. */
class BadInputTest {

  private static final String ONE_SOURCE = "{\"format\": \"amv-catalogue/1\", \"sources\":"
      + " [{\"id\": \"balto\", \"title\": \"Balto\", \"medium\": \"animation\"}],";
  private static final String VIDEO_START = "{\"id\": \"v-1\", \"title\": \"Run\","
      + " \"duration\": \"PT3M\", \"creators\": [{\"name\": \"A\"}],";

  @Test
  void a_missing_file_exits_1_naming_the_file() {
    // when
    Cli cli = Cli.run("classify", "no/such/catalogue.json");

    // then
    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.errLines()).containsExactly("amv: no such file: no/such/catalogue.json");
    assertThat(cli.out).isEmpty();
  }

  @Test
  void a_bad_value_exits_1_naming_its_json_path(@TempDir Path dir) throws Exception {
    // given
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"format\": \"amv-catalogue/1\", \"sources\": [{\"id\": \"a\","
        + " \"title\": \"A\", \"medium\": \"cartoon\"}], \"videos\": []}");

    // when
    Cli cli = Cli.run("classify", file.toString());

    // then
    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.errLines()).containsExactly("amv: " + file
        + ": sources[0].medium: \"cartoon\" is not one of anime, animation, live-action, "
        + "video-game, other");
  }

  @Test
  void a_bad_value_of_megabytes_is_quoted_in_sixty_characters(@TempDir Path dir) throws Exception {
    // given: a 15 MB duration
    Path file = dir.resolve("huge-value.json");
    Files.writeString(file, ONE_SOURCE + " \"videos\": [{\"id\": \"v-1\", \"title\": \"Run\","
        + " \"duration\": \"P" + "T".repeat(15_000_000) + "\", \"creators\": [{\"name\": \"A\"}],"
        + " \"sources\": [\"balto\"]}]}");

    // when
    Cli cli = Cli.run("classify", "--format", "csv", file.toString());

    // then
    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.errLines()).containsExactly("amv: " + file + ": videos[0].duration: \"P"
        + "T".repeat(59) + "\"… is not a valid duration");
  }

  @Test
  void a_bad_value_with_a_newline_or_escape_stays_one_line_and_cannot_drive_the_terminal(
      @TempDir Path dir) throws Exception {
    // given
    Path file = dir.resolve("newline-value.json");
    Files.writeString(file, ONE_SOURCE + " \"videos\": [{\"id\": \"v-1\", \"title\": \"Run\","
        + " \"duration\": \"PT3M\\nv-2,animash\\u001b[2J\", \"creators\": [{\"name\": \"A\"}],"
        + " \"sources\": [\"balto\"]}]}");

    // when
    Cli cli = Cli.run("classify", "--format", "csv", file.toString());

    // then
    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.errLines()).containsExactly("amv: " + file
        + ": videos[0].duration: \"PT3M\\nv-2,animash\\u001b[2J\" is not a valid duration");
  }

  @Test
  void an_unknown_source_exits_1_naming_its_json_path(@TempDir Path dir) throws Exception {
    // given
    Path file = dir.resolve("unknown-source.json");
    Files.writeString(file, ONE_SOURCE + " \"videos\": [" + VIDEO_START
        + " \"sources\": [\"balto\", \"bolt2\"]}]}");

    // when
    Cli cli = Cli.run("classify", "--format", "json", file.toString());

    // then
    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.errLines())
        .containsExactly("amv: " + file + ": videos[0].sources[1]: unknown source \"bolt2\"");
    assertThat(cli.out).isEmpty();
  }

  @Test
  void a_bad_duration_exits_1_naming_its_json_path_in_every_command(@TempDir Path dir)
      throws Exception {
    // given
    Path file = dir.resolve("bad-duration.json");
    Files.writeString(file, ONE_SOURCE + " \"videos\": [" + VIDEO_START
        + " \"clips\": [{\"source\": \"balto\", \"start\": \"PT0S\", \"end\": \"PT-5S\"}]}]}");
    String message = "amv: " + file + ": videos[0].clips[0].end: \"PT-5S\" is not a valid duration";

    // when
    Cli classify = Cli.run("classify", file.toString());
    Cli explain = Cli.run("explain", "v-1", file.toString());
    Cli stats = Cli.run("stats", file.toString());

    // then
    assertThat(classify.exitCode).isEqualTo(1);
    assertThat(classify.errLines()).containsExactly(message);
    assertThat(explain.exitCode).isEqualTo(1);
    assertThat(explain.errLines()).containsExactly(message);
    assertThat(stats.exitCode).isEqualTo(1);
    assertThat(stats.errLines()).containsExactly(message);
  }

  @Test
  void json_that_is_not_well_formed_exits_1_with_line_and_column(@TempDir Path dir)
      throws Exception {
    // given: a comma missing after the format
    Path file = dir.resolve("malformed.json");
    Files.writeString(file, "{\"format\": \"amv-catalogue/1\" \"sources\": []}");

    // when
    Cli cli = Cli.run("classify", file.toString());

    // then
    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.errLines()).containsExactly("amv: " + file
        + ": line 1, column 30: unexpected character"
        + " ('\"' (code 34)): was expecting comma to separate Object entries");
  }

  @Test
  void a_bracket_closed_by_the_wrong_marker_exits_1_saying_where_it_was_opened(@TempDir Path dir)
      throws Exception {
    // given
    Path file = dir.resolve("wrong-marker.json");
    Files.writeString(file, "{\"format\": \"amv-catalogue/1\", \"sources\": [}");

    // when
    Cli cli = Cli.run("classify", file.toString());

    // then
    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.errLines()).containsExactly("amv: " + file
        + ": line 1, column 43: unexpected close marker"
        + " '}': expected ']' (for Array starting at line 1, column 42)");
  }

  @Test
  void truncated_json_exits_1_with_line_and_column(@TempDir Path dir) throws Exception {
    // given
    Path file = dir.resolve("truncated.json");
    Files.writeString(file, "{\"format\": \"amv-catalogue/1\",\n \"sources\": [");

    // when
    Cli cli = Cli.run("classify", file.toString());

    // then
    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.errLines()).containsExactly("amv: " + file
        + ": line 2, column 14: unexpected end of input");
  }

  @Test
  void an_unknown_profile_exits_1_listing_the_registered_ones() {
    // when
    Cli cli = Cli.run("classify", "--profile", "strict");

    // then
    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.errLines()).containsExactly("amv: unknown profile \"strict\"; registered "
        + "profiles: all-the-tropes, all-the-tropes-strict, real-world");
  }

  @Test
  void a_bad_profile_file_exits_1_naming_its_json_path(@TempDir Path dir) throws Exception {
    // given
    Path profile = dir.resolve("typo.json");
    Files.writeString(profile, "{\"id\": \"p\", \"definitions\": [{\"id\": \"d\", \"label\": \"D\","
        + " \"required\": [\"has-musik\"]}]}");

    // when
    Cli cli = Cli.run("classify", "--profile", profile.toString());

    // then
    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.errLines()).containsExactly("amv: " + profile
        + ": definitions[0].required[0]: unknown rule \"has-musik\"; registered rules: has-music,"
        + " has-source, single-source, multiple-sources, animated-footage-only,"
        + " anime-footage-only, features-animals, duration-between, footage-share,"
        + " music-coverage, premiered-after, no-flag, no-earlier-award");
  }

  @Test
  void a_truncated_profile_file_exits_1_with_line_and_column(@TempDir Path dir) throws Exception {
    // given
    Path profile = dir.resolve("truncated.json");
    Files.writeString(profile, "{\"id\": \"p\", \"definitions\": [");

    // when
    Cli cli = Cli.run("classify", "--profile", profile.toString());

    // then
    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.errLines()).containsExactly("amv: " + profile + ": line 1, column 29:"
        + " unexpected end of input");
  }

  @Test
  void a_missing_profile_file_exits_1_naming_the_file() {
    // when
    Cli cli = Cli.run("classify", "--profile", "no/such/profile.json");

    // then
    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.errLines()).containsExactly("amv: no such profile file: no/such/profile.json");
  }

  @Test
  void an_unknown_video_id_exits_1() {
    // when
    Cli cli = Cli.run("explain", "v-999");

    // then
    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.errLines()).containsExactly("amv: no video \"v-999\" in the sample catalogue");
  }

  @Test
  void an_unknown_option_is_bad_usage_and_exits_2() {
    // when
    Cli cli = Cli.run("classify", "--colour");

    // then
    assertThat(cli.exitCode).isEqualTo(2);
    assertThat(cli.errLines()).first().isEqualTo("Unknown option: '--colour'");
    assertThat(cli.err).contains("Usage: amv classify");
  }

  @Test
  void an_unknown_format_is_bad_usage_and_exits_2() {
    // when
    Cli cli = Cli.run("classify", "--format", "xml");

    // then
    assertThat(cli.exitCode).isEqualTo(2);
    assertThat(cli.errLines()).first()
        .isEqualTo("Invalid value for option '--format': \"xml\" is not one of text, json, csv,"
            + " csv-raw");
  }

  @Test
  void help_and_version_exit_0() {
    // when
    Cli help = Cli.run("--help");
    Cli version = Cli.run("--version");

    // then
    assertThat(help.exitCode).isZero();
    assertThat(help.out).contains("Usage: amv", "classify", "explain", "profiles", "rules");
    assertThat(version.exitCode).isZero();
    assertThat(version.out).startsWith("amv ");
  }
}
