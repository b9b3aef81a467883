package org.amvkit.rules.json;

import java.util.List;
import java.util.stream.Collectors;
import org.amvkit.core.Problem;

/**
 * What the exceptions of this package's readers have in common, so that they are shaped alike and
 * like amv-core's {@link org.amvkit.core.json.CatalogueFormatException}: every problem found, each
 * with the JSON path of its fault, and the line and column of the first when they are known. Not
 * public: users catch {@link ProfileFormatException} or {@link ContestFormatException}.
 */
abstract class DocumentFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** @serial the problems, with fields that are paths from the root of the document. */
  private final List<Problem> problems;
  /** @serial the line of the first problem, counting from one, or -1. */
  private final int line;
  /** @serial the column of the first problem, counting from one, or -1. */
  private final int column;

  DocumentFormatException(List<Problem> problems, int line, int column) {
    super(render(problems, line, column));
    this.problems = List.copyOf(problems);
    this.line = line;
    this.column = column;
  }

  /**
   * The message: each problem's path and message, {@code "; "} between them; a problem of the
   * document as a whole starts with the line and column, when they are known.
   */
  private static String render(List<Problem> problems, int line, int column) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a format exception needs at least one problem");
    }
    return problems.stream()
        .map(problem -> problem.field().isEmpty() && line > 0
            ? "line " + line + ", column " + column + ": " + problem.message()
            : problem.toString())
        .collect(Collectors.joining("; "));
  }

  /**
   * Returns every problem found. Each problem's {@link Problem#field() field} is the full JSON path
   * of the fault (such as {@code "definitions[1].required[0]"}), or the empty string for the
   * document as a whole.
   *
   * @return the problems, at least one, not null
   */
  public final List<Problem> problems() {
    return problems;
  }

  /**
   * Returns the JSON path of the first problem.
   *
   * @return the path, such as {@code "entries[2].category"}, or the empty string for the document
   *     as a whole, not null
   */
  public final String path() {
    return problems.get(0).field();
  }

  /**
   * Returns the line where the first problem was found. It is known for JSON that is not
   * well-formed; a fault in a value is found once the document is read, and has its path only.
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
