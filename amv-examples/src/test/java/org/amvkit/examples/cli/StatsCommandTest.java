/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code amv stats} on the embedded sample catalogue. The expected numbers were counted from
 * {@code sample-catalogue.json} by hand (with a few lines of Python), not by amvkit.
 */
class StatsCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  record Run(int exitCode, String out, String err) {}

  private static Run amv(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Amv.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void json_stats_of_the_sample_catalogue_give_the_numbers_counted_by_hand() throws IOException {
    // when
    Run run = amv("stats", "--format", "json");

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode stats = JSON.readTree(run.out());
    assertThat(stats.get("videos").asInt()).isEqualTo(28);
    assertThat(stats.get("profile").asText()).isEqualTo("all-the-tropes");
    assertThat(JSON.convertValue(stats.get("categories"), Map.class)).isEqualTo(Map.of(
        "animash", 15, "fan-vid", 5, "not-a-music-video", 2, "single-source-music-video", 6));
    JsonNode sources = stats.get("sources");
    assertThat(sources).hasSize(21);
    assertThat(sources.get(0).toString())
        .isEqualTo("{\"id\":\"balto\",\"title\":\"Balto\",\"videos\":9}");
    assertThat(sources.get(1).toString())
        .isEqualTo("{\"id\":\"your-name\",\"title\":\"Your Name\",\"videos\":4}");
    assertThat(sources.get(2).get("id").asText()).isEqualTo("akira");
    assertThat(sources.get(19).toString()).isEqualTo(
        "{\"id\":\"the-secret-of-nimh\",\"title\":\"The Secret of NIMH\",\"videos\":1}");
    assertThat(sources.get(20).toString()).isEqualTo(
        "{\"id\":\"watership-down\",\"title\":\"Watership Down\",\"videos\":1}");
    assertThat(stats.get("collaborations").asInt()).isEqualTo(7);
    assertThat(JSON.convertValue(stats.get("countryPairs"), Map.class)).isEqualTo(Map.of(
        "BR-JP", 1, "BR-NL", 1, "DE-US", 1, "GB-JP", 1, "GB-NL", 1, "JP-MY", 1, "JP-NL", 2,
        "JP-US", 1, "NL-US", 2));
    assertThat(JSON.convertValue(stats.get("countries"), Map.class)).isEqualTo(Map.of(
        "BR", 2, "CA", 1, "DE", 1, "GB", 1, "JP", 3, "MY", 1, "NL", 2, "PL", 1, "US", 4));
    assertThat(JSON.convertValue(stats.get("dedications"), Map.class))
        .isEqualTo(Map.of("birthday", 7, "holiday", 1, "friendship", 1));
    assertThat(JSON.convertValue(stats.get("software"), Map.class)).isEqualTo(Map.of(
        "sony-vegas", 15, "adobe-after-effects", 8, "adobe-premiere", 4, "davinci-resolve", 1,
        "imovie", 1, "windows-movie-maker", 1));
    assertThat(JSON.convertValue(stats.get("genres"), Map.class)).isEqualTo(Map.of(
        "Rock", 11, "Pop", 7, "Soundtrack", 5, "Electronic", 2, "Techno", 1));
    // v-028 uses Watership Down, whose medium is not recorded
    assertThat(JSON.convertValue(stats.get("notRecorded"), Map.class))
        .isEqualTo(Map.of("medium", 1));
    // v-015 uses the-secret-of-nimh (1 video) and robin-hood (2): (1/1 + 1/2) / 2
    assertThat(stats.get("original").get(0).toString()).isEqualTo(
        "{\"id\":\"v-015\",\"title\":\"Secret Friends\",\"originality\":0.75}");
    assertThat(stats.get("original")).hasSize(10);
  }

  @Test
  void the_text_report_draws_a_bar_per_top_source() {
    // when
    Run run = amv("stats", "--top", "3");

    // then
    assertThat(run.exitCode()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("the sample catalogue: 28 videos");
    int sources = lines.indexOf("Most used sources (top 3 of 21)");
    assertThat(lines.subList(sources + 1, sources + 5)).containsExactly(
        "  balto      █████████ 9",
        "  your-name  ████ 4",
        "  akira      ███ 3",
        "");
    int original = lines.indexOf("Most original videos (top 3)");
    assertThat(lines.get(original + 1)).isEqualTo("  v-015  0.75  Secret Friends");
    assertThat(lines).contains("Collaborations: 7 videos", "  birthday    7",
        "  sony-vegas           15");
    int notRecorded = lines.indexOf("Videos with facts not recorded");
    assertThat(lines.subList(notRecorded + 1, lines.size())).containsExactly("  medium  1");
  }

  @Test
  void a_missing_file_is_one_line_on_standard_error_and_exit_code_1() {
    // when
    Run run = amv("stats", "no-such-catalogue.json");

    // then
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("amv: no such file: no-such-catalogue.json"
        + System.lineSeparator());
  }

  @Test
  void a_catalogue_that_is_not_valid_is_one_line_naming_the_json_path(@TempDir Path directory)
      throws IOException {
    // given
    Path file = directory.resolve("bad.json");
    Files.writeString(file, "{\"format\": \"amv-catalogue/1\", \"sources\": [], \"videos\": "
        + "[{\"id\": \"v-1\", \"title\": \"Run\", \"duration\": \"three minutes\"}]}");

    // when
    Run run = amv("stats", "--format", "json", file.toString());

    // then
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("amv: " + file
        + ": videos[0].duration: \"three minutes\" is not a valid"
        + " duration" + System.lineSeparator());
  }

  @Test
  void a_negative_top_is_a_usage_error() {
    // when
    Run run = amv("stats", "--top", "-1");

    // then
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines().findFirst()).hasValue("--top must be 0 or more, not -1");
  }

  @Test
  void a_top_past_the_memory_bound_is_bad_usage_not_an_out_of_memory() {
    // when: once an OutOfMemoryError at -Xmx48m on a large catalogue (issue 17)
    Run run = amv("stats", "--top", "2147483647", "--format", "json");

    // then
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines().findFirst()).hasValue("--top must be at most 10000 (the videos"
        + " ranked are kept in memory), not 2147483647");
  }

  @Test
  void an_unknown_format_is_a_usage_error_naming_the_formats() {
    // when
    Run run = amv("stats", "--format", "xml");

    // then
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines().findFirst()).hasValue(
        "Invalid value for option '--format': \"xml\" is not one of text, json");
  }

  @Test
  void bars_have_one_block_per_video_up_to_forty_and_are_scaled_beyond() {
    // when / then
    assertThat(StatsCommand.bar(8, 8)).isEqualTo("████████");
    assertThat(StatsCommand.bar(0, 8)).isEmpty();
    assertThat(StatsCommand.bar(100, 100)).hasSize(40);
    assertThat(StatsCommand.bar(50, 100)).hasSize(20);
    assertThat(StatsCommand.bar(1, 1000)).isEqualTo("█");
  }
}
