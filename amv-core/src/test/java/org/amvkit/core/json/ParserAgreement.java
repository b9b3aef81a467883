/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.format.DateTimeParseException;
import java.util.function.Function;
import net.jqwik.api.statistics.Statistics;

/**
 * The check the fast-path parsers' properties share: a fast parser gives what the JDK's parser
 * gives on the same text — the same value, or the same exception with the same message, error
 * index and parsed text. Labels each text "valid" or "invalid" for jqwik's statistics, so a
 * property can require both.
 */
final class ParserAgreement {

  private ParserAgreement() {}

  /**
   * Asserts that both parsers give the same value, or throw alike.
   *
   * @param jdk  the JDK's parser, the reference
   * @param fast  the parser under test
   * @param type  what a successful parse gives
   * @param text  the text to parse
   */
  static <T> void assertAgrees(Function<String, T> jdk, Function<String, T> fast, Class<T> type,
      String text) {
    Object expected = outcome(jdk, text);
    Object actual = outcome(fast, text);

    Statistics.collect(type.isInstance(expected) ? "valid" : "invalid");
    assertThat(actual).as("parsing \"%s\"", text).isEqualTo(expected);
  }

  /** The value parsed, or what describes the exception thrown. */
  private static Object outcome(Function<String, ?> parse, String text) {
    try {
      return parse.apply(text);
    } catch (DateTimeParseException e) {
      return e.getClass().getName() + " at " + e.getErrorIndex() + ": " + e.getMessage()
          + " (parsing " + e.getParsedString() + ")";
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }
}
