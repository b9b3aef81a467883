/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The consumer's sources compile without a single warning on the class path too, as in an
 * application without a module-info: the build compiles them on the module path, this test once
 * more without {@code module-info.java}, with what the user's build would have on its class path
 * (amvkit's jars and the dependencies they bring, not the test tools).
 */
class ClassPathCompileTest {

  @Test
  void compilesWithoutWarningsOnTheClassPath(@TempDir Path out) throws IOException {
    List<String> sources;
    try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
      sources = files.map(Path::toString)
          .filter(name -> name.endsWith(".java") && !name.endsWith("module-info.java"))
          .collect(Collectors.toList());
    }
    assertThat(sources).hasSize(3);
    String classPath = Stream.of(System.getProperty("java.class.path").split(
            java.io.File.pathSeparator))
        .filter(entry -> entry.contains("amv-core") || entry.contains("amv-rules")
            || entry.contains("value-annotations") || entry.contains("jackson-core"))
        .collect(Collectors.joining(java.io.File.pathSeparator));

    List<String> args = new ArrayList<>(List.of("-Xlint:all", "-Werror", "-proc:none",
        "--release", "17", "-d", out.toString(), "-cp", classPath));
    args.addAll(sources);
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int exit = javac.run(null, diagnostics, diagnostics, args.toArray(String[]::new));

    assertThat(diagnostics.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(exit).isZero();
    assertThat(out.resolve("org/amvkit/consumer/ConsumerApp.class")).exists();
  }
}
