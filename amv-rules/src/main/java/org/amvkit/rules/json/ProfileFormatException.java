/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.json;

import java.util.List;
import org.amvkit.core.Problem;
import org.amvkit.core.json.JsonFormatException;

/**
 * Thrown when a JSON profile cannot be read: it is not well-formed JSON, a field is missing,
 * unknown or of the wrong kind, a rule is not registered or its parameters are wrong, or the
 * profile it describes breaks a profile's invariants. It is the only exception
 * {@link ProfileReader} throws for bad input.
 *
 * <pre>{@code
 * try {
 *   String json = "{\"id\": \"p\", \"definitions\": [{\"id\": \"d\", \"label\": \"D\","
 *       + " \"required\": [\"has-musik\"]}]}";
 *   ProfileReader.with(RuleRegistry.load()).read(json);
 * } catch (ProfileFormatException e) {
 *   e.getMessage(); // definitions[0].required[0]: unknown rule "has-musik"; registered rules: ...
 *   e.path();       // definitions[0].required[0]
 *   e.problems();   // [definitions[0].required[0]: unknown rule "has-musik"; ...]
 * }
 * }</pre>
 *
 * <p>Like amv-core's {@link org.amvkit.core.json.CatalogueFormatException}, it is a
 * {@link JsonFormatException}: every problem found, with its JSON path, and the line and column of
 * JSON that is not well-formed (-1 for a fault in a value, found once the document is read). The
 * message starts with the JSON path of the fault and says what is wrong there
 * ({@code definitions[0].required[1].params.max: "4min" is not a valid duration (ISO-8601, e.g.
 * PT4M)}). JSON that is not well-formed has no path: its message starts with the line and column
 * instead ({@code line 1, column 29: unexpected end of input}). Several problems are separated by
 * {@code "; "}.
 */
public final class ProfileFormatException extends JsonFormatException {

  private static final long serialVersionUID = 1L;

  ProfileFormatException(List<Problem> problems, int line, int column) {
    super(problems, line, column);
  }
}
