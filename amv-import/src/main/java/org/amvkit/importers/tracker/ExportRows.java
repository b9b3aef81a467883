/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.importers.tracker;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.amvkit.importers.ImportException;
import org.amvkit.importers.ImportProblem;

/**
 * The rows of AMV Tracker's text export: tab-separated values, one row a line, after a header line
 * that names the columns. The text is already decoded; a value written by Python as {@code None}
 * is NULL.
 *
 * <p>A value that holds a tab, a line break or a double quote is read as Python's {@code csv}
 * module writes one: in double quotes, a quote doubled. Any other value is read as written, up to
 * the next tab or line break. A row is limited to {@value #MAX_ROW} characters, so that a quote
 * that never closes cannot fill memory.
 */
final class ExportRows implements Rows {

  static final int MAX_ROW = 4 * 1024 * 1024;
  private static final String NULL = "None";

  private final Reader in;
  private final String file;
  private final int[] positions = new int[Column.values().length];
  private final int width;
  private final StringBuilder value = new StringBuilder();
  private List<String> fields;
  private int pushedBack = -2;
  private long line = 1;
  private long rowLine;
  private int rowLength;
  private ImportProblem rowProblem;

  /**
   * Reads the header line.
   *
   * @throws ImportException if there is no header line or it lacks a column
   */
  ExportRows(Reader in, String file) {
    this.in = in;
    this.file = file;
    List<String> header = readRecord();
    if (header == null || header.size() == 1 && header.get(0).isBlank()) {
      throw new ImportException(ImportProblem.in(file).line(1)
          .because("the export has no header line"));
    }
    Map<String, Integer> byName = new HashMap<>();
    for (int i = header.size() - 1; i >= 0; i--) {
      byName.put(header.get(i).strip(), i);
    }
    for (Column column : Column.values()) {
      Integer position = byName.get(column.sqlName());
      if (position == null) {
        throw new ImportException(ImportProblem.in(file).line(1).column(column.sqlName())
            .because("the header has no such column"));
      }
      positions[column.ordinal()] = position;
    }
    this.width = header.size();
  }

  @Override
  public boolean next() {
    do {
      fields = readRecord();
    } while (fields != null && fields.size() == 1 && fields.get(0).isEmpty());
    if (fields == null) {
      return false;
    }
    rowProblem = fields.size() == width ? null : here().because(fields.size()
        + (fields.size() == 1 ? " value" : " values") + " where the header has " + width
        + " columns");
    return true;
  }

  @Override
  public ImportProblem rowProblem() {
    return rowProblem;
  }

  @Override
  public Object get(Column column) {
    String text = fields.get(positions[column.ordinal()]);
    return NULL.equals(text) ? null : text;
  }

  @Override
  public ImportProblem.Builder here() {
    return ImportProblem.in(file).line(rowLine);
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The values of the next line, or null at the end of the input. */
  private List<String> readRecord() {
    rowLine = line;
    rowLength = 0;
    int c = read();
    if (c < 0) {
      return null;
    }
    List<String> record = new ArrayList<>();
    while (true) {
      value.setLength(0);
      if (c == '"') {
        c = readQuoted();
      }
      while (c >= 0 && c != '\t' && c != '\n' && c != '\r') {
        append(c);
        c = read();
      }
      record.add(value.toString());
      if (c == '\t') {
        c = read();
        continue;
      }
      if (c == '\r') {
        int after = read();
        if (after != '\n') {
          pushedBack = after;
        }
      }
      if (c >= 0) {
        line++;
      }
      return record;
    }
  }

  /** Reads a quoted value, the opening quote read; returns the character after the closing one. */
  private int readQuoted() {
    while (true) {
      int c = read();
      if (c < 0) {
        throw new ImportException(ImportProblem.in(file).line(rowLine)
            .because("a quoted value does not end before the end of the file"));
      }
      if (c == '"') {
        int after = read();
        if (after != '"') {
          return after;
        }
      } else if (c == '\n') {
        line++;
      }
      append(c);
    }
  }

  private void append(int c) {
    if (++rowLength > MAX_ROW) {
      throw new ImportException(ImportProblem.in(file).line(rowLine)
          .because("the row is longer than " + MAX_ROW + " characters"));
    }
    value.append((char) c);
  }

  private int read() {
    if (pushedBack != -2) {
      int c = pushedBack;
      pushedBack = -2;
      return c;
    }
    try {
      return in.read();
    } catch (CharacterCodingException e) {
      throw new ImportException(ImportProblem.in(file).line(line)
          .because("the text is not valid UTF-16"), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
