/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.amvkit.core.internal.OrderedPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --threads N}: any number of threads writes exactly what one thread writes, in the same
 * order, with the same errors and exit codes; fewer than one thread is a usage error.
 */
class ThreadsTest {

  private static final int VIDEOS = 3 * OrderedPipeline.BATCH * 4 + 17;
  private static final String ONE_SOURCE = "{\"format\": \"amv-catalogue/1\", \"sources\":"
      + " [{\"id\": \"balto\", \"title\": \"Balto\", \"medium\": \"animation\"}], \"videos\": [";

  /** The end of a video of {@link #catalogue}: one creator, one clip of balto. */
  private static final String ONE_CREATOR_ONE_CLIP = ", \"creators\": [{\"name\": \"A\"}],"
      + " \"clips\": [{\"source\": \"balto\", \"start\": \"PT0S\", \"end\": \"PT3M\"}]}";

  @TempDir
  static Path dir;

  /** Writes a catalogue of balto and {@code count} videos, the i-th as {@code video} gives it. */
  private static Path catalogue(String name, int count, IntFunction<String> video)
      throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, ONE_SOURCE
        + IntStream.range(0, count).mapToObj(video).collect(Collectors.joining(",\n")) + "]}");
    return file;
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "csv"})
  void classify_writes_the_sample_alike_on_any_number_of_threads(String format) {
    // when
    Cli one = Cli.run("classify", "--format", format, "--threads", "1");
    Cli two = Cli.run("classify", "--format", format, "--threads", "2");
    Cli four = Cli.run("classify", "--format", format, "--threads", "4");

    // then
    assertThat(one.exitCode).isZero();
    assertThat(one.outLines()).hasSizeGreaterThanOrEqualTo(27);
    assertThat(two.out).isEqualTo(one.out);
    assertThat(four.out).isEqualTo(one.out);
    assertThat(two.exitCode).isZero();
    assertThat(four.err).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "csv"})
  void classify_writes_a_generated_catalogue_alike_on_any_number_of_threads(String format)
      throws Exception {
    // given: thousands of videos of every kind, more batches than the workers hold at once
    Path file = LargeCatalogue.write(dir, VIDEOS);

    // when
    Cli one = Cli.run("classify", "--format", format, "--threads", "1", file.toString());
    Cli two = Cli.run("classify", "--format", format, "--threads", "2", file.toString());
    Cli three = Cli.run("classify", "--format", format, "--threads", "3", file.toString());
    Cli byDefault = Cli.run("classify", "--format", format, file.toString());

    // then
    assertThat(one.exitCode).isZero();
    assertThat(one.outLines()).hasSizeGreaterThanOrEqualTo(VIDEOS)
        .anyMatch(line -> line.contains("v-" + (VIDEOS - 1)));
    assertThat(one.out).as("more than one category").contains("animash",
        "single-source-music-video");
    assertThat(two.out).isEqualTo(one.out);
    assertThat(three.out).isEqualTo(one.out);
    assertThat(byDefault.out).isEqualTo(one.out);
    assertThat(three.exitCode).isZero();
    assertThat(three.err).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "csv"})
  void rows_of_any_length_are_written_alike_on_any_number_of_threads(String format)
      throws Exception {
    // given: ids and titles from a few characters to many thousands, rendered on the workers
    Path file = catalogue("long-rows-" + format + ".json", 600,
        i -> "{\"id\": \"v-" + "x".repeat(i * i % 9000) + i + "\", \"title\": \"Run "
            + "T\\u00e9 \\\"".repeat(i % 700) + "\"" + ONE_CREATOR_ONE_CLIP);

    // when
    Cli one = Cli.run("classify", "--format", format, "--threads", "1", file.toString());
    Cli two = Cli.run("classify", "--format", format, "--threads", "2", file.toString());

    // then
    assertThat(one.exitCode).as(one.err).isZero();
    assertThat(one.outLines()).hasSizeGreaterThanOrEqualTo(600)
        .anyMatch(line -> line.length() > 8000).anyMatch(line -> line.length() < 400);
    assertThat(two.exitCode).isZero();
    assertThat(two.out).isEqualTo(one.out);
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "csv"})
  void a_bad_video_is_reported_alike_after_the_videos_before_it_and_nothing_after(String format)
      throws Exception {
    // given: a bad duration in the third batch
    int bad = 2 * OrderedPipeline.BATCH + 40;
    Path file = catalogue("bad-video-" + format + ".json", bad + 300,
        i -> "{\"id\": \"v-" + i + "\", \"title\": \"Run " + i + "\", \"duration\": \""
            + (i == bad ? "PT-3M" : "PT3M") + "\"" + ONE_CREATOR_ONE_CLIP);

    // when
    Cli one = Cli.run("classify", "--format", format, "--threads", "1", file.toString());
    Cli three = Cli.run("classify", "--format", format, "--threads", "3", file.toString());

    // then
    assertThat(one.exitCode).isEqualTo(1);
    assertThat(one.errLines()).containsExactly(
        "amv: " + file + ": videos[" + bad + "].duration: \"PT-3M\" is not a valid duration");
    if (!format.equals("text")) {
      assertThat(one.outLines()).hasSize(format.equals("csv") ? bad + 1 : bad);
    }
    assertThat(one.out).contains("v-" + (bad - 1)).doesNotContain("v-" + bad + "\"")
        .doesNotContain("v-" + (bad + 1));
    assertThat(three.exitCode).isEqualTo(1);
    assertThat(three.err).isEqualTo(one.err);
    assertThat(three.out).isEqualTo(one.out);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-2"})
  void fewer_than_one_thread_is_a_usage_error(String threads) {
    // when
    Cli cli = Cli.run("classify", "--threads", threads);

    // then
    assertThat(cli.exitCode).isEqualTo(2);
    assertThat(cli.errLines().get(0)).isEqualTo("--threads must be 1 or more, not " + threads);
    assertThat(cli.out).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json"})
  void stats_are_alike_on_any_number_of_threads(String format) throws Exception {
    // given
    Path file = LargeCatalogue.write(dir, VIDEOS);

    // when
    Cli one = Cli.run("stats", "--format", format, "--top", "25", "--threads", "1",
        file.toString());
    Cli two = Cli.run("stats", "--format", format, "--top", "25", "--threads", "2",
        file.toString());
    Cli three = Cli.run("stats", "--format", format, "--top", "25", "--threads", "3",
        file.toString());

    // then
    assertThat(one.exitCode).isZero();
    assertThat(one.out).contains(String.valueOf(VIDEOS), "v-", "s-0");
    assertThat(two.out).isEqualTo(one.out);
    assertThat(three.out).isEqualTo(one.out);
    assertThat(three.err).isEmpty();
  }

  @Test
  void stats_of_a_bad_video_report_it_alike_on_any_number_of_threads() throws Exception {
    // given
    Path file = catalogue("bad-stats.json", 900,
        i -> "{\"id\": \"v-" + i + "\", \"title\": \"Run\", \"duration\": \""
            + (i == 700 ? "three minutes" : "PT3M") + "\", \"creators\": [{\"name\": \"A\"}]}");

    // when
    Cli one = Cli.run("stats", "--threads", "1", file.toString());
    Cli three = Cli.run("stats", "--threads", "3", file.toString());

    // then
    assertThat(one.exitCode).isEqualTo(1);
    assertThat(one.out).isEmpty();
    assertThat(one.errLines()).containsExactly(
        "amv: " + file + ": videos[700].duration: \"three minutes\" is not a valid duration");
    assertThat(three.exitCode).isEqualTo(1);
    assertThat(three.out).isEmpty();
    assertThat(three.err).isEqualTo(one.err);
  }

  @Test
  void stats_leave_no_temporary_file_and_without_a_temporary_directory_read_the_file_twice()
      throws Exception {
    // given
    Path file = LargeCatalogue.write(dir, VIDEOS);
    Path temporary = Files.createDirectories(dir.resolve("tmp"));
    Files.createDirectories(Path.of("target", "stats-memory"));
    Cli here = Cli.run("stats", "--format", "json", "--top", "25", file.toString());

    // when
    StatsMemoryTest.Child noted = StatsMemoryTest.run("-Djava.io.tmpdir=" + temporary,
        "-cp", StatsMemoryTest.testClassPath(), Amv.class.getName(), "stats", "--format", "json",
        "--top", "25", file.toString());
    StatsMemoryTest.Child readTwice = StatsMemoryTest.run(
        "-Djava.io.tmpdir=" + dir.resolve("no-such-directory"), "-cp",
        StatsMemoryTest.testClassPath(), Amv.class.getName(), "stats", "--format", "json",
        "--top", "25", file.toString());

    // then
    assertThat(here.exitCode).isZero();
    assertThat(noted.exitCode()).isZero();
    assertThat(noted.stdout()).isEqualTo(here.out);
    try (Stream<Path> left = Files.list(temporary)) {
      assertThat(left).isEmpty();
    }
    assertThat(readTwice.exitCode()).isZero();
    assertThat(readTwice.stderr()).isEmpty();
    assertThat(readTwice.stdout()).isEqualTo(here.out);
  }

  @ParameterizedTest
  @ValueSource(strings = {"classify", "stats"})
  void zero_threads_is_a_usage_error_of_every_command_that_has_the_option(String command) {
    // when
    Cli cli = Cli.run(command, "--threads", "0");

    // then
    assertThat(cli.exitCode).isEqualTo(2);
    assertThat(cli.errLines().get(0)).isEqualTo("--threads must be 1 or more, not 0");
  }
}
