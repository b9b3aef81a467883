/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import java.io.PrintWriter;

/**
 * User text as a terminal shows it safely: every control character written as an escape a person
 * can read ({@code \n}, {@code \t}, <code>&#92;u001b</code>), so that a title cannot retitle the
 * terminal window, clear the screen, or forge a row of a table with a newline. Backslashes are
 * left as they are (this is for reading, not for reading back). JSON output does not go through
 * here: it is exact, and JSON escapes controls itself.
 */
final class Visible {

  private Visible() {}

  /**
   * Returns the text with its control characters escaped; the text itself when it has none.
   *
   * @param text  user data, not null
   * @return the text, safe to print on one line of a terminal, not null
   */
  static String text(String text) {
    int first = firstControl(text);
    if (first < 0) {
      return text;   // the common case: no copy
    }
    StringBuilder shown = new StringBuilder(text.length() + 8).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> shown.append("\\n");
        case '\r' -> shown.append("\\r");
        case '\t' -> shown.append("\\t");
        default -> {
          if (isControl(c)) {
            shown.append(String.format("\\u%04x", (int) c));
          } else {
            shown.append(c);
          }
        }
      }
    }
    return shown.toString();
  }

  /**
   * Wraps a writer for text output so that what is printed through {@code print}, {@code println}
   * and the arguments of {@code printf} and {@code format} is {@linkplain #text shown safely}; the
   * format strings and the line breaks of {@code println} are the program's and stay as they are.
   * The writer must be flushed when the command ends.
   *
   * @param out  the command's standard output, not null
   * @return the writer for the command's text, not null
   */
  static PrintWriter writer(PrintWriter out) {
    return new PrintWriter(out) {
      @Override
      public void print(String s) {
        super.print(s == null ? null : text(s));   // println(String) and println(Object) too
      }

      @Override
      public PrintWriter format(String format, Object... args) {
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
          if (shown[i] instanceof CharSequence sequence) {
            shown[i] = text(sequence.toString());
          }
        }
        return super.format(format, shown);   // printf(String, Object...) comes here
      }
    };
  }

  private static int firstControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isControl(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** C0 and C1 controls, DEL, and the line and paragraph separators. */
  private static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
  }
}
