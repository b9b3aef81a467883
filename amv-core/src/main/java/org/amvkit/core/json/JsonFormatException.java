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
 * Thrown when a JSON document of amvkit cannot be read: a catalogue
 * ({@link CatalogueFormatException}), or a profile or a contest of {@code org.amvkit.rules}. All of
 * them report problems one way: every problem found, each with the JSON path of its fault, and the
 * line and column of the first where they are known.
 *
 * <pre>{@code
 * try {
 *   read(file);
 * } catch (JsonFormatException e) {
 *   e.getMessage();   // videos[3].clips[0].end: "PT-5S" is not a valid duration
 *   e.path();         // videos[3].clips[0].end
 *   e.problems();     // every problem, in document order
 * }
 * }</pre>
 *
 * <p>The message starts with the JSON path of the bad value, written as a reader would navigate
 * to it ({@code videos[3].clips[0].end}; indexes count from zero), and says what is wrong there. A
 * document that is not well-formed JSON has no such path: its message starts with the line and
 * column instead ({@code line 12, column 5: unexpected end of input}). Several problems are
 * separated by {@code "; "}.
 */
public abstract class JsonFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** @serial the problems, with fields that are paths from the root of the document. */
  private final List<Problem> problems;
  /** @serial the line of the first problem, counting from one, or -1 if unknown. */
  private final int line;
  /** @serial the column of the first problem, counting from one, or -1 if unknown. */
  private final int column;
  /** @serial how many more problems were found than {@link #problems} lists. */
  private final int omitted;

  /**
   * Creates the exception; only amvkit's readers make one.
   *
   * @param problems  the problems, at least one, each with the full JSON path of its fault or the
   *     empty string for the document as a whole, not null
   * @param line  the line of the first problem, counting from one, or -1 if unknown
   * @param column  the column of the first problem, counting from one, or -1 if unknown
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  protected JsonFormatException(List<Problem> problems, int line, int column) {
    this(problems, 0, line, column);
  }

  /**
   * Creates the exception for more problems than it lists; the message ends "… and 999,990 more".
   *
   * @param problems  the problems listed, as for {@link #JsonFormatException(List, int, int)}
   * @param omitted  how many more were found, 0 or more
   * @param line  the line of the first problem, counting from one, or -1 if unknown
   * @param column  the column of the first problem, counting from one, or -1 if unknown
   * @throws IllegalArgumentException if {@code problems} is empty or {@code omitted} negative
   */
  protected JsonFormatException(List<Problem> problems, int omitted, int line, int column) {
    super(render(problems, omitted, line, column));
    this.problems = List.copyOf(problems);
    this.omitted = omitted;
    this.line = line;
    this.column = column;
  }

  private static String render(List<Problem> problems, int omitted, int line, int column) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a JsonFormatException needs at least one problem");
    }
    if (omitted < 0) {
      throw new IllegalArgumentException("omitted " + omitted + " is negative");
    }
    return problems.stream()
        .map(problem -> problem.field().isEmpty() && line > 0
            ? "line " + line + ", column " + column + ": " + problem.message()
            : problem.toString())
        .collect(Collectors.joining("; "))
        + (omitted == 0 ? "" : String.format(Locale.ROOT, "; … and %,d more", omitted));
  }

  /**
   * Returns how many problems were found beyond those {@link #problems()} lists (at most
   * {@value org.amvkit.core.Problems#MAX_LISTED} are listed).
   *
   * @return the count, 0 when every problem is listed
   */
  public final int omitted() {
    return omitted;
  }

  /**
   * Returns every problem found, in document order. Each problem's {@link Problem#field() field}
   * is the full JSON path of the bad value (such as {@code "videos[3].clips[1].end"}), or the
   * empty string for the document as a whole, as when it is not well-formed JSON.
   *
   * @return the problems, at least one, not null
   */
  public final List<Problem> problems() {
    return problems;
  }

  /**
   * Returns the JSON path of the first problem.
   *
   * @return the path, such as {@code "videos[3].clips[0].end"}, or the empty string for the
   *     document as a whole, not null
   */
  public final String path() {
    return problems.get(0).field();
  }

  /**
   * Returns the line where the first problem was found.
   *
   * @return the line, counting from one, or -1 if unknown
   */
  public final int line() {
    return line;
  }

  /**
   * Returns the column where the first problem was found; see {@link #line()}.
   *
   * @return the column, counting from one, or -1 if unknown
   */
  public final int column() {
    return column;
  }
}
