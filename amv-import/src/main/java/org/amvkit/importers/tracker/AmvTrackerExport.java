/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.importers.tracker;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.amvkit.importers.ImportException;
import org.amvkit.importers.ImportProblem;
import org.amvkit.importers.OnBadValue;

/**
 * AMV Tracker's text export ("export to CSV"): every column of a sub-database, tab-separated,
 * encoded UTF-16 with a byte-order mark, a header line first, NULL written as {@code None}. Read
 * into the same entries as {@link AmvTrackerDatabase} gives, one line at a time.
 *
 * <pre>{@code
 * try (TrackerEntries entries = AmvTrackerExport.open(Path.of("export.csv"), OnBadValue.STOP)) {
 *   entries.stream().map(TrackerEntry::title).forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>What the export does not carry: the names of the tag groups (tags are grouped by their
 * columns, {@code tags_1} to {@code tags_6}, all of them) and which groups are in use. Python
 * writes NULL and the text {@code "None"} alike, so a title that is the word None reads as not
 * recorded. Columns are found by their names in the header, so their order does not matter;
 * columns AMV Tracker does not write are ignored.
 *
 * <p><b>Bad input</b> is reported by an {@link ImportException} naming the file, the line, the row
 * ({@code video_id}) and the column: a file that is not UTF-16 (no byte-order mark, or bytes that
 * are not UTF-16), a header that lacks a column, a line with fewer or more values than the header
 * has columns, a value that cannot be read (see {@link TrackerEntries}).
 */
public final class AmvTrackerExport {

  private AmvTrackerExport() {}

  /**
   * Opens an export and reads its header line.
   *
   * @param file  the file, not null
   * @param onBad  what to do with a value or a line that cannot be read, not null
   * @return the entries, to be closed by the caller, not null
   * @throws NoSuchFileException if there is no such file
   * @throws IOException if the file cannot be read
   * @throws ImportException if it is not UTF-16 with a byte-order mark, or its header is not AMV
   *     Tracker's
   */
  public static TrackerEntries open(Path file, OnBadValue onBad) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(onBad, "onBad");
    String name = file.toString();
    InputStream in = Files.newInputStream(file);
    try {
      Charset charset = byteOrder(in.readNBytes(2), in, name);
      ExportRows rows = new ExportRows(new Utf16Reader(in, charset.equals(UTF_16BE)), name);
      return new TrackerEntries(rows, tagColumns(), onBad);
    } catch (RuntimeException | IOException e) {
      in.close();
      throw e;
    }
  }

  /**
   * Tells whether a file starts as an export does: a UTF-16 byte-order mark, then
   * {@code video_id} and a tab, as a program that accepts several kinds of catalogue tells them
   * apart.
   *
   * @param file  the file, not null
   * @return true if it starts as an export
   * @throws NoSuchFileException if there is no such file
   * @throws IOException if the file cannot be read
   */
  public static boolean isExport(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      byte[] start = in.readNBytes(2 + 2 * "video_id\t".length());
      if (start.length < 2) {
        return false;
      }
      Charset charset = (start[0] & 0xff) == 0xFF && (start[1] & 0xff) == 0xFE ? UTF_16LE
          : (start[0] & 0xff) == 0xFE && (start[1] & 0xff) == 0xFF ? UTF_16BE : null;
      return charset != null
          && new String(start, 2, start.length - 2, charset).equals("video_id\t");
    }
  }

  /** The charset the byte-order mark says. */
  private static Charset byteOrder(byte[] mark, InputStream in, String file) throws IOException {
    int first = mark.length > 0 ? mark[0] & 0xff : -1;
    int second = mark.length > 1 ? mark[1] & 0xff : -1;
    if (first == 0xFF && second == 0xFE) {
      return UTF_16LE;
    }
    if (first == 0xFE && second == 0xFF) {
      return UTF_16BE;
    }
    boolean utf8 = first == 0xEF && second == 0xBB && in.read() == 0xBF;
    throw new ImportException(ImportProblem.in(file).because(utf8
        ? "not UTF-16: it starts with UTF-8's byte-order mark, and AMV Tracker exports UTF-16"
        : "not UTF-16: it has no byte-order mark, and AMV Tracker exports UTF-16 with one"));
  }

  /** Every tag column, named by itself: the export does not say what the user called it. */
  private static Map<Column, String> tagColumns() {
    Map<Column, String> columns = new LinkedHashMap<>();
    for (Column column : Column.TAGS) {
      columns.put(column, column.sqlName());
    }
    return columns;
  }
}
