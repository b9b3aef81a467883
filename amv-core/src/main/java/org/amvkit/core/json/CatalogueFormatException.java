package org.amvkit.core.json;

import java.util.List;
import java.util.stream.Collectors;
import org.amvkit.core.Problem;

/**
 * Thrown when an {@code amv-catalogue/1} document cannot be read: it is not well-formed JSON, a
 * field is missing or has a value of the wrong kind, a value does not parse, or the value it
 * describes breaks that value's invariants. It is the only exception the {@link CatalogueReader}
 * throws for bad input.
 *
 * <pre>{@code
 * try (CatalogueReader reader = CatalogueReader.open(file)) {
 *   reader.forEachRemaining(classifier::classify);
 * } catch (CatalogueFormatException e) {
 *   e.getMessage();   // videos[3].clips[0].end: "PT-5S" is not a valid duration
 *   e.path();         // videos[3].clips[0].end
 *   e.line();         // 48
 * }
 * }</pre>
 *
 * <p>The message starts with the JSON path of the bad value, written as a reader would navigate
 * to it ({@code videos[3].clips[0].end}; indexes count from zero), and says what was expected. A
 * document that is not well-formed JSON has no such path: its message starts with the line and
 * column instead ({@code line 12, column 5: unexpected end of input}). When one video or the
 * source list has several problems, all of them are reported, separated by {@code "; "}.
 */
public final class CatalogueFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** @serial the problems, with fields that are paths from the root of the document. */
  private final List<Problem> problems;
  /** @serial the line of the first problem, counting from one. */
  private final int line;
  /** @serial the column of the first problem, counting from one. */
  private final int column;

  CatalogueFormatException(List<Problem> problems, int line, int column) {
    super(render(problems, line, column));
    this.problems = List.copyOf(problems);
    this.line = line;
    this.column = column;
  }

  private static String render(List<Problem> problems, int line, int column) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a CatalogueFormatException needs at least one problem");
    }
    return problems.stream()
        .map(problem -> problem.field().isEmpty()
            ? "line " + line + ", column " + column + ": " + problem.message()
            : problem.field() + ": " + problem.message())
        .collect(Collectors.joining("; "));
  }

  /**
   * Returns every problem found, in document order. Each problem's {@link Problem#field() field}
   * is the full JSON path of the bad value (such as {@code "videos[3].clips[1].end"}), or the
   * empty string when the document is not well-formed JSON.
   *
   * @return the problems, at least one, not null
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Returns the JSON path of the first problem.
   *
   * @return the path, such as {@code "videos[3].clips[0].end"}, or the empty string for
   *     malformed JSON, not null
   */
  public String path() {
    return problems.get(0).field();
  }

  /**
   * Returns the line where the first problem was found. For a value that is wrong this is where
   * the value is; for a missing field or an object that breaks its invariants it is where the
   * object ends.
   *
   * @return the line, counting from one, or -1 if unknown
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column where the first problem was found; see {@link #line()}.
   *
   * @return the column, counting from one, or -1 if unknown
   */
  public int column() {
    return column;
  }
}
