/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.amvkit.core.Video;
import org.amvkit.rules.Classification;
import org.amvkit.rules.Criterion;
import org.amvkit.rules.DefinitionResult;
import org.amvkit.rules.Outcome;
import org.amvkit.rules.Requirement;

/**
 * {@code amv explain --format json}: what the text explanation says, for tools. One object: the
 * video's {@code id} and {@code title}; its {@code category}, {@code label}, {@code profile},
 * {@code deviations}, {@code undetermined} and {@code errors} as {@code classify --format json}
 * writes them; and {@code definitions}, in profile order, each with its {@code verdict} and the
 * {@code outcomes} of its rules in order: {@code rule}, {@code requirement} ({@code required} or
 * {@code convention}), {@code status}, {@code evidence} (the sentence) and {@code facts} (the
 * evidence's facts by name: text, numbers, or lists of them).
 */
final class ExplanationJson {

  private ExplanationJson() {}

  static void write(Video video, Classification classification, PrintWriter out) {
    try (JsonOutput output = JsonOutput.document(out)) {
      output.write(json -> {
        json.writeStartObject();
        json.writeStringField("id", video.id());
        json.writeStringField("title", video.title());
        json.writeStringField("category", classification.category());
        json.writeStringField("label", classification.label());
        json.writeStringField("profile", classification.profileId());
        strings(json, "deviations", classification.deviations());
        json.writeObjectFieldStart("undetermined");
        for (Map.Entry<String, List<String>> entry : classification.undetermined().entrySet()) {
          strings(json, entry.getKey(), entry.getValue());
        }
        json.writeEndObject();
        json.writeObjectFieldStart("errors");
        for (Map.Entry<String, Outcome> error : classification.errors().entrySet()) {
          json.writeStringField(error.getKey(), error.getValue().explain());
        }
        json.writeEndObject();
        json.writeArrayFieldStart("definitions");
        for (DefinitionResult result : classification.results()) {
          definition(json, result);
        }
        json.writeEndArray();
        json.writeEndObject();
      });
    }
  }

  private static void definition(JsonGenerator json, DefinitionResult result) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", result.id());
    json.writeStringField("verdict", result.verdict().name());
    json.writeArrayFieldStart("outcomes");
    Map<String, Outcome> outcomes = result.outcomes();
    for (Criterion criterion : result.definition().criteria()) {
      Outcome outcome = outcomes.get(criterion.rule().id());
      json.writeStartObject();
      json.writeStringField("rule", criterion.rule().id());
      json.writeStringField("requirement",
          criterion.requirement() == Requirement.REQUIRED ? "required" : "convention");
      json.writeStringField("status", outcome.status().name());
      json.writeStringField("evidence", outcome.explain());
      json.writeObjectFieldStart("facts");
      for (Map.Entry<String, Object> fact : outcome.evidence().facts().entrySet()) {
        json.writeFieldName(fact.getKey());
        value(json, fact.getValue());
      }
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /** A fact: a number as a number, a collection as an array, anything else as its text. */
  private static void value(JsonGenerator json, Object value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else if (value instanceof Integer || value instanceof Long) {
      json.writeNumber(((Number) value).longValue());
    } else if (value instanceof Collection<?> items) {
      json.writeStartArray();
      for (Object item : items) {
        value(json, item);
      }
      json.writeEndArray();
    } else {
      json.writeString(String.valueOf(value));
    }
  }

  private static void strings(JsonGenerator json, String field, List<String> values)
      throws IOException {
    json.writeArrayFieldStart(field);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }
}
