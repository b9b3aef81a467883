/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amvkit.core.InvalidValueException;
import org.amvkit.core.Problem;
import org.amvkit.core.internal.JsonMessages;

/**
 * The JSON under a profile or a contest, read with Jackson's tree model: the document as one
 * object, and the fields of an object as strings, arrays and plain Java values, each checked for
 * its kind. What is wrong is a {@link ProfileFormatException} at the JSON path of the fault, which
 * the contest reader passes on as a {@link ContestFormatException}.
 *
 * <p>The tree is walked by hand: nothing in a file names a Java class and nothing is bound by
 * reflection.
 */
final class JsonTree {

  /** Strict: a key given twice and anything after the document's object are errors. */
  static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  private JsonTree() {}

  /**
   * Reads a JSON document that must be one object.
   *
   * @param document  what the object is, for messages: "profile", "contest"
   */
  static JsonNode readObject(ObjectMapper mapper, Reader reader, String document)
      throws IOException {
    return readObject(() -> mapper.readTree(reader), document);
  }

  /**
   * Reads a JSON document that must be one object, from bytes: UTF-8, with or without a
   * byte-order mark, or UTF-16 or UTF-32 with one, as Jackson detects them (as a catalogue is
   * read). Bytes that are not UTF-8 (a Latin-1 "é") are an error naming the byte, its line and
   * its column.
   *
   * @param document  what the object is, for messages: "profile", "contest"
   */
  static JsonNode readObject(ObjectMapper mapper, InputStream in, String document)
      throws IOException {
    return readObject(() -> mapper.readTree(in), document);
  }

  /** Where a tree comes from: characters or bytes. */
  private interface TreeSource {
    JsonNode read() throws IOException;
  }

  private static JsonNode readObject(TreeSource source, String document) throws IOException {
    JsonNode root;
    try {
      root = source.read();
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String what = e instanceof MismatchedInputException
          && String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")
          ? "more JSON after the " + document + "'s object" : JsonMessages.malformed(e);
      ProfileFormatException fault = new ProfileFormatException(List.of(Problem.of("", what)),
          at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr());
      fault.initCause(e);
      throw fault;
    }
    if (root == null || root.isMissingNode()) {
      throw fault("", "no JSON: the input is empty");
    }
    if (!root.isObject()) {
      throw fault("", "expected a JSON object, got " + shown(root));
    }
    return root;
  }

  /** Refuses a field of {@code node} that is not {@code allowed}, so that typos are not ignored. */
  static void checkFields(JsonNode node, String path, List<String> allowed) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw fault(join(path, name), "unknown field; expected one of: "
            + String.join(", ", allowed));
      }
    }
  }

  /** A required string field, not blank. */
  static String text(JsonNode parent, String path, String field) {
    return text(parent, path, field, false);
  }

  /** A required string field. */
  static String text(JsonNode parent, String path, String field, boolean blankAllowed) {
    String at = join(path, field);
    JsonNode node = required(parent.get(field), at);
    if (!node.isTextual()) {
      throw fault(at, "expected a string, got " + shown(node));
    }
    if (!blankAllowed && node.textValue().isBlank()) {
      throw fault(at, "blank");
    }
    return node.textValue();
  }

  /** A required array field. */
  static JsonNode array(JsonNode parent, String path, String field) {
    String at = join(path, field);
    JsonNode node = required(parent.get(field), at);
    if (!node.isArray()) {
      throw fault(at, "expected an array, got " + shown(node));
    }
    return node;
  }

  private static JsonNode required(JsonNode node, String at) {
    if (node == null) {
      throw fault(at, "missing");
    }
    return node;
  }

  /** An object as plain Java: strings, BigDecimals, Booleans, lists, maps and nulls inside. */
  static Map<String, Object> objectValue(JsonNode node) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      map.put(field.getKey(), value(field.getValue()));
    }
    return Collections.unmodifiableMap(map);
  }

  private static Object value(JsonNode node) {
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isNumber()) {
      return node.decimalValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isArray()) {
      List<Object> items = new ArrayList<>(node.size());
      for (JsonNode item : node) {
        items.add(value(item));
      }
      return Collections.unmodifiableList(items);
    }
    if (node.isObject()) {
      return objectValue(node);
    }
    return null;
  }

  /** The path of a field of the value at a path. */
  static String join(String path, String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  /** A node as JSON, shortened for messages. */
  static String shown(JsonNode node) {
    String text = node.toString();
    return text.length() > 60 ? text.substring(0, 59) + "…" : text;
  }

  /** The exception for one fault in a value, at its JSON path. */
  static ProfileFormatException fault(String path, String message) {
    return new ProfileFormatException(List.of(Problem.of(path, message)), -1, -1);
  }

  /**
   * The exception for a value that breaks its own invariants: each of its problems, at the path
   * of the JSON that describes the value.
   */
  static ProfileFormatException invalid(String path, InvalidValueException e) {
    List<Problem> problems = new ArrayList<>();
    for (Problem problem : e.problems()) {
      problems.add(Problem.of(path, problem.message()));
    }
    ProfileFormatException fault = new ProfileFormatException(problems, -1, -1);
    fault.initCause(e);
    return fault;
  }

  /** The exception for one fault in a value, at its JSON path, revealed by another exception. */
  static ProfileFormatException fault(String path, String message, Throwable cause) {
    ProfileFormatException fault = fault(path, message);
    fault.initCause(cause);
    return fault;
  }
}
