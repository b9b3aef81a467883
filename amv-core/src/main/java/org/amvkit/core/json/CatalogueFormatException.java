/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import java.util.List;
import org.amvkit.core.Problem;

/**
 * Thrown when an {@code amv-catalogue/1} document cannot be read: it is not well-formed JSON, a
 * field is missing or has a value of the wrong kind, a value does not parse, or the value it
 * describes breaks that value's invariants. It is the only exception the {@link CatalogueReader}
 * throws for bad input.
 *
 * <pre>{@code
 * try (CatalogueReader reader = CatalogueReader.open(file)) {
 *   reader.forEachRemaining(classifier::classify);
 * } catch (CatalogueFormatException e) {
 *   e.getMessage();   // videos[3].clips[0].end: "PT-5S" is not a valid duration
 *   e.path();         // videos[3].clips[0].end
 *   e.line();         // 48
 * }
 * }</pre>
 *
 * <p>The message starts with the JSON path of the bad value, written as a reader would navigate
 * to it ({@code videos[3].clips[0].end}; indexes count from zero), and says what was expected. A
 * document that is not well-formed JSON has no such path: its message starts with the line and
 * column instead ({@code line 12, column 5: unexpected end of input}). When one video or the
 * source list has several problems, all of them are reported, separated by {@code "; "}.
 *
 * <p>The {@linkplain #line() line} and {@linkplain #column() column} of the first problem are
 * always known: for a value that is wrong they are where the value is; for a missing field or an
 * object that breaks its invariants, where the object ends. It is shaped, as
 * {@link JsonFormatException}s are, like the exceptions of the profile and contest readers.
 */
public final class CatalogueFormatException extends JsonFormatException {

  private static final long serialVersionUID = 1L;

  CatalogueFormatException(List<Problem> problems, int line, int column) {
    super(problems, line, column);
  }

  CatalogueFormatException(List<Problem> problems, int omitted, int line, int column) {
    super(problems, omitted, line, column);
  }
}
