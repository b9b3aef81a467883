/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import java.io.IOException;
import org.amvkit.core.Dedication;
import org.amvkit.core.Occasion;

/** Reads a video's dedication. */
final class DedicationReader extends ObjectReader<Dedication> {

  private Occasion occasion;
  private String recipient;

  DedicationReader(JsonCursor json, ValueReader values, UnitProblems problems) {
    super(json, values, problems);
  }

  @Override
  void begin() {
    occasion = null;
    recipient = null;
  }

  @Override
  void readField(String field) throws IOException {
    switch (field) {
      case "occasion" -> occasion = values.parsed(Occasion::parse);
      case "recipient" -> recipient = values.string();
      default -> json.skipValue();
    }
  }

  @Override
  Dedication complete() {
    require(occasion, "occasion");
    require(recipient, "recipient");
    return isValid() ? Dedication.of(occasion, recipient) : null;
  }
}
