/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.importers.tracker;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.amvkit.importers.ImportException;
import org.amvkit.importers.ImportProblem;
import org.amvkit.importers.OnBadValue;

/**
 * The entries of one AMV Tracker sub-database, read one row at a time: memory does not grow with
 * the number of rows. Obtained from {@link AmvTrackerDatabase#entries(String, OnBadValue)} or
 * {@link AmvTrackerExport#open(java.nio.file.Path, OnBadValue)}; the caller closes it.
 *
 * <pre>{@code
 * try (TrackerEntries entries = database.entries("Main database", OnBadValue.SKIP)) {
 *   while (entries.hasNext()) {
 *     TrackerEntry entry = entries.next();
 *   }
 *   entries.skipped();   // every value that could not be read, with its row and column
 * }
 * }</pre>
 *
 * <p>A value that cannot be read stops reading with an {@link ImportException} naming the file,
 * the table or line, the row and the column ({@link OnBadValue#STOP}); or it is read as not
 * recorded and kept in {@link #skipped()} ({@link OnBadValue#SKIP}). After an exception, reading
 * cannot go on. Not thread-safe.
 */
public final class TrackerEntries implements Iterator<TrackerEntry>, AutoCloseable {

  private final Rows rows;
  private final EntryReader reader;
  private final OnBadValue onBad;
  private final List<ImportProblem> skipped = new ArrayList<>();
  private TrackerEntry next;
  private long rowsRead;
  private long entriesRead;
  private boolean done;
  private boolean closed;
  private RuntimeException failure;

  TrackerEntries(Rows rows, Map<Column, String> tagGroups, OnBadValue onBad) {
    this.rows = rows;
    this.onBad = onBad;
    this.reader = new EntryReader(tagGroups, onBad, skipped);
  }

  /**
   * Tells whether there is another entry, reading rows until one gives an entry.
   *
   * @return true if {@link #next()} will return an entry
   * @throws ImportException if a row or a value cannot be read, and reading stops at one
   * @throws IllegalStateException if the entries are closed, or reading failed earlier
   */
  @Override
  public boolean hasNext() {
    if (next != null) {
      return true;
    }
    if (closed) {
      throw new IllegalStateException("the entries are closed");
    }
    if (failure != null) {
      throw new IllegalStateException("reading stopped at an earlier error: "
          + failure.getMessage(), failure);
    }
    try {
      while (!done && next == null) {
        readRow();
      }
    } catch (RuntimeException e) {
      failure = e;
      throw e;
    }
    return next != null;
  }

  private void readRow() {
    if (!rows.next()) {
      done = true;
      return;
    }
    rowsRead++;
    ImportProblem problem = rows.rowProblem();
    if (problem != null) {
      reader.report(problem);
      return;
    }
    next = reader.read(rows, rowsRead);
  }

  /**
   * Returns the next entry.
   *
   * @return the entry, not null
   * @throws NoSuchElementException if there are no more entries
   * @throws ImportException if a row or a value cannot be read, and reading stops at one
   * @throws IllegalStateException if the entries are closed, or reading failed earlier
   */
  @Override
  public TrackerEntry next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more entries");
    }
    TrackerEntry entry = next;
    next = null;
    entriesRead++;
    return entry;
  }

  /**
   * Returns the remaining entries as a sequential stream, read lazily. Closing the stream closes
   * these entries. The stream throws what {@link #next()} throws.
   *
   * @return the entries not yet handed out, in the order of the rows, not null
   */
  public Stream<TrackerEntry> stream() {
    Spliterator<TrackerEntry> spliterator = Spliterators.spliteratorUnknownSize(this,
        Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE);
    return StreamSupport.stream(spliterator, false).onClose(this::close);
  }

  /**
   * Returns the values and rows skipped so far because they could not be read: always empty when
   * reading stops at the first ({@link OnBadValue#STOP}).
   *
   * @return the problems, in the order found, not null
   */
  public List<ImportProblem> skipped() {
    return Collections.unmodifiableList(skipped);
  }

  /**
   * Returns what is done with a value that cannot be read.
   *
   * @return the choice these entries were opened with, not null
   */
  public OnBadValue onBadValue() {
    return onBad;
  }

  /**
   * Returns how many rows were read so far, those skipped included.
   *
   * @return the number of rows, not negative
   */
  public long rowsRead() {
    return rowsRead;
  }

  /**
   * Returns how many entries were handed out so far.
   *
   * @return the number of entries returned by {@link #next()}, not negative
   */
  public long entriesRead() {
    return entriesRead;
  }

  /**
   * Reports a problem of the entry last handed out, found after it was read (it cannot become a
   * video): thrown, or kept in {@link #skipped()}, as {@link #onBadValue()} says.
   *
   * @param entry  the entry {@link #next()} returned last, before {@link #hasNext()} is asked again
   * @param column  the column, or null for the row as a whole
   * @param reason  what is wrong
   * @throws ImportException if reading stops at a bad value
   */
  void reportLast(TrackerEntry entry, String column, String reason) {
    ImportProblem.Builder where = rows.here().row(rowsRead, entry.videoId());
    if (column != null) {
      where.column(column);
    }
    ImportProblem problem = where.because(reason);
    try {
      reader.report(problem);
    } catch (ImportException e) {
      failure = e;
      throw e;
    }
  }

  /** Closes the rows. Closing twice has no effect; the database stays open. */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      next = null;
      rows.close();
    }
  }
}
