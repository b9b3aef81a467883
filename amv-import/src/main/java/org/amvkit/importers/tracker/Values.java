/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.importers.tracker;

import static org.amvkit.importers.ImportProblem.quote;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the raw values of a row, as the database gives them ({@code String}, {@code Long},
 * {@code Integer}, {@code Double}, {@code byte[]} or null) or as the export writes them (text),
 * into the kinds of {@link Column.Kind}. Each returns null for a value not recorded and throws a
 * {@link BadValue} for one that cannot be read. SQLite is dynamically typed, so text may stand in
 * an INTEGER column and a number in a TEXT one: text that reads as the kind is accepted, a number
 * in a text column is read as its text.
 */
final class Values {

  private static final Pattern DATE = Pattern.compile("(\\d{4})/(\\d{2})/(\\d{2})");
  private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,18}");
  private static final Pattern REAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d{1,3})?");
  private static final Pattern LIST_SEPARATOR = Pattern.compile(";");
  private static final Pattern LINE_BREAK = Pattern.compile("\\R");

  private Values() {}

  /** Any text, as written; null if not recorded. */
  static String text(Object raw) {
    if (raw == null || raw instanceof String) {
      return (String) raw;
    }
    if (raw instanceof Double || raw instanceof Float) {
      double value = ((Number) raw).doubleValue();
      return value == Math.rint(value) && Math.abs(value) < 1e15
          ? Long.toString((long) value) : Double.toString(value);
    }
    if (raw instanceof Number) {
      return raw.toString();
    }
    if (raw instanceof byte[] bytes) {
      throw new BadValue("binary data (" + bytes.length + " bytes) where text belongs");
    }
    throw new BadValue("a value of type " + raw.getClass().getSimpleName() + " where text belongs");
  }

  /** One-line text, trimmed; null if not recorded or blank. */
  static String line(Object raw) {
    String text = text(raw);
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** Free text kept as written; null if not recorded or blank. */
  static String note(Object raw) {
    String text = text(raw);
    return text == null || text.isBlank() ? null : text;
  }

  /** Names joined with {@code "; "}, each trimmed, empty ones dropped. */
  static List<String> list(Object raw) {
    return split(text(raw), LIST_SEPARATOR);
  }

  /** Free text with one item per line, each trimmed, empty ones dropped. */
  static List<String> lines(Object raw) {
    return split(text(raw), LINE_BREAK);
  }

  private static List<String> split(String text, Pattern separator) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    List<String> items = new ArrayList<>();
    for (String item : separator.split(text)) {
      if (!item.isBlank()) {
        items.add(item.strip());
      }
    }
    return items;
  }

  /** A date as {@code YYYY/MM/DD}; null if not recorded or blank. */
  static LocalDate date(Object raw) {
    String text = line(raw);
    if (text == null) {
      return null;
    }
    Matcher date = DATE.matcher(text);
    if (!date.matches()) {
      throw new BadValue(quote(text) + " is not a date as YYYY/MM/DD");
    }
    try {
      return LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)),
          Integer.parseInt(date.group(3)));
    } catch (DateTimeException e) {
      throw new BadValue(quote(text) + " is not a valid date: " + e.getMessage());
    }
  }

  /** 0 or 1; null if not recorded. */
  static Boolean flag(Object raw) {
    Long value = whole(raw);
    if (value == null) {
      return null;
    }
    if (value != 0 && value != 1) {
      throw new BadValue(value + " is neither 0 nor 1");
    }
    return value == 1;
  }

  /** A whole number that is not negative; null if not recorded. */
  static Long count(Object raw) {
    Long value = whole(raw);
    if (value != null && value < 0) {
      throw new BadValue(value + " is negative");
    }
    return value;
  }

  /** A whole number that fits an int and is not negative; null if not recorded. */
  static Integer smallCount(Object raw) {
    Long value = count(raw);
    if (value != null && value > Integer.MAX_VALUE) {
      throw new BadValue(value + " is too large");
    }
    return value == null ? null : value.intValue();
  }

  /** A whole number; null if not recorded. */
  static Long whole(Object raw) {
    if (raw == null) {
      return null;
    }
    if (raw instanceof Long || raw instanceof Integer || raw instanceof Short) {
      return ((Number) raw).longValue();
    }
    if (raw instanceof Double || raw instanceof Float) {
      double value = ((Number) raw).doubleValue();
      if (value != Math.rint(value) || Math.abs(value) >= 1e18) {
        throw new BadValue(value + " is not a whole number");
      }
      return (long) value;
    }
    String text = line(raw);
    if (text == null) {
      return null;
    }
    if (!WHOLE.matcher(text).matches()) {
      throw new BadValue(quote(text) + " is not a whole number");
    }
    return Long.parseLong(text);
  }

  /** A number, possibly with a fraction; null if not recorded. */
  static Double real(Object raw) {
    if (raw == null) {
      return null;
    }
    if (raw instanceof Number number) {
      return number.doubleValue();
    }
    String text = line(raw);
    if (text == null) {
      return null;
    }
    if (!REAL.matcher(text).matches()) {
      throw new BadValue(quote(text) + " is not a number");
    }
    return Double.parseDouble(text);
  }
}
