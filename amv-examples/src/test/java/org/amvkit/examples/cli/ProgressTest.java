/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress bar stays off when standard error is not a terminal, as under the test runner
 * (whose child JVM writes standard error to a pipe), and asking JLine prints nothing.
 */
class ProgressTest {

  @Test
  void standard_error_is_no_terminal_under_the_test_runner_and_asking_jline_prints_nothing() {
    // given
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream stderr = System.err;
    boolean terminal;

    // when
    System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      terminal = Progress.stderrIsTerminal();
    } finally {
      System.setErr(stderr);
    }

    // then
    assertThat(terminal).isFalse();
    assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void a_large_file_shows_no_bar_when_standard_error_is_no_terminal(@TempDir Path dir)
      throws Exception {
    // given: a catalogue over the size that asks for a bar (its videos array padded with blanks)
    Path file = dir.resolve("large.json");
    try (Writer out = Files.newBufferedWriter(file)) {
      out.write("{\"format\": \"amv-catalogue/1\", \"sources\": [], \"videos\": [");
      char[] blanks = new char[1 << 16];
      Arrays.fill(blanks, ' ');
      for (long written = 0; written <= Progress.LARGE_FILE_BYTES; written += blanks.length) {
        out.write(blanks);
      }
      out.write("]}");
    }
    StringWriter err = new StringWriter();

    // when
    try (CatalogueInput input = CatalogueInput.open(file, null);
        Progress progress = Progress.start(new PrintWriter(err), input, "test")) {

      // then
      assertThat(input.size()).isGreaterThan(Progress.LARGE_FILE_BYTES);
      assertThat(progress).isSameAs(Progress.NONE);
    }
    assertThat(err.toString()).isEmpty();
  }
}
