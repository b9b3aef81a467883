/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import static com.fasterxml.jackson.core.JsonToken.END_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.END_OBJECT;
import static com.fasterxml.jackson.core.JsonToken.START_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.START_OBJECT;
import static com.fasterxml.jackson.core.JsonToken.VALUE_NULL;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks the tokens of a document: objects field by field, arrays element by element, checking the
 * kind of each value and reporting the wrong ones to {@link UnitProblems} with their JSON path.
 *
 * <p>Paths are not tracked while reading: {@link #path()} rebuilds one from Jackson's parsing
 * context when it is asked for.
 *
 * <p>A field given twice in one object is an error, found here with a {@link FieldSet} rather than
 * by Jackson's {@code STRICT_DUPLICATE_DETECTION} (which costs a hash set per object), in every
 * object including the values skipped; it is thrown as Jackson throws it, at the same point.
 */
final class JsonCursor {

  /** The parser read: final but for {@link #moveTo}, which readers of split catalogues call. */
  private JsonParser parser;
  private final UnitProblems problems;
  /**
   * The index in the catalogue's {@code videos} of the parser's root value, for a video cut out
   * of its catalogue (see {@link #moveTo}); -1 when the parser reads a whole document or line.
   * Kept as a number: the path {@code videos[7]} is built only for a problem.
   */
  private int videoIndex = -1;

  JsonCursor(JsonParser parser, UnitProblems problems) {
    this.parser = parser;
    this.problems = problems;
  }

  /**
   * Moves the cursor, and the problems it reports to (emptied), to another parser, on the video at
   * {@code videos[index]} of a catalogue cut into its videos' bytes: one cursor (and the readers
   * that share it) reads every video of a split catalogue that one thread parses, and its paths
   * start with the video's own.
   */
  void moveTo(JsonParser parser, int index) {
    this.parser = parser;
    this.videoIndex = index;
    problems.moveTo(parser);
  }

  /** The next token; the end of the input is an error wherever a token is expected. */
  JsonToken next() throws IOException {
    JsonToken token = parser.nextToken();
    if (token == null) {
      throw UnitProblems.malformed(parser.currentLocation(), "unexpected end of input");
    }
    return token;
  }

  /** The token the cursor is on. */
  JsonToken current() {
    return parser.currentToken();
  }

  /** The text of the string (or other scalar) the cursor is on. */
  String text() throws IOException {
    return parser.getText();
  }

  /**
   * The characters of the string the cursor is on, in place: valid until the cursor moves. See
   * {@link #textOffset()} and {@link #textLength()}.
   */
  char[] textCharacters() throws IOException {
    return parser.getTextCharacters();
  }

  /** Where the text of {@link #textCharacters()} starts. */
  int textOffset() throws IOException {
    return parser.getTextOffset();
  }

  /** The length of the text of {@link #textCharacters()}. */
  int textLength() throws IOException {
    return parser.getTextLength();
  }

  /** The value of the whole number the cursor is on. */
  int intValue() throws IOException {
    return parser.getIntValue();
  }

  /**
   * Moves to the value of the next field of the object the cursor is in, and returns the field's
   * name; returns null, on the object's end, when there are no more fields.
   *
   * @param fields  the fields seen so far in the object, cleared when it started
   * @throws JsonParseException if the object already has a field of that name
   */
  String nextField(FieldSet fields) throws IOException {
    if (next() == END_OBJECT) {
      return null;
    }
    String field = parser.currentName();
    if (!fields.add(field)) {
      throw duplicate(field);
    }
    next();
    return field;
  }

  /**
   * Skips the value the cursor is on, with everything in it, checking that no object in it has a
   * field twice (which Jackson's {@code skipChildren} would not check).
   */
  void skipValue() throws IOException {
    JsonToken token = parser.currentToken();
    if (token == START_OBJECT) {
      // Skipped objects are rare (unknown fields): one set each costs nothing worth sharing.
      FieldSet fields = new FieldSet();
      while (nextField(fields) != null) {
        skipValue();
      }
    } else if (token == START_ARRAY) {
      while (next() != END_ARRAY) {
        skipValue();
      }
    }
  }

  /**
   * The exception Jackson's {@code STRICT_DUPLICATE_DETECTION} throws for a field given twice, with
   * its message and location: just after the name's closing quote. The cursor is on the name, so
   * that is its start plus its length in the input's units (bytes for a byte source, characters
   * for a character source). Two rare cases differ from Jackson's check: a name given twice that
   * is written with escape sequences is longer in the input than its text, and is reported at its
   * text's length (the same line, a smaller column); and a name given twice whose colon is
   * missing, or whose number or literal value is malformed, may be reported for that malformation
   * instead (Jackson reads them with the name, before the name is checked here).
   */
  private JsonParseException duplicate(String field) {
    JsonLocation start = parser.currentTokenLocation();
    boolean bytes = start.getByteOffset() >= 0;
    int length = 2 + (bytes ? field.getBytes(StandardCharsets.UTF_8).length : field.length());
    JsonLocation end = new JsonLocation(start.contentReference(),
        bytes ? start.getByteOffset() + length : -1,
        bytes ? -1 : start.getCharOffset() + length,
        start.getLineNr(), start.getColumnNr() + length);
    return new JsonParseException(parser, "Duplicate field '" + field + "'", end);
  }

  /**
   * Tells whether the cursor is on a token of the kind wanted. JSON null is an absent value (no
   * problem); any other kind is reported and skipped.
   */
  boolean expect(JsonToken wanted, String what) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == wanted) {
      return true;
    }
    if (token != VALUE_NULL) {
      wrongKind(what);
    }
    return false;
  }

  /** Reports the value the cursor is on as not of the kind wanted, and skips it. */
  <T> T wrongKind(String what) throws IOException {
    problems.report(path(), "expected " + what + " but found " + describe(parser.currentToken()));
    skipValue();
    return null;
  }

  /**
   * Tells whether the cursor is on an array, to be read with {@link #nextElement}: an absent array
   * (JSON null) is empty, and any other kind is reported and skipped.
   *
   * <pre>{@code
   * if (json.array()) {
   *   while (json.nextElement("an object")) {
   *     read();   // the cursor is on the element's first token
   *   }
   * }
   * }</pre>
   *
   * A loop rather than a callback: every array of a video would otherwise make a lambda, and
   * the compiler inline each into one method of thousands of bytes.
   */
  boolean array() throws IOException {
    return expect(START_ARRAY, "an array");
  }

  /**
   * Moves to the next element of the array being read, skipping null elements (each reported as
   * not {@code what}); false at the array's end.
   */
  boolean nextElement(String what) throws IOException {
    while (next() != END_ARRAY) {
      if (parser.currentToken() != VALUE_NULL) {
        return true;
      }
      wrongKind(what);
    }
    return false;
  }

  /** The index of the element the cursor is on, in its array. */
  int index() {
    return parser.getParsingContext().getCurrentIndex();
  }

  /** The JSON path of the token the cursor is on, or of the object or array it just closed. */
  String path() {
    List<JsonStreamContext> chain = new ArrayList<>();
    for (JsonStreamContext c = parser.getParsingContext(); c != null; c = c.getParent()) {
      chain.add(c);
    }
    StringBuilder path = new StringBuilder();
    if (videoIndex >= 0) {
      path.append("videos[").append(videoIndex).append(']');
    }
    for (int i = chain.size() - 1; i >= 0; i--) {
      JsonStreamContext context = chain.get(i);
      if (context.inArray() && context.hasCurrentIndex()) {
        path.append('[').append(context.getCurrentIndex()).append(']');
      } else if (context.inObject() && context.getCurrentName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(context.getCurrentName());
      }
    }
    return path.toString();
  }

  /** The path of a field (or of a field's path) within the value at a path. */
  static String join(String path, String field) {
    if (field.isEmpty()) {
      return path;
    }
    return path.isEmpty() ? field : path + "." + field;
  }

  /** A token's kind as messages name it: "expected an object but found a string". */
  static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.asString() == null ? token.name() : token.asString();
    };
  }
}
