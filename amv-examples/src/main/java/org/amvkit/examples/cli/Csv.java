/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

/**
 * CSV fields as RFC 4180 quotes them, and safe to open in a spreadsheet: a field that begins with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would be run as a formula
 * by Excel, LibreOffice or Google Sheets (CSV injection), so, as OWASP recommends, it gets a
 * leading apostrophe and quotes: {@code =HYPERLINK(…)} is written {@code "'=HYPERLINK(…)"}. The
 * {@code csv-raw} format of {@code amv classify} writes fields exactly, for programs.
 */
final class Csv {

  private Csv() {}

  /** Returns the field, quoted if it holds a comma, a quote or a line break. */
  static String field(String value) {
    boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0
        || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }

  /** Returns the field as {@link #field} does, a would-be formula made text first. */
  static String safeField(String value) {
    if (!isFormula(value)) {
      return field(value);
    }
    return '"' + ("'" + value).replace("\"", "\"\"") + '"';
  }

  private static boolean isFormula(String value) {
    if (value.isEmpty()) {
      return false;
    }
    char first = value.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
        || first == '\r';
  }

  static String line(String... fields) {
    return line(false, fields);
  }

  /**
   * Joins fields into a line.
   *
   * @param safe  whether would-be formulas are made text ({@link #safeField})
   * @param fields  the fields, not null
   */
  static String line(boolean safe, String... fields) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(safe ? safeField(fields[i]) : field(fields[i]));
    }
    return line.toString();
  }
}
