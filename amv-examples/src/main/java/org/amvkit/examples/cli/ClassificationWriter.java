/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
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
    TEXT, JSON, CSV,
    /** CSV with every field exactly as it is: for programs, not spreadsheets (see {@link Csv}). */
    CSV_RAW;

    /** The name help and messages show: lower case, as the option is written. */
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  static ClassificationWriter of(Format format, PrintWriter out) {
    return switch (format) {
      case TEXT -> new Table(out);
      case JSON -> new Ndjson(out);
      case CSV -> new CsvWriter(out, true);
      case CSV_RAW -> new CsvWriter(out, false);
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

  /** One JSON object per line: id, category, label, deviations, undetermined, errors, verdicts. */
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

  /**
   * A header row, then one row per video; deviations joined with semicolons, undetermined
   * definitions as {@code animash(animated-footage-only)} and errors as {@code rule: why}, each
   * joined with semicolons.
   */
  private static final class CsvWriter extends ClassificationWriter {
    private final PrintWriter out;
    private final boolean safe;

    CsvWriter(PrintWriter out, boolean safe) {
      this.out = out;
      this.safe = safe;
      out.println(Csv.line("id", "category", "label", "deviations", "undetermined", "errors"));
    }

    @Override
    void write(Classification c) {
      out.println(Csv.line(safe, c.videoId(), c.category(), c.label(),
          String.join(";", c.deviations()),
          Undecided.csvUndetermined(c), Undecided.errors(c.errors(), ";")));
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
   * to the same widths, so a long file still streams. "COULD ALSO BE" and "ERRORS" are always
   * there, so that the columns do not depend on the rows: "-" when there is nothing.
   */
  private static final class Table extends ClassificationWriter {
    private static final int MEASURED_ROWS = 1000;
    private static final String[] HEADER =
        {"ID", "CATEGORY", "LABEL", "DEVIATIONS", "COULD ALSO BE", "ERRORS"};

    private final PrintWriter out;
    private final List<String[]> pending = new ArrayList<>();
    private int[] widths;

    Table(PrintWriter out) {
      this.out = out;
      pending.add(HEADER);
    }

    @Override
    void write(Classification c) {
      // Escaped before measuring: an id with a newline must not forge a row (issue 17).
      String[] row = {Visible.text(c.videoId()), Visible.text(c.category()),
          Visible.text(c.label()),
          c.deviations().isEmpty() ? Undecided.NONE
              : Visible.text(String.join(", ", c.deviations())),
          Visible.text(Undecided.couldAlsoBe(c)),
          c.errors().isEmpty() ? Undecided.NONE
              : Visible.text(Undecided.errors(c.errors(), "; "))};
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
