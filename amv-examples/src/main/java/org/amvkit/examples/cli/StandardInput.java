package org.amvkit.examples.cli;

import java.io.InputStream;
import java.util.Objects;
import org.jline.terminal.spi.SystemStream;

/**
 * Standard input as the commands see it: its bytes, and whether a person types them at a terminal
 * (then a command given no file does not wait for them). {@link Amv#run} uses the process's;
 * tests and embedders give their own for one run.
 *
 * @param stream  the bytes, not null
 * @param isTerminal  true when standard input is a terminal, or when that cannot be told
 */
record StandardInput(InputStream stream, boolean isTerminal) {

  /** The input of the run on this thread; the process's when none was given. */
  private static final ThreadLocal<StandardInput> CURRENT = new ThreadLocal<>();

  StandardInput {
    Objects.requireNonNull(stream, "stream");
  }

  /** The process's standard input. */
  static StandardInput system() {
    // When no provider can tell, say "terminal": no note about the sample is then printed.
    return new StandardInput(System.in,
        Progress.isTerminal(SystemStream.Input).orElse(Boolean.TRUE));
  }

  /** The input of the run on this thread. */
  static StandardInput current() {
    StandardInput given = CURRENT.get();
    return given != null ? given : system();
  }

  /** Runs {@code run} with this as the standard input of the commands on this thread. */
  int during(java.util.function.IntSupplier run) {
    StandardInput before = CURRENT.get();
    CURRENT.set(this);
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
}
