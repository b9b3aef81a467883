package org.amvkit.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.amvkit.rules.Classification;
import org.amvkit.rules.Verdict;

/**
 * Writes classifications one by one in the format asked: an aligned table, NDJSON or CSV. Nothing
 * is kept but what the table needs to align its first rows, so output streams.
 */
abstract class ClassificationWriter implements AutoCloseable {

  /** The output formats of {@code amv classify}. */
  enum Format { TEXT, JSON, CSV }

  static ClassificationWriter of(Format format, PrintWriter out) {
    switch (format) {
      case JSON:
        return new Ndjson(out);
      case CSV:
        return new CsvWriter(out);
      default:
        return new Table(out);
    }
  }

  abstract void write(Classification classification);

  @Override
  public abstract void close();

  /** One JSON object per line: id, category, label, deviations, verdicts. */
  private static final class Ndjson extends ClassificationWriter {
    private final JsonGenerator json;
    private boolean written;

    Ndjson(PrintWriter out) {
      try {
        json = new JsonFactory().createGenerator(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      json.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
    }

    @Override
    void write(Classification c) {
      written = true;
      try {
        json.writeStartObject();
        json.writeStringField("id", c.videoId());
        json.writeStringField("category", c.category());
        json.writeStringField("label", c.label());
        json.writeArrayFieldStart("deviations");
        for (String deviation : c.deviations()) {
          json.writeString(deviation);
        }
        json.writeEndArray();
        json.writeObjectFieldStart("verdicts");
        for (Map.Entry<String, Verdict> verdict : c.verdicts().entrySet()) {
          json.writeStringField(verdict.getKey(), verdict.getValue().name());
        }
        json.writeEndObject();
        json.writeEndObject();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      try {
        // No video, no line: an empty catalogue gives an empty stream, not one blank line.
        if (written) {
          json.writeRaw('\n');
        }
        json.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
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
