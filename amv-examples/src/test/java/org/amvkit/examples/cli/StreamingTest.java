/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.amvkit.core.CastMember;
import org.amvkit.core.Clip;
import org.amvkit.core.Creator;
import org.amvkit.core.Medium;
import org.amvkit.core.Music;
import org.amvkit.core.Source;
import org.amvkit.core.Video;
import org.amvkit.core.json.CatalogueWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code amv classify} streams: it classifies a catalogue several times larger than its heap. The
 * proof is a child JVM with a small {@code -Xmx}, not a timer: holding the videos would not fit.
 */
class StreamingTest {

  private static final int VIDEOS = 100_000;
  private static final int HEAP_MIB = 16;

  @Test
  void classifies_a_catalogue_much_larger_than_its_heap(@TempDir Path dir) throws Exception {
    // given
    Path catalogue = dir.resolve("large.json");
    writeCatalogue(catalogue, VIDEOS);
    assertThat(Files.size(catalogue)).isGreaterThan(2L * HEAP_MIB << 20);

    // when
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-Xmx" + HEAP_MIB + "m", "-XX:+UseSerialGC",
        "-cp", System.getProperty("java.class.path"), Amv.class.getName(),
        "classify", "--format", "json", catalogue.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    long lines = 0;
    String last = null;
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        lines++;
        last = line;
      }
    }
    boolean finished = process.waitFor(5, TimeUnit.MINUTES);

    // then
    assertThat(finished).isTrue();
    assertThat(process.exitValue()).isZero();
    assertThat(lines).isEqualTo(VIDEOS);
    assertThat(last).startsWith("{\"id\":\"v-" + (VIDEOS - 1) + "\",\"category\":\"animash\"");
  }

  /** Writes a catalogue of {@code count} videos, each with three clips from popular sources. */
  static void writeCatalogue(Path file, int count) throws IOException {
    List<Source> sources = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      sources.add(Source.builder().id("source-" + i).title("Source number " + i)
          .medium(i % 2 == 0 ? Medium.ANIMATION : Medium.ANIME)
          .addCast(CastMember.of("Hero " + i, "wolf"), CastMember.of("Friend " + i, "fox"))
          .build());
    }
    try (CatalogueWriter writer = CatalogueWriter.open(file)) {
      sources.forEach(writer::write);
      for (int i = 0; i < count; i++) {
        Duration length = Duration.ofSeconds(180 + i % 60);
        writer.write(Video.builder()
            .id("v-" + i).title("A rather long title for video number " + i)
            .duration(length)
            .addCreators(Creator.of("Editor " + (i % 997), "NL"))
            .addClips(Clip.of(sources.get(i % 3), Duration.ZERO, Duration.ofSeconds(60)),
                Clip.of(sources.get(i % 7), Duration.ofSeconds(60), Duration.ofSeconds(120)),
                Clip.of(sources.get(3 + i % 17), Duration.ofSeconds(120), length))
            .addMusic(Music.of("Song " + (i % 101), "Band " + (i % 13)))
            .addTags("synthetic", "large")
            .build());
      }
    }
  }
}
