package org.amvkit.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
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
