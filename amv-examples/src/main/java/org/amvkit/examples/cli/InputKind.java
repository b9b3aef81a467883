/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.amvkit.importers.tracker.AmvTrackerDatabase;
import org.amvkit.importers.tracker.AmvTrackerExport;

/** What a file a command reads holds, told by its first bytes, never by its name. */
enum InputKind {

  /** An {@code amv-catalogue/1} document, or anything else: its reader says what is wrong. */
  CATALOGUE,

  /** An SQLite file, read as AMV Tracker's database: "SQLite format 3" and a NUL first. */
  TRACKER_DATABASE,

  /**
   * AMV Tracker's text export: a UTF-16 byte-order mark, then {@code video_id} and a tab; or that
   * header in UTF-8, which the export's reader then reports as not UTF-16.
   */
  TRACKER_EXPORT;

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final byte[] EXPORT_START = "video_id\t".getBytes(StandardCharsets.US_ASCII);

  /**
   * Tells what a file holds.
   *
   * @param file  an existing file
   * @throws UncheckedIOException if it cannot be read
   */
  static InputKind of(Path file) {
    try {
      if (AmvTrackerDatabase.isSqlite(file)) {
        return TRACKER_DATABASE;
      }
      return AmvTrackerExport.isExport(file) || isUtf8Export(file) ? TRACKER_EXPORT : CATALOGUE;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * An export saved again as UTF-8 (by a spreadsheet, say): read as an export, so that the error
   * says it is not UTF-16 rather than that it is not JSON.
   */
  private static boolean isUtf8Export(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] start = in.readNBytes(UTF8_BOM.length + EXPORT_START.length);
      int from = Arrays.equals(start, 0, UTF8_BOM.length, UTF8_BOM, 0, UTF8_BOM.length)
          ? UTF8_BOM.length : 0;
      return start.length >= from + EXPORT_START.length && Arrays.equals(start, from,
          from + EXPORT_START.length, EXPORT_START, 0, EXPORT_START.length);
    }
  }

  /** True for either of AMV Tracker's files. */
  boolean isTracker() {
    return this != CATALOGUE;
  }
}
