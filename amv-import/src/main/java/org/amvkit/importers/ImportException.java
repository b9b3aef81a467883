/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.importers;

import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when another program's catalogue cannot be read: the file is not of the kind expected,
 * lacks a table or a column, or a value in it cannot be read. It is the only exception importers
 * throw for bad input; failures of the input itself (a file that cannot be opened) are
 * {@link java.io.IOException}s.
 *
 * <pre>{@code
 * try (TrackerEntries entries = database.entries()) {
 *   entries.forEachRemaining(this::add);
 * } catch (ImportException e) {
 *   e.getMessage();   // my.db: table sub_db_0, row "aB3dE5fG7h", column video_length: "3:45" is not a whole number
 *   e.column();       // Optional[video_length]
 * }
 * }</pre>
 *
 * <p>The message is one line: the file, where in it (the table or line, the row by its
 * {@code video_id}, the column) and what is wrong; {@link #problem()} holds each part.
 */
public final class ImportException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** @serial the problem, with where it is. */
  private final ImportProblem problem;

  /**
   * Creates an exception for a problem.
   *
   * @param problem  the problem, not null
   */
  public ImportException(ImportProblem problem) {
    super(Objects.requireNonNull(problem, "problem").message());
    this.problem = problem;
  }

  /**
   * Creates an exception for a problem that an exception of the underlying library revealed.
   *
   * @param problem  the problem, not null
   * @param cause  what revealed it, not null
   */
  public ImportException(ImportProblem problem, Throwable cause) {
    this(problem);
    initCause(Objects.requireNonNull(cause, "cause"));
  }

  /**
   * Returns the problem, with where it is.
   *
   * @return the problem, not null
   */
  public ImportProblem problem() {
    return problem;
  }

  /**
   * Returns the file the problem is in.
   *
   * @return the file, as the user named it, not null
   */
  public String file() {
    return problem.file();
  }

  /**
   * Returns the column of the bad value.
   *
   * @return the column, or empty when the problem is not one value's, not null
   */
  public Optional<String> column() {
    return problem.column();
  }
}
