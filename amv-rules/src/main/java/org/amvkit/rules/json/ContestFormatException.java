/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.json;

import java.util.List;
import org.amvkit.core.Problem;
import org.amvkit.core.json.JsonFormatException;

/**
 * Thrown when an {@code amv-contest/1} file cannot be read: it is not well-formed JSON, a field is
 * missing, unknown or of the wrong kind, a rule of its definition is not registered or its
 * parameters are wrong, or the contest it describes breaks a contest's invariants. It is the only
 * exception {@link ContestReader} throws for bad input.
 *
 * <pre>{@code
 * try {
 *   ContestReader.with(RuleRegistry.load()).read(Path.of("contest.json"));
 * } catch (ContestFormatException e) {
 *   e.getMessage(); // entries[2].category: "Horror" is not a category of this contest (...)
 *   e.path();       // entries[2].category
 * }
 * }</pre>
 *
 * <p>Like amv-core's {@link org.amvkit.core.json.CatalogueFormatException}, it is a
 * {@link JsonFormatException}: every problem found, with its JSON path, and the line and column of
 * JSON that is not well-formed (-1 for a fault in a value, found once the document is read). The
 * message starts with the JSON path of the fault and says what is wrong there, such as
 * {@code entries[2].category: "Horror" is not a category of this contest (Action, Drama, Comedy)}
 * or {@code definition.required[1].params.min: "lots" is not a valid share (from 0 to 1, e.g. 0.75
 * or 75%)}. JSON that is not well-formed has no path: its message starts with the line and column
 * instead. Several problems are separated by {@code "; "}.
 */
public final class ContestFormatException extends JsonFormatException {

  private static final long serialVersionUID = 1L;

  ContestFormatException(List<Problem> problems, int line, int column) {
    super(problems, line, column);
  }
}
