package org.amvkit.rules.json;

/**
 * Thrown when a JSON profile cannot be read. The message starts with the JSON path of the fault
 * and says what is wrong there, such as
 * {@code definitions[0].required[1].params.max: "4min" is not a valid duration (ISO-8601, e.g. PT4M)}
 * or {@code definitions: missing}; JSON that does not parse gives the line and column instead.
 *
 * <pre>{@code
 * try {
 *   String json = "{\"id\": \"p\", \"definitions\": [{\"id\": \"d\", \"label\": \"D\","
 *       + " \"required\": [\"has-musik\"]}]}";
 *   ProfileReader.with(RuleRegistry.load()).read(json);
 * } catch (ProfileFormatException e) {
 *   e.path();     // "definitions[0].required[0]"
 *   e.detail();   // unknown rule "has-musik"; registered rules: has-music, has-source, ...
 * }
 * }</pre>
 */
public class ProfileFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** @serial the JSON path of the fault, empty for the document as a whole. */
  private final String path;
  /** @serial what is wrong there. */
  private final String detail;

  /**
   * Creates the exception.
   *
   * @param path  the JSON path of the fault, such as {@code definitions[0].label}, empty for the
   *     document as a whole, not null
   * @param detail  what is wrong there, not null
   */
  public ProfileFormatException(String path, String detail) {
    this(path, detail, null);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param path  the JSON path of the fault, empty for the document as a whole, not null
   * @param detail  what is wrong there, not null
   * @param cause  the exception that revealed the fault, or null
   */
  public ProfileFormatException(String path, String detail, Throwable cause) {
    super(path.isEmpty() ? detail : path + ": " + detail, cause);
    this.path = path;
    this.detail = detail;
  }

  /**
   * Returns the JSON path of the fault.
   *
   * @return the path, such as {@code definitions[1].required[0]}, empty for the document as a
   *     whole, not null
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
