/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code amv} runs on the module path as well as from its jar, and tells its version there too:
 * the JDK gives a named module's packages no manifest attributes, so the version comes from the
 * module descriptor, which javac stamps with the project's version.
 */
class ModulePathTest {

  /** What the CLI's module reads, and nothing of the test tools. */
  private static final List<String> RUNTIME = List.of("amv-core", "amv-rules", "amv-import",
      "amv-examples", "jackson-", "picocli", "progressbar", "jline-", "value-annotations",
      "sqlite-jdbc");

  @Test
  void amv_version_on_the_module_path_is_the_project_version() throws IOException,
      InterruptedException {
    String modulePath = Arrays.stream(System.getProperty("java.class.path")
            .split(File.pathSeparator))
        .filter(entry -> !entry.contains("test-classes"))
        .filter(entry -> RUNTIME.stream().anyMatch(entry::contains))
        .collect(Collectors.joining(File.pathSeparator));
    Process process = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "--module-path", modulePath,
            "--module", "org.amvkit.examples/org.amvkit.examples.cli.Amv", "--version")
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(output).matches("amv \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
    assertThat(process.exitValue()).isZero();
  }
}
