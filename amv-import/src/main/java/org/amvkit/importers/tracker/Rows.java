/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.importers.tracker;

import org.amvkit.importers.ImportException;
import org.amvkit.importers.ImportProblem;

/**
 * The raw rows of one sub-database, one at a time: a table of the database or the lines of the
 * export. {@link EntryReader} makes entries of them.
 */
interface Rows extends AutoCloseable {

  /**
   * Moves to the next row.
   *
   * @return false at the end
   * @throws ImportException if the input cannot be read on from here
   */
  boolean next();

  /**
   * Tells what is wrong with the current row as a whole, so that none of its values can be read
   * (an export line with fewer values than its header has columns), while the rows after it can.
   *
   * @return the problem, or null if the row can be read
   */
  ImportProblem rowProblem();

  /**
   * Returns the raw value of a column of the current row.
   *
   * @return a {@code String}, a {@code Number}, a {@code byte[]}, or null for NULL
   * @throws ImportException if the input cannot be read on from here
   */
  Object get(Column column);

  /**
   * Says where the current row is: the file, and the table or the line.
   *
   * @return a new builder of a problem placed there, not null
   */
  ImportProblem.Builder here();

  /** Releases what the rows hold, but not the database they come from. */
  @Override
  void close();
}
