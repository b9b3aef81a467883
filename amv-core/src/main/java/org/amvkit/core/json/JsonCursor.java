package org.amvkit.core.json;

import static com.fasterxml.jackson.core.JsonToken.END_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.END_OBJECT;
import static com.fasterxml.jackson.core.JsonToken.START_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.VALUE_NULL;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks the tokens of a document: objects field by field, arrays element by element, checking the
 * kind of each value and reporting the wrong ones to {@link UnitProblems} with their JSON path.
 *
 * <p>Paths are not tracked while reading: {@link #path()} rebuilds one from Jackson's parsing
 * context when it is asked for.
 */
final class JsonCursor {

  private final JsonParser parser;
  private final UnitProblems problems;

  JsonCursor(JsonParser parser, UnitProblems problems) {
    this.parser = parser;
    this.problems = problems;
  }

  /** An element of an array, read when the cursor is on its first token. */
  @FunctionalInterface
  interface Element {
    void read() throws IOException;
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

  /** The value of the whole number the cursor is on. */
  int intValue() throws IOException {
    return parser.getIntValue();
  }

  /**
   * Moves to the value of the next field of the object the cursor is in, and returns the field's
   * name; returns null, on the object's end, when there are no more fields.
   */
  String nextField() throws IOException {
    if (next() == END_OBJECT) {
      return null;
    }
    String field = parser.currentName();
    next();
    return field;
  }

  /** Skips the value the cursor is on, with everything in it. */
  void skipValue() throws IOException {
    parser.skipChildren();
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
    parser.skipChildren();
    return null;
  }

  /** Reads an array whose elements are not null; an absent array (JSON null) is empty. */
  void array(String what, Element element) throws IOException {
    if (!expect(START_ARRAY, "an array")) {
      return;
    }
    while (next() != END_ARRAY) {
      if (parser.currentToken() == VALUE_NULL) {
        wrongKind(what);
      } else {
        element.read();
      }
    }
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
