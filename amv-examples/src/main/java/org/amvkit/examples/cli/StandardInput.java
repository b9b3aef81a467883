/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import org.jline.terminal.spi.SystemStream;

/**
 * Standard input as the commands see it: its bytes, and whether a person types them at a terminal
 * (then a command given no file does not wait for them). {@link Amv#main} gives the process's;
 * tests give their own for one run.
 *
 * @param stream  the bytes, not null
 * @param isTerminal  true when standard input is a terminal, or when that cannot be told
 */
final class StandardInput {

  /** The run on this thread: its standard input, and where its notes go. */
  private static final ThreadLocal<Run> CURRENT = new ThreadLocal<>();

  private final InputStream stream;
  private final BooleanSupplier terminal;
  private Boolean isTerminal;

  /**
   * @param stream  the input
   * @param isTerminal  whether it is a terminal
   */
  StandardInput(InputStream stream, boolean isTerminal) {
    this(stream, () -> isTerminal);
  }

  private StandardInput(InputStream stream, BooleanSupplier terminal) {
    this.stream = Objects.requireNonNull(stream, "stream");
    this.terminal = terminal;
  }

  /**
   * The process's standard input. Whether it is a terminal is asked only when a command needs to
   * know (no FILE given): asking loads JLine's native library, which is unpacked into the
   * temporary directory, and a run that reads a file should not depend on one.
   */
  static StandardInput system() {
    // When no provider can tell, say "terminal": no note about the sample is then printed.
    return new StandardInput(System.in,
        () -> Progress.isTerminal(SystemStream.Input).orElse(Boolean.TRUE));
  }

  /** The input. */
  InputStream stream() {
    return stream;
  }

  /** Whether the input is a terminal; asked once. */
  synchronized boolean isTerminal() {
    if (isTerminal == null) {
      isTerminal = terminal.getAsBoolean();
    }
    return isTerminal;
  }

  /** The input of the run on this thread; the process's when the run gave none. */
  static StandardInput current() {
    Run run = CURRENT.get();
    return run != null ? run.in() : system();
  }

  /**
   * Where the run on this thread says that it reads the sample; null when it was started without
   * a standard input ({@link Amv#run(PrintWriter, PrintWriter, String...)}, as an embedder does),
   * then nothing is said.
   */
  static PrintWriter notes() {
    Run run = CURRENT.get();
    return run != null ? run.notes() : null;
  }

  /** Runs {@code run} with this as the standard input of the commands on this thread. */
  int during(PrintWriter notes, IntSupplier run) {
    Run before = CURRENT.get();
    CURRENT.set(new Run(this, notes));
    try {
      return run.getAsInt();
    } finally {
      if (before == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(before);
      }
    }
  }

  private record Run(StandardInput in, PrintWriter notes) {}
}
