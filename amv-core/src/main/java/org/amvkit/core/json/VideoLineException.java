/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import java.util.List;
import org.amvkit.core.Problem;

/**
 * Thrown when one line of a catalogue's line form (one video, see {@link VideoLineReader}) cannot
 * be read. Its problems are those a {@link CatalogueReader} reports for the same video, with paths
 * from the video object ({@code clips[0].end}); its message puts the line number first:
 * {@code line 7: clips[0].end: "PT-5S" is not a valid duration}. A line that is not well-formed
 * JSON reads {@code line 7, column 12: unexpected end of input}.
 *
 * <p>{@link #line()} is the line's number in the file, {@link #column()} the column in the line.
 */
public final class VideoLineException extends JsonFormatException {

  private static final long serialVersionUID = 1L;

  VideoLineException(List<Problem> problems, int omitted, int line, int column) {
    super(problems, omitted, line, column);
  }

  /**
   * Returns the problems as one message, the line number first.
   *
   * @return {@code line N: path: message}, or {@code line N, column C: message} for a line that
   *     is not well-formed JSON, not null
   */
  @Override
  public String getMessage() {
    String problems = super.getMessage();
    return path().isEmpty() ? problems : "line " + line() + ": " + problems;
  }
}
