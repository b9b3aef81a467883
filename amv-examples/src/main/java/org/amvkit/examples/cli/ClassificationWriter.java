package org.amvkit.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.amvkit.rules.Classification;

/**
 * Writes classifications one by one in the format asked: an aligned table, NDJSON or CSV. Nothing
 * is kept but what the table needs to align its first rows, so output streams.
 */
abstract class ClassificationWriter implements AutoCloseable {

  /** The output formats of {@code amv classify}, named on the command line in any case. */
  enum Format {
    TEXT, JSON, CSV;

    /** The name help and messages show: lower case, as the option is written. */
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  static ClassificationWriter of(Format format, PrintWriter out) {
    return switch (format) {
      case TEXT -> new Table(out);
      case JSON -> new Ndjson(out);
      case CSV -> new CsvWriter(out);
    };
  }

  abstract void write(Classification classification);

  /**
   * Hands what was written so far on to the writer given to {@link #of}; for the formats whose
   * rows stand alone (see {@link RowRenderer}).
   *
   * @throws UnsupportedOperationException for the table, whose rows wait to be aligned
   */
  void flush() {
    throw new UnsupportedOperationException("a " + getClass().getSimpleName()
        + " writes its rows only when it has measured them");
  }

  @Override
  public abstract void close();

  /** One JSON object per line: id, category, label, deviations, verdicts. */
  private static final class Ndjson extends ClassificationWriter {
    private final JsonOutput json;

    Ndjson(PrintWriter out) {
      json = JsonOutput.lines(out);
    }

    @Override
    void write(Classification c) {
      json.writeClassification(c);
    }

    @Override
    void flush() {
      json.flush();
    }

    @Override
    public void close() {
      json.close();
    }
  }

  /** A header row, then one row per video; deviations joined with semicolons. */
  private static final class CsvWriter extends ClassificationWriter {
    private final PrintWriter out;

    CsvWriter(PrintWriter out) {
      this.out = out;
      out.println(Csv.line("id", "category", "label", "deviations"));
    }

    @Override
    void write(Classification c) {
      out.println(Csv.line(c.videoId(), c.category(), c.label(), String.join(";", c.deviations())));
    }

    @Override
    void flush() {
      out.flush();
    }

    @Override
    public void close() {
      out.flush();
    }
  }

  /**
   * An aligned table. The first rows are held back to measure the columns; later rows are padded
   * to the same widths, so a long file still streams.
   */
  private static final class Table extends ClassificationWriter {
    private static final int MEASURED_ROWS = 1000;
    private static final String[] HEADER = {"ID", "CATEGORY", "LABEL", "DEVIATIONS"};

    private final PrintWriter out;
    private final List<String[]> pending = new ArrayList<>();
    private int[] widths;

    Table(PrintWriter out) {
      this.out = out;
      pending.add(HEADER);
    }

    @Override
    void write(Classification c) {
      String[] row = {c.videoId(), c.category(), c.label(),
          c.deviations().isEmpty() ? "-" : String.join(", ", c.deviations())};
      if (widths != null) {
        print(row);
      } else {
        pending.add(row);
        if (pending.size() > MEASURED_ROWS) {
          flushPending();
        }
      }
    }

    private void flushPending() {
      widths = new int[HEADER.length];
      for (String[] row : pending) {
        for (int i = 0; i < row.length; i++) {
          widths[i] = Math.max(widths[i], row[i].length());
        }
      }
      pending.forEach(this::print);
      pending.clear();
    }

    private void print(String[] row) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        line.append(row[i]);
        if (i < row.length - 1) {
          line.append(" ".repeat(Math.max(0, widths[i] - row[i].length()) + 2));
        }
      }
      out.println(line);
    }

    @Override
    public void close() {
      if (widths == null) {
        flushPending();
      }
      out.flush();
    }
  }
}
