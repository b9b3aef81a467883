/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import static com.fasterxml.jackson.core.JsonToken.VALUE_NULL;

import java.io.IOException;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.amvkit.core.Award;

/**
 * Reads an award a video won. It needs its {@code year} or its {@code date}; given the date
 * alone, the year is the date's.
 */
final class AwardReader extends ObjectReader<Award> {

  /** Cleared for each value: builders copy what they hold into the value they build. */
  private final Award.Builder builder = Award.builder();
  private String event;
  private Year year;
  private LocalDate date;
  private boolean dated;

  AwardReader(JsonCursor json, ValueReader values, UnitProblems problems) {
    super(json, values, problems);
  }

  @Override
  void begin() {
    builder.clear();
    event = null;
    year = null;
    date = null;
    dated = false;
  }

  @Override
  void readField(String field) throws IOException {
    switch (field) {
      case "event" -> event = values.string();
      case "category" -> builder.awardCategory(Optional.ofNullable(values.string()));
      case "year" -> year = values.year();
      case "date" -> {
        dated = json.current() != VALUE_NULL;
        date = values.date();
      }
      default -> json.skipValue();
    }
  }

  @Override
  Award complete() {
    require(event, "event");
    if (year == null && !dated) {
      requireAs("year", "missing (an award needs its year or its date)");
    }
    if (!isValid()) {
      return null;
    }
    return builder.event(event).year(year != null ? year : Year.from(date))
        .date(Optional.ofNullable(date)).build();
  }
}
