/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.amvkit.importers.OnBadValue;
import org.amvkit.importers.sources.SourceResolver;
import org.amvkit.importers.tracker.AmvTrackerDatabase;
import org.amvkit.importers.tracker.AmvTrackerExport;
import org.amvkit.importers.tracker.SubDatabase;
import org.amvkit.importers.tracker.TrackerEntries;
import org.amvkit.importers.tracker.TrackerVideos;

/**
 * An AMV Tracker file opened as videos: a database (one of its sub-databases) or the program's
 * export, with what must be closed after. The user's file is opened read-only.
 *
 * @param videos  the videos, not yet read
 * @param description  what is read, for messages: {@code sub-database "Main database"} or
 *     {@code export}
 * @param database  the database, or null for an export
 */
record TrackerInput(TrackerVideos videos, String description, AmvTrackerDatabase database)
    implements AutoCloseable {

  /**
   * Opens a file of a kind {@link InputKind#of(Path)} told.
   *
   * @param subDb  the sub-database's name or table, or null for the main one
   * @throws BadInputException if a sub-database is named for an export
   * @throws org.amvkit.importers.ImportException if the file is not AMV Tracker's, or has no
   *     such sub-database
   */
  static TrackerInput open(Path file, InputKind kind, String subDb, OnBadValue onBad,
      SourceResolver resolver) {
    try {
      if (kind == InputKind.TRACKER_EXPORT) {
        if (subDb != null) {
          throw new BadInputException(file + ": an export holds one sub-database; --sub-db "
              + "names one of a database");
        }
        return new TrackerInput(TrackerVideos.of(AmvTrackerExport.open(file, onBad), resolver),
            "export", null);
      }
      AmvTrackerDatabase database = AmvTrackerDatabase.open(file);
      try {
        SubDatabase sub = database.subDatabase(subDb == null ? SubDatabase.MAIN_TABLE : subDb);
        TrackerEntries entries = database.entries(sub.table(), onBad);
        return new TrackerInput(TrackerVideos.of(entries, resolver),
            "sub-database \"" + sub.name() + "\"", database);
      } catch (RuntimeException e) {
        database.close();
        throw e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    videos.close();
    if (database != null) {
      database.close();
    }
  }
}
