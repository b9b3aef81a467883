/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import static com.fasterxml.jackson.core.JsonToken.START_OBJECT;
import static com.fasterxml.jackson.core.JsonToken.VALUE_NULL;

import java.io.IOException;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amvkit.core.InvalidValueException;
import org.amvkit.core.Problem;

/**
 * Reads one kind of JSON object into a value: the fields one by one ({@link #readField}), then the
 * value from them ({@link #complete}). The fields a subclass keeps are those of the object being
 * read: one instance reads every object of its kind, one after the other (the format never nests
 * an object in one of its own kind).
 *
 * <p>An object with problems is read to its end, so that all of them are reported, and gives no
 * value. The invariants the value types check themselves are re-reported under the object's path.
 *
 * @param <T> the value read
 */
abstract class ObjectReader<T> {

  /** A value type's problem on a music position is reported where the JSON has it: at its end. */
  private static final Pattern MUSIC_POSITION = Pattern.compile("(music\\[\\d+\\])\\.position");

  final JsonCursor json;
  final ValueReader values;
  final UnitProblems problems;
  /** The fields of the object being read, to find one given twice. */
  private final FieldSet fields = new FieldSet();
  private int problemsBefore;
  private int pathsBefore;

  ObjectReader(JsonCursor json, ValueReader values, UnitProblems problems) {
    this.json = json;
    this.values = values;
    this.problems = problems;
  }

  /**
   * Reads the object the cursor is on, to its end.
   *
   * @return the value, or null if the token is not an object or the object has problems (both
   *     reported)
   */
  final T read() throws IOException {
    if (json.current() != START_OBJECT) {
      return json.wrongKind("an object");
    }
    problemsBefore = problems.count();
    pathsBefore = problems.mark();
    fields.clear();
    begin();
    String field;
    while ((field = json.nextField(fields)) != null) {
      readField(field);
    }
    try {
      return completeObject();
    } finally {
      problems.release(pathsBefore);
    }
  }

  /**
   * Makes the value, re-reporting the value types' own problems under the object's path. Kept out
   * of {@link #read} so that it stays small enough to be inlined where the reader's class is known,
   * and with it the call to {@link #readField}.
   */
  private T completeObject() {
    try {
      return complete();
    } catch (InvalidValueException e) {
      String path = path();
      for (Problem problem : e.problems()) {
        Matcher position = MUSIC_POSITION.matcher(problem.field());
        String at = position.matches() ? position.group(1) + ".end" : problem.field();
        problems.report(JsonCursor.join(path, at), problem.message());
      }
      problems.addOmitted(e.omitted());   // after one is reported: it marks where
    } catch (IllegalArgumentException | IllegalStateException e) {
      problems.report(path(), String.valueOf(e.getMessage()));
    }
    return null;
  }

  /**
   * Reads an optional object the cursor is on: JSON null is an absent one.
   *
   * @return the value, or null if it is absent, not an object or has problems (reported)
   */
  final T readOptional() throws IOException {
    return json.current() == VALUE_NULL ? null : read();
  }

  /*
   * Arrays are read by two loops given the builder and its method that adds an element as an
   * unbound method reference (Video.Builder::addClips). Such a reference captures nothing, so it
   * is one constant object: where the compiler inlines a loop into its caller it knows the exact
   * method, and no object is made for an array or an element (a lambda that captured the builder
   * was made for each, and through a method handle where not inlined).
   */

  /** Adds each object of the array the cursor is on that reads without problems. */
  final <B, E> void objects(ObjectReader<E> reader, B builder, BiConsumer<B, E> add)
      throws IOException {
    if (json.array()) {
      while (json.nextElement("an object")) {
        E element = reader.read();
        if (element != null) {
          add.accept(builder, element);
        }
      }
    }
  }

  /** Adds each string of the array the cursor is on, as {@code parse} reads it without problems. */
  final <B, E> void strings(Function<String, E> parse, B builder, BiConsumer<B, E> add)
      throws IOException {
    if (json.array()) {
      while (json.nextElement("a string")) {
        E element = values.parsed(parse);
        if (element != null) {
          add.accept(builder, element);
        }
      }
    }
  }

  /** Forgets the fields of the previous object. */
  abstract void begin();

  /** Reads the value of a field (the cursor is on it); skips the fields it does not know. */
  abstract void readField(String field) throws IOException;

  /**
   * Makes the value of the fields read, once the object has ended (the cursor stays on its end
   * meanwhile, so that {@link #path()} is the object's).
   *
   * @return the value, or null if the object has problems (reported)
   * @throws InvalidValueException if the value type refuses the fields
   * @throws IllegalArgumentException if the value type refuses the fields
   * @throws IllegalStateException if the value type's builder lacks a field
   */
  abstract T complete();

  /**
   * The JSON path of the object being completed. Built from the parser's context on each call,
   * since only problems need it: a valid object never builds its path.
   */
  final String path() {
    return json.path();
  }

  /** Reports a required field of the object being completed as missing, if it is. */
  final void require(Object value, String field) {
    if (value == null) {
      requireAs(field, "missing");
    }
  }

  /** Reports a field of the object being completed with a message, unless it has one already. */
  final void requireAs(String field, String message) {
    problems.requireAs(path(), field, message, pathsBefore);
  }

  /** Tells whether no problem was reported since the object began: then it can make a value. */
  final boolean isValid() {
    return problems.count() == problemsBefore;
  }
}
