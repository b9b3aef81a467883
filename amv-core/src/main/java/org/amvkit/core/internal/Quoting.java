/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.internal;

/**
 * Quotes a value for a one-line message, as JSON would write it: {@code "}, {@code \} and control
 * characters escaped, cut after a number of characters. The public face is
 * {@code org.amvkit.core.Problems.quote}; this is here so that code below {@code org.amvkit.core}
 * (such as {@link Ids}) can quote without depending on it.
 */
public final class Quoting {

  private Quoting() {}

  /**
   * Quotes a value.
   *
   * @param text  the value, not null
   * @param length  how many characters of it to quote at most
   * @return the value in double quotes, escaped; followed by {@code …} when it was cut, not null
   */
  public static String quote(String text, int length) {
    int end = Math.min(text.length(), length);
    if (end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;   // never split a character in two
    }
    StringBuilder quoted = new StringBuilder(end + 8).append('"');
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\r' -> quoted.append("\\r");
        case '\t' -> quoted.append("\\t");
        default -> {
          if (isControl(c)) {
            quoted.append(String.format("\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    quoted.append('"');
    return end < text.length() ? quoted.append('…').toString() : quoted.toString();
  }

  /**
   * Tells whether a character is one a terminal would act on or a reader take for a line break:
   * C0 and C1 controls, DEL, and the line and paragraph separators.
   *
   * @param c  the character
   * @return true for a control character
   */
  public static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
  }
}
