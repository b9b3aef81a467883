/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.json;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.amvkit.rules.contest.Contest;
import org.amvkit.rules.registry.RuleRegistry;

/**
 * Reads a {@link Contest} from an {@code amv-contest/1} JSON file: a convention's rule sheet and
 * its entries, written without Java.
 *
 * <pre>{@code
 * Contest contest = ContestReader.with(RuleRegistry.load()).read(Path.of("contest.json"));
 * ContestReport report = contest.check(CatalogueReader.open(Path.of("catalogue.json")));
 * }</pre>
 *
 * <p>The format:
 * <pre>{@code
 * {"format": "amv-contest/1", "id": "fur-con-2026", "name": "FurCon AMV Contest 2026",
 *  "categories": ["Action", "Drama", "Comedy"],
 *  "premiere-cutoff": "2025-01-01",
 *  "exclude-award-winners": {"before": "2026-07-03"},
 *  "limits": {"per-category": 1, "per-entrant": 2, "exhibition": 1,
 *             "collaborations": "every-creator"},
 *  "definition": {"id": "entry", "label": "Contest entry",
 *    "required": ["has-music",
 *                 {"rule": "duration-between", "params": {"min": "PT1M15S", "max": "PT6M"}},
 *                 {"rule": "footage-share", "params": {"media": ["anime"], "min": 0.75}}],
 *    "convention": [{"rule": "no-flag", "params": {"flag": "watermark"}}]},
 *  "category-rules": {"Comedy": {"required": [{"rule": "duration-between",
 *                                 "params": {"min": "PT30S", "max": "PT3M30S"}}]}},
 *  "entries": [{"id": "e-1", "video": "v-009", "category": "Drama", "entrant": "MoonHowler"},
 *              {"id": "e-2", "video": "v-010", "category": "Action", "entrant": "GinFan",
 *               "exhibition": true}]}
 * }</pre>
 * <ul>
 *   <li>{@code format}, {@code id}, {@code name}, {@code categories} (style names or aliases:
 *       {@code "Romance/Sentimental"}), {@code definition} and {@code entries} are required;</li>
 *   <li>{@code premiere-cutoff}: entries must not have been shown publicly before this date; it
 *       adds the rule {@code premiered-after} to the definition;</li>
 *   <li>{@code exclude-award-winners}: {@code true} excludes videos that won an award, by adding
 *       the rule {@code no-earlier-award} to the definition; {@code {"before": "2026-07-03"}}
 *       excludes those that won one before that date (an award won on it or later, as at this
 *       very contest, does not count); {@code false} or left out, award winners may enter;</li>
 *   <li>{@code limits}, each optional: {@code per-category} and {@code per-entrant} count
 *       competition entries, {@code exhibition} exhibition entries;
 *       {@code collaborations} is {@code every-creator} (the default: an MEP counts against every
 *       participant) or {@code entrant};</li>
 *   <li>{@code definition} is written as a definition of a JSON profile (see
 *       {@link ProfileReader}): registered rules with their parameters, required or conventions;
 *       </li>
 *   <li>{@code category-rules}, optional, maps categories of the contest to rules for their
 *       entries only, {@code required} and {@code convention} (each optional) written as in the
 *       definition: a rule replaces the definition's rule with the same id, the others are added
 *       (see {@link Contest#entryDefinition(org.amvkit.core.Style)}); the rules of
 *       {@code "Comedy"} are named {@code <definition id>/comedy}, labelled
 *       {@code <definition label> (Comedy)};</li>
 *   <li>an entry has an {@code id}, a {@code video} id of the catalogue, a {@code category} of
 *       the contest, the {@code entrant} who submitted it and optionally {@code "exhibition":
 *       true}.</li>
 * </ul>
 * Unknown fields are errors. Every fault is one {@link ContestFormatException} whose message
 * starts with the JSON path, as in
 * {@code entries[2].category: "Horror" is not a category of this contest (Action, Drama, Comedy)}.
 *
 * <p>Needs Jackson databind, an optional dependency of amvkit. A reader is immutable and
 * thread-safe.
 */
public final class ContestReader {

  private final ContestParser parser;

  private ContestReader(ContestParser parser) {
    this.parser = parser;
  }

  /**
   * Returns a reader that makes rules with a registry.
   *
   * @param registry  the rule types a contest's definition may name, not null
   * @return the reader, not null
   * @throws IllegalStateException if Jackson databind is not on the class path or module path
   */
  public static ContestReader with(RuleRegistry registry) {
    Objects.requireNonNull(registry, "registry");
    try {
      return new ContestReader(new ContestParser(registry));
    } catch (LinkageError e) {
      throw new IllegalStateException("reading contest files needs Jackson databind"
          + " (com.fasterxml.jackson.core:jackson-databind) on the class path or module path", e);
    }
  }

  /**
   * Reads a contest from a string.
   *
   * @param json  the JSON text, not null
   * @return the contest, not null
   * @throws ContestFormatException if the text is not a valid contest; the message starts with
   *     the JSON path of the fault, or gives line and column for malformed JSON
   */
  public Contest read(String json) {
    Objects.requireNonNull(json, "json");
    try {
      return parser.read(new StringReader(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);   // a StringReader does not fail
    }
  }

  /**
   * Reads a contest from a reader, which is read to the end but not closed.
   *
   * @param reader  the JSON text, not null
   * @return the contest, not null
   * @throws ContestFormatException if the text is not a valid contest
   * @throws IOException if reading fails
   */
  public Contest read(Reader reader) throws IOException {
    Objects.requireNonNull(reader, "reader");
    return parser.read(new java.io.FilterReader(reader) {
      @Override
      public void close() {
        // the caller owns the reader
      }
    });
  }

  /**
   * Reads a contest from a file: UTF-8, with or without a byte-order mark, or UTF-16 or UTF-32
   * with one; bytes that are not UTF-8 are an error naming their line and column.
   *
   * @param file  the file, not null
   * @return the contest, not null
   * @throws ContestFormatException if the file is not a valid contest
   * @throws IOException if the file cannot be read
   */
  public Contest read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      return parser.read(in);
    }
  }
}
