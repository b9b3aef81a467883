/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Proves that {@code amv stats} runs in memory that does not grow with the number of videos: it
 * analyses a generated catalogue in a child JVM whose heap is capped at 48 MiB, far less than the
 * catalogue's videos would take if they were held: 1,000,000 videos (a 262 MB file; about 25 s on
 * two cores), or as many as {@code -Damvkit.statsVideos=N} says.
 */
class StatsMemoryTest {

  private static final int VIDEOS = Integer.getInteger("amvkit.statsVideos", 1_000_000);
  private static final Path DIRECTORY = Path.of("target", "stats-memory");
  /**
   * The heap after a pause that collects (young, mixed or full). G1's Remark and Cleanup pauses
   * collect nothing: their "after" is the occupancy with the garbage made since the last
   * collection, and they happen only once the old generation passes G1's threshold (45% of the
   * heap), as it does with the 16 MiB of video id fingerprints a million videos take.
   */
  private static final Pattern HEAP_AFTER_GC =
      Pattern.compile("Pause (?:Young|Full)\\b.*->(\\d+)M\\(");

  @Test
  void stats_of_a_large_generated_catalogue_run_in_a_48_mib_heap() throws Exception {
    // given
    long start = System.nanoTime();
    Path file = LargeCatalogue.write(DIRECTORY, VIDEOS);
    long generated = System.nanoTime();
    Path gcLog = DIRECTORY.resolve("gc-" + VIDEOS + ".log");
    Files.deleteIfExists(gcLog);

    // when
    Child child = run("-Xmx48m", "-Xlog:gc:file=" + gcLog, "-cp", testClassPath(),
        Amv.class.getName(), "stats", "--format", "json", file.toString());
    long analysed = System.nanoTime();

    // then
    assertThat(child.stderr()).isEmpty();
    assertThat(child.exitCode()).isZero();
    JsonNode stats = new ObjectMapper().readTree(child.stdout());
    assertThat(stats.get("videos").asLong()).isEqualTo(VIDEOS);
    assertThat(stats.get("sources")).hasSize(LargeCatalogue.SOURCES);
    assertThat(stats.get("sources").get(0).get("id").asText()).isEqualTo("s-0");
    assertThat(stats.get("dedications").get("birthday").asLong()).isEqualTo((VIDEOS + 6) / 7);
    assertThat(stats.get("countries").size()).isEqualTo(8);
    long maxLiveMiB = maxHeapAfterGc(gcLog);
    assertThat(maxLiveMiB).as("largest heap after a GC, MiB").isLessThan(32);
    System.out.printf("amv stats of %,d videos (%,d bytes): generated in %.1f s, analysed in "
            + "%.1f s with -Xmx48m; largest heap after a GC: %d MiB%n", VIDEOS, Files.size(file),
        (generated - start) / 1e9, (analysed - generated) / 1e9, maxLiveMiB);
  }

  /** The largest heap occupancy the GC log reports after a collection, in MiB. */
  private static long maxHeapAfterGc(Path gcLog) throws IOException {
    long max = 0;
    try (Stream<String> lines = Files.lines(gcLog)) {
      for (String line : (Iterable<String>) lines::iterator) {
        Matcher matcher = HEAP_AFTER_GC.matcher(line);
        if (matcher.find()) {
          max = Math.max(max, Long.parseLong(matcher.group(1)));
        }
      }
    }
    return max;
  }

  /**
   * The class path of this test run, and its module path if Surefire uses one, as one plain
   * class path for the child.
   */
  static String testClassPath() {
    return Stream.of(System.getProperty("jdk.module.path"), System.getProperty("java.class.path"))
        .filter(path -> path != null && !path.isBlank())
        .collect(Collectors.joining(File.pathSeparator));
  }

  record Child(int exitCode, String stdout, String stderr) {}

  static Child run(String... arguments) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(arguments));
    Path out = Files.createTempFile(DIRECTORY, "stdout", ".json");
    Path err = Files.createTempFile(DIRECTORY, "stderr", ".txt");
    Process process = new ProcessBuilder(command)
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the child JVM did not finish in 10 minutes: " + command);
    }
    Child child = new Child(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return child;
  }
}
