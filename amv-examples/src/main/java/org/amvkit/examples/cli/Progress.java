/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * A progress bar on standard error, counting the bytes of the catalogue read so far. Shown only
 * for a large file when standard error is a terminal, so that it never mixes with output a program
 * reads, nor fills a CI log. Whether it is a terminal is JLine's answer (JLine draws the bar), on
 * Linux, macOS and Windows alike.
 */
abstract class Progress implements AutoCloseable {

  /** Files smaller than this are read too fast for a bar to help. */
  static final long LARGE_FILE_BYTES = 8L << 20;

  /**
   * The JLine terminal providers in the jar, in the order its {@link TerminalBuilder} tries them:
   * {@code jni} asks the system ({@code isatty}, or the Windows console API); {@code exec} runs
   * {@code tty} and {@code test -t} (POSIX systems, Cygwin and MSYS).
   */
  private static final List<String> PROVIDERS =
      List.of(TerminalBuilder.PROP_PROVIDER_JNI, TerminalBuilder.PROP_PROVIDER_EXEC);

  /** Shows nothing: the input is small, or standard error is not a terminal. */
  static final Progress NONE = new Progress() {
    @Override
    void update() {}

    @Override
    public void close() {}
  };

  static Progress start(PrintWriter err, CatalogueInput input) {
    return start(err, input, "classify");
  }

  /** A bar named after the command's task, such as {@code "stats"}. */
  static Progress start(PrintWriter err, CatalogueInput input, String task) {
    // The size first: asking the terminal costs a native library or a process.
    if (input.size() < LARGE_FILE_BYTES || !showsOnStderr()) {
      return NONE;
    }
    ProgressBar bar = new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(input.size())
        .setUnit(" MiB", 1L << 20)
        .setStyle(ProgressBarStyle.ASCII)
        .setConsumer(new ConsoleProgressBarConsumer(System.err))
        .build();
    return new Progress() {
      private int videos;

      @Override
      void update() {
        if (++videos % 1024 == 0) {
          bar.stepTo(input.bytesRead());
        }
      }

      @Override
      public void close() {
        bar.stepTo(input.size());
        bar.close();
      }
    };
  }

  /** True when standard error goes to a terminal and no CI is watching. */
  private static boolean showsOnStderr() {
    if (System.getenv("CI") != null || "dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    return stderrIsTerminal();
  }

  /**
   * Whether standard error is a terminal, as the first of JLine's providers that can tell says.
   * Only asks: no terminal is opened, so JLine has nothing to warn about when there is none.
   */
  static boolean stderrIsTerminal() {
    return isTerminal(SystemStream.Error).orElse(Boolean.FALSE);
  }

  /**
   * Whether a standard stream is a terminal, as the first of JLine's providers that can tell says;
   * empty when none can.
   */
  static Optional<Boolean> isTerminal(SystemStream stream) {
    for (String name : PROVIDERS) {
      try {
        return Optional.of(TerminalProvider.load(name).isSystemStream(stream));
      } catch (IOException | RuntimeException | LinkageError e) {
        // Not in the jar, or its native part cannot load on this system: ask the next one.
      }
    }
    return Optional.empty();
  }

  abstract void update();

  @Override
  public abstract void close();
}
