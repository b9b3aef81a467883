/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import static com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT;
import static com.fasterxml.jackson.core.JsonToken.VALUE_STRING;
import static org.amvkit.core.Problems.quote;

import com.fasterxml.jackson.core.exc.InputCoercionException;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.function.Function;

/**
 * Reads the scalar values of the format: strings, the value model's enums and vocabularies,
 * durations, dates and years. Each returns null for an absent value (JSON null) and for a wrong
 * one, which it reports.
 */
final class ValueReader {

  private final JsonCursor json;
  private final UnitProblems problems;

  ValueReader(JsonCursor json, UnitProblems problems) {
    this.json = json;
    this.problems = problems;
  }

  /** A string. */
  String string() throws IOException {
    return json.expect(VALUE_STRING, "a string") ? json.text() : null;
  }

  /** A string read by one of the value model's {@code parse} methods. */
  <T> T parsed(Function<String, T> parse) throws IOException {
    String text = string();
    return text == null ? null : parse(parse, text);
  }

  /** Text read by one of the value model's {@code parse} methods; its refusal is reported. */
  <T> T parse(Function<String, T> parse, String text) {
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException e) {
      problems.report(json.path(), String.valueOf(e.getMessage()));
      return null;
    }
  }

  /** An ISO-8601 duration that is not negative: an offset or a length on a video's timeline. */
  Duration duration() throws IOException {
    if (!json.expect(VALUE_STRING, "a string")) {
      return null;
    }
    try {
      // In place: a catalogue has dozens of durations a video, and no string is needed for them.
      Duration duration = DurationParser.parse(json.textCharacters(), json.textOffset(),
          json.textLength());
      if (!duration.isNegative()) {
        return duration;
      }
    } catch (DateTimeException e) {
      // reported below
    }
    problems.report(json.path(), quote(json.text()) + " is not a valid duration");
    return null;
  }

  /** An ISO-8601 date. */
  LocalDate date() throws IOException {
    String text = string();
    if (text == null) {
      return null;
    }
    try {
      return DateParser.parse(text);
    } catch (DateTimeException e) {
      problems.report(json.path(), quote(text) + " is not a valid date (expected yyyy-mm-dd)");
      return null;
    }
  }

  /** A year, as a whole number. */
  Year year() throws IOException {
    if (!json.expect(VALUE_NUMBER_INT, "a year")) {
      return null;
    }
    try {
      return Year.of(json.intValue());
    } catch (InputCoercionException | DateTimeException e) {
      problems.report(json.path(), json.text() + " is not a valid year");
      return null;
    }
  }
}
