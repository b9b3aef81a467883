/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.amvkit.core.Video;
import org.amvkit.core.json.CatalogueReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A repeated video id is bad input naming both videos, for every command that reads a whole
 * catalogue (issue 17: it was accepted by classify, counted twice by stats, and contest used the
 * first copy).
 */
class RepeatedIdsTest {

  private static final String SOURCES = "{\"format\": \"amv-catalogue/1\", \"sources\":"
      + " [{\"id\": \"balto\", \"title\": \"Balto\", \"medium\": \"animation\"}], \"videos\": [";

  @TempDir
  Path dir;

  private static String video(String id) {
    return "{\"id\": \"" + id + "\", \"title\": \"Run\", \"duration\": \"PT3M\","
        + " \"creators\": [{\"name\": \"A\"}], \"sources\": [\"balto\"], \"music\": []}";
  }

  /** v-0 … v-4, then v-2 again, then v-5. */
  private Path catalogue() throws IOException {
    List<String> videos = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      videos.add(video("v-" + i));
    }
    videos.add(video("v-2"));
    videos.add(video("v-5"));
    return Files.writeString(dir.resolve("repeated.json"),
        SOURCES + String.join(",\n", videos) + "]}");
  }

  @Test
  void classify_names_both_videos_and_exits_1() throws IOException {
    Path file = catalogue();

    Cli cli = Cli.run("classify", "--format", "csv", file.toString());

    assertThat(cli.exitCode).isEqualTo(Amv.EXIT_BAD_INPUT);
    assertThat(cli.errLines()).containsExactly(
        "amv: " + file + ": videos[5].id: \"v-2\" repeats the id of videos[2]");
  }

  @Test
  void classify_on_one_thread_says_the_same() throws IOException {
    Path file = catalogue();

    Cli cli = Cli.run("classify", "--threads", "1", file.toString());

    assertThat(cli.exitCode).isEqualTo(Amv.EXIT_BAD_INPUT);
    assertThat(cli.errLines()).containsExactly(
        "amv: " + file + ": videos[5].id: \"v-2\" repeats the id of videos[2]");
  }

  @Test
  void stats_does_not_count_twice_but_names_both_videos() throws IOException {
    Path file = catalogue();

    Cli cli = Cli.run("stats", "--format", "json", file.toString());

    assertThat(cli.exitCode).isEqualTo(Amv.EXIT_BAD_INPUT);
    assertThat(cli.out).isEmpty();
    assertThat(cli.errLines()).containsExactly(
        "amv: " + file + ": videos[5].id: \"v-2\" repeats the id of videos[2]");
  }

  @Test
  void contest_does_not_take_the_first_copy_but_names_both_videos() throws IOException {
    Path file = catalogue();
    Path contest = Files.writeString(dir.resolve("contest.json"), "{\"format\":"
        + " \"amv-contest/1\", \"id\": \"c\", \"name\": \"C\", \"categories\": [\"Drama\"],"
        + " \"definition\": {\"id\": \"entry\", \"label\": \"Entry\", \"required\":"
        + " [\"has-source\"]}, \"entries\": [{\"id\": \"e-1\", \"video\": \"v-2\","
        + " \"category\": \"Drama\", \"entrant\": \"A\"}]}");

    Cli cli = Cli.run("contest", contest.toString(), file.toString());

    assertThat(cli.errLines()).containsExactly(
        "amv: " + file + ": videos[5].id: \"v-2\" repeats the id of videos[2]");
    assertThat(cli.exitCode).isEqualTo(Amv.EXIT_BAD_INPUT);
  }

  @Test
  void standard_input_cannot_be_read_again_so_the_earlier_video_is_not_named() throws IOException {
    String catalogue = Files.readString(catalogue());

    Cli cli = Cli.runWithStdin(catalogue, "classify", "-");

    assertThat(cli.exitCode).isEqualTo(Amv.EXIT_BAD_INPUT);
    assertThat(cli.errLines()).containsExactly(
        "amv: standard input: videos[5].id: \"v-2\" repeats the id of an earlier video");
  }

  @Test
  void a_false_alarm_of_the_fingerprints_is_confirmed_against_the_file_and_passed_over()
      throws IOException {
    // at base 1, "ab" and "ba" share a fingerprint: different ids, which must both be read
    Path file = Files.writeString(dir.resolve("anagrams.json"),
        SOURCES + video("ab") + ",\n" + video("ba") + ",\n" + video("ab") + "]}");
    List<String> read = new ArrayList<>();

    try (CatalogueReader reader = CatalogueReader.open(file)) {
      CatalogueVideos videos = new CatalogueVideos(file.toString(), reader, file, new SeenIds(1));
      assertThatThrownBy(() -> videos.forEachRemaining(video -> read.add(video.id())))
          .isInstanceOf(BadInputException.class)
          .hasMessage(file + ": videos[2].id: \"ab\" repeats the id of videos[0]");
    }
    assertThat(read).containsExactly("ab", "ba");
  }

  @Test
  void the_sample_has_no_repeated_id() throws IOException {
    try (InputStream in = RepeatedIdsTest.class.getResourceAsStream(CatalogueInput.SAMPLE);
        CatalogueReader reader = CatalogueReader.open(in)) {
      List<Video> videos = reader.readAll().videos();
      assertThat(videos).extracting(Video::id).doesNotHaveDuplicates();
    }
    assertThat(Cli.run("classify").exitCode).isZero();
  }
}
