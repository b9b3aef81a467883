/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import static org.amvkit.examples.cli.StatsMemoryTest.run;
import static org.amvkit.examples.cli.StatsMemoryTest.testClassPath;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.amvkit.examples.cli.StatsMemoryTest.Child;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile inputs of issue 17 that once hung or ran out of memory, each in a child JVM with a small
 * heap: they end, in seconds, with one line.
 */
class HugeInputTest {

  private static final Path DIRECTORY = Path.of("target", "huge-input");

  @BeforeAll
  static void makeDirectory() throws Exception {
    Files.createDirectories(DIRECTORY);
    Files.createDirectories(Path.of("target", "stats-memory"));   // where run() keeps its output
  }

  /** A catalogue of one video (of source "a") whose clips are a million copies of {@code clip}. */
  private static Path oneVideoOfAMillionClips(String name, String clip) throws Exception {
    Path file = DIRECTORY.resolve(name);
    try (BufferedWriter out = Files.newBufferedWriter(file)) {
      out.write("{\"format\": \"amv-catalogue/1\", \"sources\": [{\"id\": \"a\", \"title\": \"A\","
          + " \"medium\": \"anime\"}], \"videos\": [{\"id\": \"v\", \"title\": \"T\","
          + " \"duration\": \"PT1M\", \"creators\": [{\"name\": \"x\"}], \"clips\": [");
      for (int i = 0; i < 1_000_000; i++) {
        out.write(i == 0 ? "" : ",");
        out.write(clip);
      }
      out.write("]}]}");
    }
    return file;
  }

  private static Child classifyIn128MiB(Path file) throws Exception {
    return run("-Xmx128m", "-cp", testClassPath(), Amv.class.getName(), "classify",
        "--format", "csv", file.toString());
  }

  @Test
  void a_million_clips_of_an_unknown_source_are_one_line_in_a_128_mib_heap() throws Exception {
    // given: once quadratic (the problem list scanned per clip); 55 MB of JSON
    Path file = oneVideoOfAMillionClips("million-clips.json",
        "{\"source\": \"zz\", \"start\": \"PT0S\", \"end\": \"PT1S\"}");

    // when
    Child child = classifyIn128MiB(file);

    // then
    assertThat(child.exitCode()).isEqualTo(1);
    assertThat(child.stderr().lines()).singleElement().asString()
        .startsWith("amv: " + file + ": videos[0].clips[0].source: unknown source \"zz\";")
        .endsWith("videos[0].clips[9].source: unknown source \"zz\"; … and 999,990 more");
  }

  @Test
  void a_million_reversed_clips_are_one_line_in_a_128_mib_heap() throws Exception {
    // given: once out of memory building the message of a million problems (-Xmx256m)
    Path file = oneVideoOfAMillionClips("million-reversed-clips.json",
        "{\"source\": \"a\", \"start\": \"PT2S\", \"end\": \"PT1S\"}");

    // when
    Child child = classifyIn128MiB(file);

    // then
    assertThat(child.exitCode()).isEqualTo(1);
    assertThat(child.stderr().lines()).singleElement().asString()
        .startsWith("amv: " + file + ": videos[0].clips[0].end: clip end PT1S is before start"
            + " PT2S; videos[0].clips[1].end:")
        .endsWith("videos[0].clips[9].end: clip end PT1S is before start PT2S;"
            + " … and 999,990 more");
  }

  @Test
  void two_hundred_videos_of_most_of_a_megabyte_are_classified_on_two_threads_in_128_mib()
      throws Exception {
    // given: 150 MB in videos big enough to cut into slices (at most a megabyte each), which
    // the threads must not hold all at once
    Path file = DIRECTORY.resolve("large-videos.json");
    String clip = "{\"source\": \"a\", \"start\": \"PT0S\", \"end\": \"PT1S\"}";
    String clips = String.join(",", java.util.Collections.nCopies(15_000, clip));
    try (BufferedWriter out = Files.newBufferedWriter(file)) {
      out.write("{\"format\": \"amv-catalogue/1\", \"sources\": [{\"id\": \"a\", \"title\":"
          + " \"A\", \"medium\": \"anime\"}], \"videos\": [");
      for (int i = 0; i < 200; i++) {
        out.write((i == 0 ? "" : ",\n") + "{\"id\": \"v-" + i + "\", \"title\": \"T\","
            + " \"duration\": \"PT1M\", \"creators\": [{\"name\": \"x\"}], \"clips\": ["
            + clips + "]}");
      }
      out.write("]}");
    }

    // when
    Child child = run("-Xmx128m", "-cp", testClassPath(), Amv.class.getName(), "classify",
        "--format", "csv", "--threads", "2", file.toString());

    // then
    assertThat(child.stderr()).isEmpty();
    assertThat(child.exitCode()).isZero();
    assertThat(child.stdout().lines()).hasSize(201).last().asString().startsWith("v-199,");
  }

  @Test
  void a_thousand_entries_of_a_two_thousand_creator_video_are_checked_in_a_32_mib_heap()
      throws Exception {
    // given: once billions of names in the messages
    Path catalogue = DIRECTORY.resolve("crowd.json");
    StringBuilder creators = new StringBuilder();
    for (int i = 0; i < 2_000; i++) {
      creators.append(i == 0 ? "" : ", ").append("{\"name\": \"c").append(i).append("\"}");
    }
    Files.writeString(catalogue, "{\"format\": \"amv-catalogue/1\", \"sources\": [{\"id\": \"a\","
        + " \"title\": \"A\", \"medium\": \"anime\"}], \"videos\": [{\"id\": \"v-1\", \"title\":"
        + " \"T\", \"duration\": \"PT3M\", \"creators\": [" + creators + "], \"sources\": [\"a\"],"
        + " \"music\": [{\"title\": \"m\", \"artist\": \"x\"}]}]}");
    StringBuilder entries = new StringBuilder();
    for (int i = 0; i < 1_000; i++) {
      entries.append(i == 0 ? "" : ", ").append("{\"id\": \"e-").append(i)
          .append("\", \"video\": \"v-1\", \"category\": \"action\", \"entrant\": \"c")
          .append(i).append("\"}");
    }
    Path contest = DIRECTORY.resolve("crowd-contest.json");
    Files.writeString(contest, "{\"format\": \"amv-contest/1\", \"id\": \"c\", \"name\": \"C\","
        + " \"categories\": [\"Action\"], \"limits\": {\"per-category\": 1, \"per-entrant\": 1,"
        + " \"collaborations\": \"every-creator\"}, \"definition\": {\"id\": \"entry\","
        + " \"label\": \"Entry\", \"required\": [\"has-music\"]}, \"entries\": [" + entries + "]}");

    // when
    Child child = run("-Xmx32m", "-cp", testClassPath(), Amv.class.getName(), "contest",
        contest.toString(), catalogue.toString());

    // then: 1 video entered twice + 2,000 people over each of two limits
    assertThat(child.stderr()).isEmpty();
    assertThat(child.exitCode()).isEqualTo(Amv.EXIT_CONTEST_NOT_CLEAN);
    assertThat(child.stdout()).contains("LIMITS BROKEN (4001)")
        .contains("  c1999 has 1000 competition entries, limit 1: e-0, e-1, e-2, e-3, e-4, e-5,"
            + " e-6, e-7, e-8, e-9 … and 990 more (e-0 is a collaboration with c0, c1, c2 and"
            + " 1,996 others;");
    assertThat(child.stdout().lines()).allSatisfy(line ->
        assertThat(line.length()).isLessThan(400));
  }
}
