/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Arguments and locales that must not change what {@code amv} prints: an {@code @FILE} argument is
 * an argument, never a file of arguments whose contents end up in a message; output is UTF-8 even
 * where the locale says ASCII; a write that fails is one line and exit code 1, a closed pipe a
 * quiet stop.
 */
class HostileArgumentsTest {

  @Test
  void an_at_file_argument_is_not_expanded_so_its_contents_are_never_printed(@TempDir Path dir)
      throws Exception {
    // given
    Path token = dir.resolve("token.txt");
    Files.writeString(token, "s3cret-token-value");

    // when
    Cli cli = Cli.run("explain", "@" + token);

    // then
    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.out + cli.err).doesNotContain("s3cret-token-value");
    assertThat(cli.err).startsWith("amv: ").contains("@" + token);
  }

  @Test
  void json_output_is_utf8_under_the_c_locale(@TempDir Path dir) throws Exception {
    // given
    Path catalogue = dir.resolve("accents.json");
    Files.writeString(catalogue, """
        {"format": "amv-catalogue/1",
         "sources": [{"id": "balto", "title": "Balto", "medium": "animation", "form": "film",
                      "year": 1995, "characters": [{"name": "Balto", "species": "wolfdog"}]}],
         "videos": [{"id": "v-é-ü", "title": "Été", "duration": "PT3M",
                     "creators": [{"name": "Zoë", "country": "NL"}], "sources": ["balto"],
                     "music": [{"title": "Run", "artist": "B", "genre": "rock", "kind": "song"}]}]}
        """, StandardCharsets.UTF_8);
    ProcessBuilder builder = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Amv.class.getName(),
        "classify", "--format", "json", catalogue.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("LC_ALL", "C");
    builder.environment().put("LANG", "C");

    // when
    Process process = builder.start();
    String out;
    try (InputStream stdout = process.getInputStream()) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      stdout.transferTo(bytes);
      out = bytes.toString(StandardCharsets.UTF_8);
    }
    boolean finished = process.waitFor(1, TimeUnit.MINUTES);

    // then
    assertThat(finished).isTrue();
    assertThat(process.exitValue()).isZero();
    assertThat(out).startsWith("{\"id\":\"v-é-ü\",\"category\":\"single-source-music-video\"");
  }

  @Test
  void a_failed_write_is_exit_code_1_with_one_line(@TempDir Path dir) throws Exception {
    // given
    Path full = Path.of("/dev/full");
    Assumptions.assumeTrue(Files.exists(full), "a system with /dev/full");
    ProcessBuilder builder = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Amv.class.getName(),
        "classify", "--format", "json")
        .redirectOutput(full.toFile());

    // when
    Process process = builder.start();
    String err;
    try (InputStream stderr = process.getErrorStream()) {
      err = new String(stderr.readAllBytes(), StandardCharsets.UTF_8);
    }
    boolean finished = process.waitFor(1, TimeUnit.MINUTES);

    // then
    assertThat(finished).isTrue();
    assertThat(process.exitValue()).isEqualTo(1);
    // Standard input is a pipe from this test, not a terminal: the note says the sample is read.
    assertThat(err.lines().toList()).containsExactly("amv: no FILE given: reading the embedded "
        + "sample catalogue (give - to read a catalogue from standard input)",
        "amv: cannot write output: No space left on device");
  }

  @Test
  void a_closed_pipe_stops_the_command_quietly(@TempDir Path dir) throws Exception {
    // given: more output than a pipe holds
    Path catalogue = dir.resolve("large.json");
    StreamingTest.writeCatalogue(catalogue, 20_000);
    Process process = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Amv.class.getName(),
        "classify", "--format", "json", catalogue.toString())
        .start();

    // when: the reader takes one line and goes away, as `| head -1` does
    try (InputStream stdout = process.getInputStream()) {
      while (stdout.read() != '\n') {
        // the first line
      }
    }
    String err;
    try (InputStream stderr = process.getErrorStream()) {
      err = new String(stderr.readAllBytes(), StandardCharsets.UTF_8);
    }
    boolean finished = process.waitFor(1, TimeUnit.MINUTES);

    // then
    assertThat(finished).isTrue();
    assertThat(process.exitValue()).isEqualTo(1);
    assertThat(err).isEmpty();
  }
}
