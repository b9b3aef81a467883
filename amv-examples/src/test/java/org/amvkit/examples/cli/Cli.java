/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the {@code amv} command line in this JVM and keeps what it printed. */
final class Cli {

  final int exitCode;
  final String out;
  final String err;

  private Cli(int exitCode, String out, String err) {
    this.exitCode = exitCode;
    this.out = out;
    this.err = err;
  }

  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    // Standard input a terminal where nobody types, as when run by hand.
    int code = Amv.run(new StandardInput(java.io.InputStream.nullInputStream(), true),
        new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Cli(code, out.toString(), err.toString());
  }

  /**
   * Runs the {@code amv} command line in a child JVM on this class path and {@code plugins}, as a
   * user adds a plug-in folder to {@code -cp}: the service loader of the child finds the
   * providers {@code plugins} registers, which the other tests then never see.
   */
  static Cli runWith(Path plugins, String... args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path") + File.pathSeparator + plugins,
        Amv.class.getName()));
    command.addAll(List.of(args));
    try {
      Path out = Files.createTempFile(plugins, "out", ".txt");
      Path err = Files.createTempFile(plugins, "err", ".txt");
      Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
          .redirectError(err.toFile()).start();
      int code = process.waitFor();
      return new Cli(code, Files.readString(out), Files.readString(err));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted waiting for amv", e);
    }
  }

  List<String> outLines() {
    return out.lines().toList();
  }

  List<String> errLines() {
    return err.lines().toList();
  }

  /** Runs in this JVM with standard input piped from {@code stdin}. */
  static Cli runWithStdin(String stdin, String... args) {
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    StandardInput piped = new StandardInput(new java.io.ByteArrayInputStream(
        stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8)), false);
    int code = Amv.run(piped, new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Cli(code, out.toString(), err.toString());
  }
}
