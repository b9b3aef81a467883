/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.amvkit.core.Creator;

/** Reads a creator of a video. */
final class CreatorReader extends ObjectReader<Creator> {

  /** Cleared for each value: builders copy what they hold into the value they build. */
  private final Creator.Builder builder = Creator.builder();
  private String name;

  CreatorReader(JsonCursor json, ValueReader values, UnitProblems problems) {
    super(json, values, problems);
  }

  @Override
  void begin() {
    builder.clear();
    name = null;
  }

  @Override
  void readField(String field) throws IOException {
    switch (field) {
      case "name" -> name = values.string();
      case "country" -> builder.country(Optional.ofNullable(values.string())
          .map(country -> country.toUpperCase(Locale.ROOT)));
      case "channel" -> builder.channel(Optional.ofNullable(values.string()));
      default -> json.skipValue();
    }
  }

  @Override
  Creator complete() {
    require(name, "name");
    return isValid() ? builder.name(name).build() : null;
  }
}
