/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * Parses ISO-8601 durations as {@link Duration#parse} does, without its regular expression for
 * the forms catalogues write.
 *
 * <p>Why: a catalogue gives every video a duration and every clip a start and an end, so a large
 * file holds dozens of durations per video; on JDK 17 {@code Duration.parse} matches each one
 * against a case-insensitive regular expression of nine groups, and that match was a fifth of the
 * reader's time.
 *
 * <p>How: the fast path accepts exactly {@code PT[hH][mM][s[.f]S]} with at least one of the three
 * parts, in that order and in upper case, where {@code h}, {@code m} and {@code s} are one to nine
 * ASCII digits and {@code f} one to nine (so {@code PT3M41S}, {@code PT4.5S}, {@code PT0S},
 * {@code PT1H2M3.25S}). Nine digits keep every sum far from overflowing a {@code long}: at most
 * 999,999,999 hours of 3,600 seconds. Such text means {@code h * 3600 + m * 60 + s} seconds and
 * {@code f} scaled to nanoseconds, which is what {@code Duration.parse} makes of it. Anything else
 * — days, signs, lower case, a comma, no or ten fraction digits, long numbers, and every invalid
 * text — goes to {@code Duration.parse} itself, so rare forms and all errors (their exception,
 * its message and index) are exactly the JDK's. {@code DurationParserProperties} checks that the
 * two agree on generated text, valid and invalid.
 */
final class DurationParser {

  /** The most digits of a number or fraction the fast path reads. */
  private static final int MAX_DIGITS = 9;
  /** The nanoseconds a fraction digit is worth, by the number of fraction digits (1 to 9). */
  private static final int[] NANOS_PER_UNIT = {
      0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

  private DurationParser() {}

  /**
   * Parses a duration such as {@code PT3M41S} from characters in place, as the JSON parser holds
   * a string's: no string is made unless the text takes the slow path.
   *
   * @param chars  holds the text, not null
   * @param offset  where the text starts in {@code chars}
   * @param length  the text's length
   * @return the duration, equal to what {@code Duration.parse} returns for the text, not null
   * @throws DateTimeParseException if the text is not a duration, as {@code Duration.parse} throws
   */
  static Duration parse(char[] chars, int offset, int length) {
    Duration fast = parseFast(chars, offset, length);
    return fast != null ? fast : Duration.parse(new String(chars, offset, length));
  }

  /** The duration, if the text has the form of the fast path; otherwise null. */
  private static Duration parseFast(char[] chars, int offset, int length) {
    int end = offset + length;
    if (length < 4 || chars[offset] != 'P' || chars[offset + 1] != 'T') {
      return null;
    }
    long seconds = 0;
    int nanos = 0;
    // The units still allowed: 'H' (3), then 'M' (2), then 'S' (1); each may appear once, in order.
    int unitsLeft = 3;
    int i = offset + 2;
    while (i < end) {
      int start = i;
      long number = 0;
      char c;
      while (i < end && (c = chars[i]) >= '0' && c <= '9') {
        number = number * 10 + (c - '0');
        i++;
      }
      if (i == start || i - start > MAX_DIGITS || i == end) {
        return null;
      }
      char unit = chars[i++];
      if (unit == 'H' && unitsLeft >= 3) {
        seconds += number * 3600;
        unitsLeft = 2;
      } else if (unit == 'M' && unitsLeft >= 2) {
        seconds += number * 60;
        unitsLeft = 1;
      } else if (unit == 'S' && unitsLeft >= 1) {
        seconds += number;
        unitsLeft = 0;
      } else if (unit == '.' && unitsLeft >= 1) {
        int fractionStart = i;
        int fraction = 0;
        while (i < end && (c = chars[i]) >= '0' && c <= '9') {
          fraction = fraction * 10 + (c - '0');
          i++;
        }
        int digits = i - fractionStart;
        if (digits == 0 || digits > MAX_DIGITS || i + 1 != end || chars[i] != 'S') {
          return null;
        }
        i++;
        seconds += number;
        nanos = fraction * NANOS_PER_UNIT[digits];
        unitsLeft = 0;
      } else {
        return null;
      }
    }
    return durationOf(seconds, nanos);
  }

  /*
   * A catalogue names the same few thousand instants again and again: clips start and end at
   * PT1M22.3S and the like, two durations a clip, tens of millions in a large file. So durations of
   * whole tenths of a second under an hour are made once and shared, from a table filled as they
   * are met. Duration is a value-based class (immutable, compared with equals, never by identity),
   * so a shared instance cannot be told from a new one; two threads that fill one slot at once
   * store equal values, either of which is safe to share (Duration's fields are final).
   */
  private static final int SHARED_SECONDS = 3600;
  private static final int NANOS_PER_TENTH = 100_000_000;
  private static final Duration[] BY_TENTHS = new Duration[SHARED_SECONDS * 10];

  /** The duration of whole seconds and nanoseconds (both not negative): a shared one if any. */
  static Duration durationOf(long seconds, int nanos) {
    if (seconds >= SHARED_SECONDS || nanos % NANOS_PER_TENTH != 0) {
      return Duration.ofSeconds(seconds, nanos);
    }
    int tenths = (int) seconds * 10 + nanos / NANOS_PER_TENTH;
    Duration shared = BY_TENTHS[tenths];
    if (shared == null) {
      shared = Duration.ofSeconds(seconds, nanos);
      BY_TENTHS[tenths] = shared;
    }
    return shared;
  }
}
