/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The fast date parser gives what {@link LocalDate#parse(CharSequence)} gives: the same date, or
 * the same exception with the same message and index.
 */
class DateParserProperties {

  @Property(tries = 3000)
  void agrees_with_the_jdk_on_dates_as_catalogues_write_them(@ForAll("dateLike") String text) {
    ParserAgreement.assertAgrees(LocalDate::parse, DateParser::parse, LocalDate.class, text);

    // both the fast path and the JDK's are exercised, not just one of them
    Statistics.coverage(coverage -> {
      coverage.check("valid").percentage(percent -> percent > 30);
      coverage.check("invalid").percentage(percent -> percent > 10);
    });
  }

  @Property(tries = 2000)
  void agrees_with_the_jdk_on_any_text_of_date_characters(@ForAll("noise") String text) {
    ParserAgreement.assertAgrees(LocalDate::parse, DateParser::parse, LocalDate.class, text);
  }

  @Example
  void agrees_with_the_jdk_on_edge_dates() {
    for (String text : new String[] {"2011-03-02", "2000-02-29", "1900-02-29", "2023-02-29",
        "2024-04-31", "2024-00-10", "2024-13-01", "2024-01-00", "2024-01-32", "0000-01-01",
        "9999-12-31", "+10000-01-01", "-0001-01-01", "2024-1-01", "2024/01/01", "2024-01-01 ",
        "２０２４-01-01", "", "2024-01-01T00:00"}) {
      ParserAgreement.assertAgrees(LocalDate::parse, DateParser::parse, LocalDate.class, text);
    }
  }


  /** yyyy-mm-dd, mostly valid, with numbers out of range and of other widths or signs. */
  @Provide
  Arbitrary<String> dateLike() {
    Arbitrary<String> years = Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.integers().between(0, 9999).map(year -> String.format("%04d",
            year))),
        Tuple.of(1, Arbitraries.of("+10000", "-0001", "999", "20240")));
    Arbitrary<String> months = Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.integers().between(1, 12).map(month -> String.format("%02d",
            month))),
        Tuple.of(1, Arbitraries.of("00", "13", "1", "001", "x1")));
    Arbitrary<String> days = Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.integers().between(1, 31).map(day -> String.format("%02d", day))),
        Tuple.of(1, Arbitraries.of("00", "32", "1", "001", "1x")));
    return Combinators.combine(years, Arbitraries.of("-", "-", "-", "-", "-", "-", "/"), months,
        days).as((year, separator, month, day) -> year + separator + month + "-" + day);
  }

  /** Any short text over the characters of dates. */
  @Provide
  Arbitrary<String> noise() {
    return Arbitraries.strings().withChars("0123456789-+/ T").ofMinLength(0).ofMaxLength(12);
  }
}
