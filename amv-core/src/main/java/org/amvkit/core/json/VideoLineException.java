/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.amvkit.core.Problem;

/**
 * Thrown when one line of a catalogue's line form (one video, see {@link VideoLineReader}) cannot
 * be read. Its problems are those a {@link CatalogueReader} reports for the same video, with paths
 * from the video object ({@code clips[0].end}); its message puts the line number first:
 * {@code line 7: clips[0].end: "PT-5S" is not a valid duration}. A line that is not well-formed
 * JSON reads {@code line 7, column 12: unexpected end of input}.
 *
 * <p>{@link #lineNumber()} is the line's number in its file, which may exceed an {@code int} in a
 * cluster's files ({@link #line()} is then -1); {@link #column()} is the column in the line.
 */
public final class VideoLineException extends JsonFormatException {

  private static final long serialVersionUID = 1L;

  /** @serial the line's number in its file, counting from one. */
  private final long lineNumber;

  VideoLineException(List<Problem> problems, int omitted, long lineNumber, int column) {
    super(problems, omitted, lineNumber <= Integer.MAX_VALUE ? (int) lineNumber : -1, column);
    this.lineNumber = lineNumber;
  }

  /**
   * Returns the number of the line in its file.
   *
   * @return the number, counting from one
   */
  public long lineNumber() {
    return lineNumber;
  }

  /**
   * Returns the problems as one message, the line number first.
   *
   * @return {@code line N: path: message}, or {@code line N, column C: message} for a line that
   *     is not well-formed JSON, not null
   */
  @Override
  public String getMessage() {
    String where = "line " + lineNumber;
    if (path().isEmpty() && column() > 0) {
      where += ", column " + column();
    }
    return where + ": " + problems().stream().map(Problem::toString)
        .collect(Collectors.joining("; "))
        + (omitted() == 0 ? "" : String.format(Locale.ROOT, "; … and %,d more", omitted()));
  }
}
