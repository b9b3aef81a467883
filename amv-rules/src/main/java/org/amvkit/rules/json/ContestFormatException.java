package org.amvkit.rules.json;

/**
 * Thrown when an {@code amv-contest/1} file cannot be read. The message starts with the JSON path
 * of the fault and says what is wrong there, such as
 * {@code entries[2].category: "Horror" is not a category of this contest (Action, Drama, Comedy)}
 * or {@code definition.required[1].params.min: "lots" is not a valid share (from 0 to 1, e.g. 0.75
 * or 75%)}; JSON that does not parse gives the line and column instead.
 */
public class ContestFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** @serial the JSON path of the fault, empty for the document as a whole. */
  private final String path;
  /** @serial what is wrong there. */
  private final String detail;

  /**
   * Creates the exception.
   *
   * @param path  the JSON path of the fault, such as {@code entries[2].category}, empty for the
   *     document as a whole, not null
   * @param detail  what is wrong there, not null
   * @param cause  the exception that revealed the fault, or null
   */
  public ContestFormatException(String path, String detail, Throwable cause) {
    super(path.isEmpty() ? detail : path + ": " + detail, cause);
    this.path = path;
    this.detail = detail;
  }

  /**
   * Returns the JSON path of the fault.
   *
   * @return the path, empty for the document as a whole, not null
   */
  public String path() {
    return path;
  }

  /**
   * Returns what is wrong, without the path.
   *
   * @return the detail, not null
   */
  public String detail() {
    return detail;
  }
}
