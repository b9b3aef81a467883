/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.spi;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.amvkit.core.timeline.Share;

/**
 * Reads a parameter's raw value — text as a file gives it, a number as Jackson reads one, or a
 * value already of the Java type, as code gives it — into the Java type of a
 * {@link ParameterType}. Each method returns null when the value is not of its type, so that the
 * type can say what it expected; none throws.
 */
final class RawValues {

  private RawValues() {}

  /** A duration, not negative: a {@link Duration} or ISO-8601 text such as {@code "PT4M"}. */
  static Duration duration(Object raw) {
    Duration duration = null;
    if (raw instanceof Duration) {
      duration = (Duration) raw;
    } else if (raw instanceof String) {
      try {
        duration = Duration.parse(((String) raw).strip());
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return duration == null || duration.isNegative() ? null : duration;
  }

  /** A date: a {@link LocalDate} or ISO-8601 text such as {@code "2024-05-31"}. */
  static LocalDate date(Object raw) {
    if (raw instanceof LocalDate) {
      return (LocalDate) raw;
    }
    if (raw instanceof String) {
      try {
        return LocalDate.parse(((String) raw).strip());
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return null;
  }

  /** A share: a {@link Share}, text such as {@code "0.75"} or {@code "75%"}, or a number. */
  static Share share(Object raw) {
    try {
      if (raw instanceof Share) {
        return (Share) raw;
      }
      if (raw instanceof String) {
        return Share.parse((String) raw);
      }
      BigDecimal number = decimal(raw);
      return number == null ? null : Share.of(number);
    } catch (IllegalArgumentException | ArithmeticException e) {
      return null;
    }
  }

  /** A whole number that fits in an {@code int}: a number, or text such as {@code "3"}. */
  static Integer integer(Object raw) {
    try {
      BigDecimal number = raw instanceof String ? new BigDecimal(((String) raw).strip())
          : decimal(raw);
      return number == null ? null : number.stripTrailingZeros().intValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  /** Exact decimal value of a number, or null if {@code raw} is not a finite number. */
  private static BigDecimal decimal(Object raw) {
    if (raw instanceof BigDecimal) {
      return (BigDecimal) raw;
    }
    if (raw instanceof BigInteger) {
      return new BigDecimal((BigInteger) raw);
    }
    if (raw instanceof Integer || raw instanceof Long || raw instanceof Short
        || raw instanceof Byte) {
      return BigDecimal.valueOf(((Number) raw).longValue());
    }
    if (raw instanceof Double || raw instanceof Float) {
      double value = ((Number) raw).doubleValue();
      return Double.isFinite(value) ? new BigDecimal(raw.toString()) : null;
    }
    return null;
  }

  /** A list of texts: a collection of strings, or one text of comma-separated items. */
  static List<String> strings(Object raw) {
    if (raw instanceof String) {
      List<String> items = new ArrayList<>();
      for (String item : ((String) raw).split(",", -1)) {
        if (!item.isBlank()) {
          items.add(item.strip());
        }
      }
      return List.copyOf(items);
    }
    if (raw instanceof Collection) {
      List<String> items = new ArrayList<>();
      for (Object item : (Collection<?>) raw) {
        if (!(item instanceof String)) {
          return null;
        }
        items.add((String) item);
      }
      return List.copyOf(items);
    }
    return null;
  }
}
