package org.amvkit.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.ArrayList;
import java.util.List;
import org.amvkit.core.Problem;
import org.amvkit.core.internal.JsonMessages;

/**
 * The problems found in one unit of a document (the source list, or one video), collected so that
 * they are thrown together when the unit ends, and the exceptions that stop reading at once.
 *
 * <p>A {@link CatalogueFormatException} points at the token where its first problem was found.
 */
final class Problems {

  private final JsonParser parser;
  private final List<Problem> problems = new ArrayList<>();
  private JsonLocation firstProblemAt;

  Problems(JsonParser parser) {
    this.parser = parser;
  }

  /** Reports a problem with the value at a path; it is thrown with the rest of the unit's. */
  void report(String path, String message) {
    if (problems.isEmpty()) {
      firstProblemAt = parser.currentTokenLocation();
    }
    problems.add(Problem.of(path, message));
  }

  /**
   * How many problems were reported so far: a reader compares it before and after a value to tell
   * whether the value had any.
   */
  int count() {
    return problems.size();
  }

  /** Reports a missing field, unless its value was there but reported as wrong. */
  void requireAs(String path, String field, String message) {
    String full = JsonCursor.join(path, field);
    for (Problem problem : problems) {
      if (problem.field().equals(full)) {
        return;
      }
    }
    report(full, message);
  }

  /** Ends a unit: throws its problems, if it has any. */
  void throwIfAny() {
    if (!problems.isEmpty()) {
      throw collected();
    }
  }

  /** Reports one problem and returns the exception to throw at once. */
  CatalogueFormatException fail(String path, String message) {
    report(path, message);
    return collected();
  }

  private CatalogueFormatException collected() {
    CatalogueFormatException e = new CatalogueFormatException(problems,
        firstProblemAt.getLineNr(), firstProblemAt.getColumnNr());
    problems.clear();
    return e;
  }

  /** The exception for one problem found after the fact, at a location given. */
  static CatalogueFormatException failAt(String path, String message, JsonLocation location) {
    return new CatalogueFormatException(List.of(Problem.of(path, message)),
        location.getLineNr(), location.getColumnNr());
  }

  /** The exception for input that is not well-formed JSON, as Jackson found it. */
  CatalogueFormatException malformed(JsonProcessingException e) {
    JsonLocation location = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
    String message;
    if (e instanceof JsonEOFException) {
      message = "unexpected end of input";
    } else {
      message = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("malformed JSON");
      message = message.isEmpty() ? message
          : Character.toLowerCase(message.charAt(0)) + message.substring(1);
      message = JsonMessages.withPlainLocations(message);
    }
    CatalogueFormatException failure = malformed(location, message);
    failure.initCause(e);
    return failure;
  }

  /** The exception for input that is not well-formed JSON, found by the reader itself. */
  static CatalogueFormatException malformed(JsonLocation location, String message) {
    return failAt("", message, location);
  }

  /** A value as messages quote it. */
  static String quote(String text) {
    return "\"" + text + "\"";
  }
}
