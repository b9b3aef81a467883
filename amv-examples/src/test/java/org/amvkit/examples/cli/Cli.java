package org.amvkit.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
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

  /** Runs with standard input a terminal where nobody types, as when run by hand. */
  static Cli run(String... args) {
    return run(new StandardInput(InputStream.nullInputStream(), true), args);
  }

  /** Runs with standard input piped from {@code stdin}. */
  static Cli runWithStdin(String stdin, String... args) {
    return run(new StandardInput(
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), false), args);
  }

  private static Cli run(StandardInput stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Amv.run(stdin, new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Cli(code, out.toString(), err.toString());
  }

  List<String> outLines() {
    return out.lines().toList();
  }

  List<String> errLines() {
    return err.lines().toList();
  }
}
