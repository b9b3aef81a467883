/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.amvkit.rules.Classification;
import org.amvkit.rules.Outcome;
import org.amvkit.rules.Verdict;

/**
 * The one way the {@code amv} commands write JSON: a Jackson streaming generator over the
 * command's output, so nothing is built in memory first, in one of two layouts. {@code amv
 * classify --format json} writes <em>lines</em> (NDJSON: one compact object per video, each
 * ended by {@code \n}); {@code amv stats} and {@code amv contest} write one indented
 * <em>document</em> ended by a line break. The JMH {@code FileBenchmark} writes its
 * classifications through this class too, so it measures what the command line writes.
 *
 * <pre>{@code
 * try (JsonOutput json = JsonOutput.lines(writer)) {
 *   for (Video video : videos) {
 *     json.writeClassification(classifier.classify(video));
 *   }
 * }
 * }</pre>
 *
 * <p>Closing flushes the generator but leaves the writer open: it belongs to the caller
 * (standard output, for the commands). Write failures come as {@link UncheckedIOException}.
 */
public final class JsonOutput implements AutoCloseable {

  /** Thread-safe and costly to make: one for all outputs. */
  private static final JsonFactory FACTORY = new JsonFactoryBuilder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      // A value that failed half-way is left as it is, not completed with made-up brackets.
      .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
      // Each value ends its own line (see write): none is needed between two values.
      .rootValueSeparator("")
      .build();

  /*
   * Most of a row is names: its seven keys, and the ids of a profile's definitions and rules with
   * the verdicts, written again in every row. They are written pre-quoted (Jackson's
   * SerializedString keeps a name's escaped characters), so that the generator copies them rather
   * than checking every character of every name of every row. The ids a profile has are few and
   * come as the same strings each time; a name first met is quoted once and kept (at most
   * MAX_NAMES, so that no input can grow the table without bound). Only the video's id, its label
   * and an error's explanation are checked character by character.
   */
  private static final SerializedString ID = new SerializedString("id");
  private static final SerializedString CATEGORY = new SerializedString("category");
  private static final SerializedString LABEL = new SerializedString("label");
  private static final SerializedString DEVIATIONS = new SerializedString("deviations");
  private static final SerializedString UNDETERMINED = new SerializedString("undetermined");
  private static final SerializedString ERRORS = new SerializedString("errors");
  private static final SerializedString VERDICTS = new SerializedString("verdicts");
  private static final Map<Verdict, SerializedString> VERDICT_NAMES = verdictNames();
  private static final int MAX_NAMES = 1024;

  /** Writes one JSON value (an object, for the commands) with the generator. */
  @FunctionalInterface
  interface Value {
    void writeTo(JsonGenerator json) throws IOException;
  }

  private final JsonGenerator json;
  private final String lineBreak;
  /** Definition and rule ids, quoted once; one table per output, which one thread writes. */
  private final Map<String, SerializedString> names = new HashMap<>();

  private JsonOutput(Writer out, boolean pretty, String lineBreak) {
    Objects.requireNonNull(out, "out");
    try {
      json = FACTORY.createGenerator(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // An empty root separator: each value ends its own line (see write), so none is needed
    // between two values, and the last line is complete even if reading fails after it. Lines
    // have no pretty printer at all: Jackson's compact output is theirs, and its fastest path.
    if (pretty) {
      json.setPrettyPrinter(new DefaultPrettyPrinter().withRootSeparator(""));
    }
    this.lineBreak = lineBreak;
  }

  /**
   * Returns an output of NDJSON lines: every value compact on one line, ended by {@code \n}
   * whatever the platform, as NDJSON readers expect. No value, no output: an empty catalogue gives
   * an empty stream, not a blank line.
   *
   * @param out  where the lines go, not null; left open on {@link #close()}
   * @return the output, not null
   * @throws NullPointerException if {@code out} is null
   */
  public static JsonOutput lines(Writer out) {
    return new JsonOutput(out, false, "\n");
  }

  /**
   * Returns an output for one indented document (Jackson's default pretty printer, whose line
   * breaks are the platform's), ended by the platform's line break.
   */
  static JsonOutput document(Writer out) {
    return new JsonOutput(out, true, System.lineSeparator());
  }

  /** Writes one value and ends its line. */
  void write(Value value) {
    try {
      value.writeTo(json);
      json.writeRaw(lineBreak);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes what {@code amv classify --format json} writes for a video: an object with its
   * {@code id}, its {@code category} (a definition id), the {@code label} shown, the
   * {@code deviations} (rule ids of the conventions it breaks), what it could also be
   * ({@code undetermined}: definition id to the ids of its rules that could not tell), the rules
   * that broke ({@code errors}: rule id to why) and every definition's {@code verdicts} in profile
   * order. {@code undetermined} and {@code errors} are always there, {@code {}} when empty, so that
   * every line has the same keys.
   *
   * @param classification  the classification of one video, not null
   * @throws NullPointerException if {@code classification} is null
   * @throws UncheckedIOException if the writer fails
   */
  public void writeClassification(Classification classification) {
    Objects.requireNonNull(classification, "classification");
    write(json -> {
      json.writeStartObject();
      json.writeFieldName(ID);
      json.writeString(classification.videoId());
      json.writeFieldName(CATEGORY);
      json.writeString(name(classification.category()));
      json.writeFieldName(LABEL);
      json.writeString(classification.label());
      json.writeFieldName(DEVIATIONS);
      json.writeStartArray();
      for (String deviation : classification.deviations()) {
        json.writeString(name(deviation));
      }
      json.writeEndArray();
      json.writeFieldName(UNDETERMINED);
      json.writeStartObject();
      for (Map.Entry<String, List<String>> undetermined
          : classification.undetermined().entrySet()) {
        json.writeFieldName(name(undetermined.getKey()));
        json.writeStartArray();
        for (String ruleId : undetermined.getValue()) {
          json.writeString(name(ruleId));
        }
        json.writeEndArray();
      }
      json.writeEndObject();
      json.writeFieldName(ERRORS);
      json.writeStartObject();
      for (Map.Entry<String, Outcome> error : classification.errors().entrySet()) {
        json.writeFieldName(name(error.getKey()));
        json.writeString(error.getValue().explain());
      }
      json.writeEndObject();
      json.writeFieldName(VERDICTS);
      json.writeStartObject();
      for (Map.Entry<String, Verdict> verdict : classification.verdicts().entrySet()) {
        json.writeFieldName(name(verdict.getKey()));
        json.writeString(VERDICT_NAMES.get(verdict.getValue()));
      }
      json.writeEndObject();
      json.writeEndObject();
    });
  }

  private static Map<Verdict, SerializedString> verdictNames() {
    Map<Verdict, SerializedString> names = new EnumMap<>(Verdict.class);
    for (Verdict verdict : Verdict.values()) {
      names.put(verdict, new SerializedString(verdict.name()));
    }
    return names;
  }

  /** A definition or rule id, quoted: kept from the first time it is written. */
  private SerializedString name(String id) {
    SerializedString name = names.get(id);
    if (name == null) {
      name = new SerializedString(id);
      if (names.size() < MAX_NAMES) {
        names.put(id, name);
      }
    }
    return name;
  }

  /** Hands what the generator buffers on to the writer; for output rendered piece by piece. */
  void flush() {
    try {
      json.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Flushes what is buffered to the writer, which stays open.
   *
   * @throws UncheckedIOException if the writer fails
   */
  @Override
  public void close() {
    try {
      json.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
