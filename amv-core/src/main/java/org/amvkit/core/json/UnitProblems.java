/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.List;
import org.amvkit.core.Problem;
import org.amvkit.core.Problems;
import org.amvkit.core.internal.JsonMessages;

/**
 * The problems of the unit of a document being read (the source list, or one video), and where in
 * the document the first of them was found: they are collected in a {@link Problems} and thrown
 * together, as one {@link CatalogueFormatException}, when the unit ends. Also makes the
 * exceptions that stop reading at once.
 *
 * <p>A {@link CatalogueFormatException} points at the token where its unit's first problem was
 * found; that token is noted here because the parser has moved on by the time the unit ends.
 */
final class UnitProblems {

  private JsonParser parser;
  private Problems problems = Problems.of("");
  private JsonLocation firstProblemAt;
  /**
   * The paths of the problems reported on the fields of the objects being read, so that a
   * required field already reported (an unknown source) is not also reported missing. Kept apart
   * from the problems, which keep only the first few, and emptied of an object's paths when the
   * object ends: it holds a few paths, not one per clip of a million-clip video.
   */
  private final List<String> openPaths = new ArrayList<>();

  UnitProblems(JsonParser parser) {
    this.parser = parser;
  }

  /**
   * Starts again, on another parser, with no problems: one instance serves every video of a split
   * catalogue that one thread parses, each from a parser of its own.
   */
  void moveTo(JsonParser parser) {
    this.parser = parser;
    problems = Problems.of("");
    firstProblemAt = null;
    openPaths.clear();
  }

  /** Reports a problem with the value at a path; it is thrown with the rest of the unit's. */
  void report(String path, String message) {
    if (problems.isEmpty()) {
      firstProblemAt = parser.currentTokenLocation();
    }
    problems.add(path, message);
    if (!path.endsWith("]")) {
      openPaths.add(path);   // an array's element is never a required field: not needed
    }
  }

  /** Counts problems found but not listed, as a value type's exception says; see Problems. */
  void addOmitted(int count) {
    problems.addOmitted(count);
  }

  /** Marks where the problems of an object that begins now start; see {@link #release}. */
  int mark() {
    return openPaths.size();
  }

  /** Forgets the paths reported since a mark, once the object that took it has ended. */
  void release(int mark) {
    if (openPaths.size() > mark) {
      openPaths.subList(mark, openPaths.size()).clear();
    }
  }

  /**
   * How many problems were reported so far: a reader compares it before and after a value to tell
   * whether the value had any.
   */
  int count() {
    return problems.count();
  }

  /** Reports a missing field, unless its value was there but reported as wrong. */
  void requireAs(String path, String field, String message, int since) {
    String full = JsonCursor.join(path, field);
    for (int i = since; i < openPaths.size(); i++) {
      if (openPaths.get(i).equals(full)) {
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

  /** The unit's problems as one exception; the next unit starts with none. */
  private CatalogueFormatException collected() {
    CatalogueFormatException e = new CatalogueFormatException(problems.list(),
        problems.omitted(), firstProblemAt.getLineNr(), firstProblemAt.getColumnNr());
    problems = Problems.of("");
    openPaths.clear();
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
    CatalogueFormatException failure = malformed(location, JsonMessages.malformed(e));
    failure.initCause(e);
    return failure;
  }

  /** The exception for input that is not well-formed JSON, found by the reader itself. */
  static CatalogueFormatException malformed(JsonLocation location, String message) {
    return failAt("", message, location);
  }
}
