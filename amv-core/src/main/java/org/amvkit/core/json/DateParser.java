/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Parses ISO-8601 dates as {@link LocalDate#parse(CharSequence)} does, without its formatter for
 * the form catalogues write.
 *
 * <p>Why: every video has a {@code published} date, and the JDK's formatter (a chain of parsers
 * filling a map of fields, then resolved) took some 5 % of the reader's time.
 *
 * <p>How: text of exactly {@code yyyy-mm-dd} in ASCII digits is the date {@code LocalDate.of}
 * makes of its three numbers, which checks the month and the day of that month as the JDK's strict
 * ISO formatter does. Anything else — other lengths, signs, years past 9999 — and any date that
 * {@code LocalDate.of} refuses go to {@code LocalDate.parse} itself, so its exceptions and messages
 * are the JDK's. {@code DateParserProperties} checks that the two agree on generated text.
 */
final class DateParser {

  private DateParser() {}

  /**
   * Parses a date such as {@code 2011-03-02}.
   *
   * @param text  the ISO-8601 text, not null
   * @return the date, equal to what {@code LocalDate.parse(text)} returns, not null
   * @throws DateTimeParseException if the text is not a date, as {@code LocalDate.parse} throws
   */
  static LocalDate parse(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = number(text, 0, 4);
      int month = number(text, 5, 7);
      int day = number(text, 8, 10);
      if (year >= 0 && month >= 0 && day >= 0) {
        try {
          return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
          // not a date: LocalDate.parse throws its own exception for it
        }
      }
    }
    return LocalDate.parse(text);
  }

  /** The number of ASCII digits from {@code start} to {@code end}; -1 if one is not a digit. */
  private static int number(String text, int start, int end) {
    int number = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      number = number * 10 + (c - '0');
    }
    return number;
  }
}
