package org.amvkit.examples.cli;

/** Quoting of CSV fields as RFC 4180 has it. */
final class Csv {

  private Csv() {}

  /** Returns the field, quoted if it holds a comma, a quote or a line break. */
  static String field(String value) {
    boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0
        || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }

  /** Returns one CSV line (without the line break) from fields. */
  static String line(String... fields) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(field(fields[i]));
    }
    return line.toString();
  }
}
