package org.amvkit.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.amvkit.importers.tracker.AmvTrackerDatabase;
import org.amvkit.importers.tracker.AmvTrackerExport;

/** What a file a command reads holds, told by its first bytes, never by its name. */
enum InputKind {

  /** An {@code amv-catalogue/1} document, or anything else: its reader says what is wrong. */
  CATALOGUE,

  /** An SQLite file, read as AMV Tracker's database: "SQLite format 3" and a NUL first. */
  TRACKER_DATABASE,

  /** AMV Tracker's text export: a UTF-16 byte-order mark, then {@code video_id} and a tab. */
  TRACKER_EXPORT;

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
      return AmvTrackerExport.isExport(file) ? TRACKER_EXPORT : CATALOGUE;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** True for either of AMV Tracker's files. */
  boolean isTracker() {
    return this != CATALOGUE;
  }
}
