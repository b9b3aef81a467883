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
import org.amvkit.rules.Profile;
import org.amvkit.rules.registry.RuleRegistry;

/**
 * Reads a {@link Profile} from JSON that names registered rules and their parameters.
 *
 * <pre>{@code
 * ProfileReader reader = ProfileReader.with(RuleRegistry.load());
 * Profile contest = reader.read(Path.of("my-contest.json"));
 * Classifier classifier = Classifier.of(contest);
 * // {"id": "my-contest", "definitions": [{"id": "entry", "label": "Contest entry",
 * //   "required": ["has-music", {"rule": "multiple-sources", "params": {"count-by": "franchise"}}],
 * //   "convention": ["features-animals"]}]}
 * }</pre>
 *
 * <p>The format:
 * <ul>
 *   <li>{@code id} (string, required), {@code description} (string);</li>
 *   <li>{@code definitions}: an array of {@code {"id", "label", "required": [rules],
 *       "convention": [rules]}}, where a rule is its id ({@code "has-music"}) or
 *       {@code {"rule": "multiple-sources", "params": {"count-by": "franchise"}}}, optionally with
 *       an {@code "id"} of its own, so that one definition can use a rule twice
 *       ({@code {"rule": "no-flag", "id": "no-subtitles", "params": {"flag": "subtitles"}}});</li>
 *   <li>optionally {@code "extends": "all-the-tropes"}, a registered profile whose definitions
 *       come first, with {@code "insert": [{"before": "fan-vid", "definitions": [...]}]} (or
 *       {@code "after"}) to place new definitions among them; {@code definitions} is then
 *       optional and appended at the end.</li>
 * </ul>
 * Unknown fields are errors, so that a misspelt {@code "conventions"} is not silently ignored.
 *
 * <p>Configuration never evaluates code: the file is read as a tree, never bound to classes, and
 * every rule is made by a rule type of the {@link RuleRegistry}. Every fault is one
 * {@link ProfileFormatException} whose message starts with the JSON path, as in
 * {@code definitions[1].required[0]: unknown rule "has-musik"; registered rules: has-music, …}.
 *
 * <p>Needs Jackson databind ({@code com.fasterxml.jackson.core:jackson-databind}), an optional
 * dependency of amvkit. A reader is immutable and thread-safe.
 */
public final class ProfileReader {

  private final ProfileParser parser;

  private ProfileReader(ProfileParser parser) {
    this.parser = parser;
  }

  /**
   * Returns a reader that makes rules with a registry.
   *
   * @param registry  the rule types and profiles a profile may name, not null
   * @return the reader, not null
   * @throws IllegalStateException if Jackson databind is not on the class path or module path
   */
  public static ProfileReader with(RuleRegistry registry) {
    Objects.requireNonNull(registry, "registry");
    try {
      return new ProfileReader(new ProfileParser(registry));
    } catch (LinkageError e) {
      throw new IllegalStateException("reading JSON profiles needs Jackson databind"
          + " (com.fasterxml.jackson.core:jackson-databind) on the class path or module path", e);
    }
  }

  /**
   * Reads a profile from a string.
   *
   * @param json  the JSON text, not null
   * @return the profile, not null
   * @throws ProfileFormatException if the text is not a valid profile; the message starts with
   *     the JSON path of the fault, or gives line and column for malformed JSON
   */
  public Profile read(String json) {
    Objects.requireNonNull(json, "json");
    try {
      return parser.read(new StringReader(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);   // a StringReader does not fail
    }
  }

  /**
   * Reads a profile from a reader, which is read to the end but not closed.
   *
   * @param reader  the JSON text, not null
   * @return the profile, not null
   * @throws ProfileFormatException if the text is not a valid profile; the message starts with
   *     the JSON path of the fault, or gives line and column for malformed JSON
   * @throws IOException if reading fails
   */
  public Profile read(Reader reader) throws IOException {
    Objects.requireNonNull(reader, "reader");
    return parser.read(new NonClosingReader(reader));
  }

  /**
   * Reads a profile from a file: UTF-8, with or without a byte-order mark, or UTF-16 or UTF-32
   * with one; bytes that are not UTF-8 are an error naming their line and column.
   *
   * @param file  the file, not null
   * @return the profile, not null
   * @throws ProfileFormatException if the file is not a valid profile; the message starts with
   *     the JSON path of the fault, or gives line and column for malformed JSON
   * @throws IOException if the file cannot be read
   */
  public Profile read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      return parser.read(in);
    }
  }

  /** Keeps Jackson from closing the caller's reader. */
  private static final class NonClosingReader extends java.io.FilterReader {
    NonClosingReader(Reader in) {
      super(in);
    }

    @Override
    public void close() {
      // the caller owns the reader
    }
  }
}
