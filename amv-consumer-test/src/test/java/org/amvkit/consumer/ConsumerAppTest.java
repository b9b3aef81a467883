/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The consumer runs as users run it: on the class path (this JVM) and on the module path (a JVM
 * of its own whose module path holds only this module and amvkit's two modules), with the same
 * output. The module-path run is the check that amvkit's module descriptors are whole: a missing
 * {@code exports}, {@code requires transitive} or {@code uses} fails it.
 */
class ConsumerAppTest {

  private static final String EXPECTED = "v-1: animash\n"
      + "collaboration: PASS, made by 2 editors\n";

  @Test
  void runsOnTheClassPath() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ConsumerApp.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(bytes.toString(StandardCharsets.UTF_8).replace("\r\n", "\n")).isEqualTo(EXPECTED);
  }

  @Test
  void runsOnTheModulePath() throws IOException, InterruptedException {
    List<String> modulePath = Arrays.stream(
            System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> entry.contains("amv-consumer-test") && !entry.contains("test-classes")
            || entry.contains("amv-core") || entry.contains("amv-rules"))
        .collect(Collectors.toList());
    assertThat(modulePath).hasSize(3);

    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("--module-path");
    command.add(String.join(File.pathSeparator, modulePath));
    command.add("--module");
    command.add("org.amvkit.consumer/org.amvkit.consumer.ConsumerApp");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(output.replace("\r\n", "\n")).isEqualTo(EXPECTED);
    assertThat(process.exitValue()).isZero();
  }
}
