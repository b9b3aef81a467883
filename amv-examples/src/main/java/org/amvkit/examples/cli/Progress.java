package org.amvkit.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error, counting the bytes of the catalogue read so far. Shown only
 * for a large file when standard error is a terminal, so that it never mixes with output a program
 * reads, nor fills a CI log.
 */
abstract class Progress implements AutoCloseable {

  /** Files smaller than this are read too fast for a bar to help. */
  static final long LARGE_FILE_BYTES = 8L << 20;

  private static final Progress NONE = new Progress() {
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
    if (input.size() < LARGE_FILE_BYTES || !stderrIsTerminal()) {
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
  private static boolean stderrIsTerminal() {
    if (System.getenv("CI") != null || "dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    try {
      Path target = Files.readSymbolicLink(Path.of("/proc/self/fd/2"));
      return target.toString().startsWith("/dev/pts/") || target.toString().startsWith("/dev/tty");
    } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  abstract void update();

  @Override
  public abstract void close();
}
