/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.amvkit.examples.CanineRules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: what a classification could not decide, and the rules that broke, in every output
 * format of {@code amv classify} and in {@code amv explain}; stack traces only with --verbose. The
 * broken rules come from {@link BrokenRules}, a plug-in registered (with the demo CanineRules) in a
 * folder only the child JVMs these tests start have on their class path.
 */
class UndecidedOutputTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** The child JVMs' standard input is a pipe, not a terminal: the command says what it reads. */
  private static final String SAMPLE_NOTE = "amv: no FILE given: reading the embedded sample"
      + " catalogue (give - to read a catalogue from standard input)";

  @TempDir
  Path dir;
  private String profile;

  private Cli run(String... args) {
    return Cli.runWith(dir, args);
  }

  @BeforeEach
  void writeProfileAndRegisterPlugin() throws Exception {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.writeString(services.resolve("org.amvkit.rules.spi.RuleProvider"),
        BrokenRules.class.getName() + "\n" + CanineRules.class.getName() + "\n");
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"id\": \"broken\", \"definitions\": ["
        + "{\"id\": \"contest-entry\", \"label\": \"Contest entry\","
        + " \"required\": [\"has-music\", \"checks-channel\"]},"
        + "{\"id\": \"pack\", \"label\": \"Pack video\","
        + " \"required\": [\"has-music\", \"features-canines\"]},"
        + "{\"id\": \"buggy\", \"label\": \"Buggy\","
        + " \"required\": [\"has-music\", \"dereferences-null\"]},"
        + "{\"id\": \"plain\", \"label\": \"Plain\", \"required\": [\"has-music\", \"has-source\"]}"
        + "]}");
    profile = file.toString();
  }

  @Test
  void the_table_shows_what_a_video_could_also_be_and_the_rules_that_broke() {
    // when
    Cli cli = run("classify", "--profile", profile);

    // then
    assertThat(cli.exitCode).isZero();
    assertThat(cli.errLines()).containsExactly(SAMPLE_NOTE);
    assertThat(cli.outLines()).anySatisfy(line -> assertThat(line)
        .matches("v-015 +plain +Plain +- +contest-entry \\(checks-channel\\?\\); pack"
            + " \\(features-canines\\?\\); buggy \\(dereferences-null\\?\\) +checks-channel:"
            + " IllegalStateException: channel service down; dereferences-null:"
            + " NullPointerException: \\(no message\\)"));
    assertThat(cli.outLines()).anySatisfy(line -> assertThat(line)
        .matches("v-013 +not-a-music-video +Not a music video +- +- +-"));
  }

  @Test
  void csv_has_the_undetermined_definitions_and_the_errors_as_fields() {
    // when
    Cli cli = run("classify", "--profile", profile, "--format", "csv");

    // then
    assertThat(cli.exitCode).isZero();
    assertThat(cli.outLines()).contains("v-015,plain,Plain,,contest-entry(checks-channel);"
        + "pack(features-canines);buggy(dereferences-null),checks-channel: IllegalStateException:"
        + " channel service down;dereferences-null: NullPointerException: (no message)",
        "v-013,not-a-music-video,Not a music video,,,");
  }

  @Test
  void json_has_undetermined_and_errors_keys_on_every_line() throws Exception {
    // when
    Cli cli = run("classify", "--profile", profile, "--format", "json");

    // then
    assertThat(cli.exitCode).isZero();
    for (String line : cli.outLines()) {
      JsonNode video = JSON.readTree(line);
      assertThat(video.has("undetermined")).as(line).isTrue();
      assertThat(video.has("errors")).as(line).isTrue();
      if (video.get("id").asText().equals("v-015")) {
        assertThat(video.get("undetermined").toString()).isEqualTo("{\"contest-entry\":"
            + "[\"checks-channel\"],\"pack\":[\"features-canines\"],\"buggy\":"
            + "[\"dereferences-null\"]}");
        assertThat(video.get("errors").toString()).isEqualTo("{\"checks-channel\":\"the rule"
            + " failed with java.lang.IllegalStateException: channel service down\","
            + "\"dereferences-null\":\"the rule failed with java.lang.NullPointerException:"
            + " (no message)\"}");
      }
      if (video.get("id").asText().equals("v-013")) {
        assertThat(video.get("undetermined").toString()).isEqualTo("{}");
        assertThat(video.get("errors").toString()).isEqualTo("{}");
      }
    }
  }

  @Test
  void explain_prints_a_line_for_each_undetermined_definition_and_each_error() {
    // when
    Cli cli = run("explain", "--profile", profile, "v-015");

    // then
    assertThat(cli.exitCode).isZero();
    assertThat(cli.errLines()).containsExactly(SAMPLE_NOTE);
    assertThat(cli.outLines()).startsWith(
        "v-015 \"Secret Friends\": Plain (plain)",
        "could also be contest-entry: checks-channel could not tell",
        "could also be pack: features-canines could not tell",
        "could also be buggy: dereferences-null could not tell",
        "error in checks-channel: IllegalStateException: channel service down",
        "error in dereferences-null: NullPointerException: (no message)");
    assertThat(cli.out).doesNotContain("\tat ");
  }

  @Test
  void verbose_prints_the_stack_trace_of_each_broken_rule_once_on_stderr() {
    // when
    Cli classify = run("classify", "--profile", profile, "--verbose");
    Cli explain = run("explain", "--profile", profile, "--verbose", "v-015");

    // then: once a rule however many videos it broke on, and never on stdout
    assertThat(classify.exitCode).isZero();
    assertThat(classify.errLines()).filteredOn(line -> line.startsWith("amv: rule checks-channel"))
        .hasSize(1);
    assertThat(classify.err).contains("java.lang.IllegalStateException: channel service down",
        "\tat org.amvkit.examples.cli.BrokenRules", "java.lang.NullPointerException");
    assertThat(classify.out).doesNotContain("\tat ");
    assertThat(explain.errLines()).contains("amv: rule checks-channel failed on v-015:",
        "amv: rule dereferences-null failed on v-015:");
  }

  @Test
  void without_verbose_no_stack_trace_is_printed() {
    // when
    Cli cli = run("classify", "--profile", profile, "--format", "csv");

    // then
    assertThat(cli.errLines()).containsExactly(SAMPLE_NOTE);
    assertThat(cli.out).doesNotContain("\tat ");
  }
}
