/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalogue in which two videos share an id is bad input for every command that reads one:
 * exit 1 and one line naming the file and both videos, or both rows of an AMV Tracker file
 * (issue 17). Once, {@code classify} listed
 * both, {@code stats} counted both and {@code contest} and {@code explain} took the first.
 */
class RepeatedVideoIdsTest {

  /** What every command says of the sample with v-009 (videos[8]) given again at the end. */
  private static final String REPEAT = "videos[28].id: \"v-009\" is already the id of videos[8]";

  @TempDir
  Path dir;
  private Path catalogue;
  private String json;

  @BeforeEach
  void sample_with_v_009_again_at_the_end() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode sample;
    try (InputStream in = RepeatedVideoIdsTest.class.getResourceAsStream(CatalogueInput.SAMPLE)) {
      sample = (ObjectNode) mapper.readTree(in);
    }
    ArrayNode videos = (ArrayNode) sample.get("videos");
    assertThat(videos).hasSize(28);
    assertThat(videos.get(8).get("id").asText()).isEqualTo("v-009");
    ObjectNode again = videos.get(8).deepCopy();
    again.put("title", "Howl (re-upload)");
    videos.add(again);
    json = mapper.writeValueAsString(sample);
    catalogue = dir.resolve("repeated.json");
    Files.writeString(catalogue, json, UTF_8);
  }

  @Test
  void classify_exits_1_naming_both_videos_after_the_videos_before() {
    Cli cli = Cli.run("classify", "--format", "json", catalogue.toString());

    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.errLines()).containsExactly("amv: " + catalogue + ": " + REPEAT);
    assertThat(cli.outLines()).hasSize(28).noneMatch(line -> line.contains("re-upload"));
  }

  @Test
  void classify_of_standard_input_exits_1_naming_both_videos() {
    Cli cli = Cli.runWithStdin(json, "classify", "--format", "csv", "-");

    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.errLines()).containsExactly("amv: standard input: " + REPEAT);
  }

  @Test
  void stats_exits_1_naming_both_videos_instead_of_counting_both() {
    Cli cli = Cli.run("stats", catalogue.toString());

    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.errLines()).containsExactly("amv: " + catalogue + ": " + REPEAT);
    assertThat(cli.out).isEmpty();
  }

  @Test
  void stats_of_standard_input_exits_1_naming_both_videos() {
    Cli cli = Cli.runWithStdin(json, "stats", "--format", "json", "-");

    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.errLines()).containsExactly("amv: standard input: " + REPEAT);
    assertThat(cli.out).isEmpty();
  }

  @Test
  void contest_exits_1_naming_both_videos_instead_of_judging_the_first() throws IOException {
    // given: the sample contest, whose e-1 enters v-009
    Path contest = dir.resolve("contest.json");
    try (InputStream in = RepeatedVideoIdsTest.class
        .getResourceAsStream("/org/amvkit/examples/sample-contest.json")) {
      Files.write(contest, in.readAllBytes());
    }

    // when
    Cli cli = Cli.run("contest", contest.toString(), catalogue.toString());

    // then
    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.errLines()).containsExactly("amv: " + catalogue + ": " + REPEAT);
    assertThat(cli.out).isEmpty();
  }

  @Test
  void explain_exits_1_naming_both_videos_instead_of_explaining_the_first() {
    Cli cli = Cli.run("explain", "v-009", catalogue.toString());

    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.errLines()).containsExactly("amv: " + catalogue + ": " + REPEAT);
    assertThat(cli.out).isEmpty();
  }

  @Test
  void an_amv_tracker_database_repeating_a_video_id_is_bad_input_naming_both_rows() {
    // given: AMV Tracker's table does not keep video_id unique
    Path database = TrackerDatabases.create(dir.resolve("my.db"),
        TrackerDatabases.row("a000000001", "Run Free", "Balto", 221),
        TrackerDatabases.row("a000000002", "Howl", "Balto", 200),
        TrackerDatabases.row("a000000001", "Run Free (again)", "Balto", 221));

    // when
    Cli classify = Cli.run("classify", database.toString());
    Cli stats = Cli.run("stats", database.toString());

    // then
    String message = "amv: " + database + ": table sub_db_0, row \"a000000001\", column video_id:"
        + " row #3 repeats the video_id of row #1; the video is left out";
    assertThat(classify.exitCode).isEqualTo(1);
    assertThat(classify.errLines()).containsExactly(message);
    assertThat(stats.exitCode).isEqualTo(1);
    assertThat(stats.errLines()).containsExactly(message);
  }
}
