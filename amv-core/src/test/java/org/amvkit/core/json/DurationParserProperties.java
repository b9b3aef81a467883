/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;

/**
 * The fast duration parser gives what {@link Duration#parse} gives: the same value, or the same
 * exception with the same message and index.
 */
class DurationParserProperties {

  @Property(tries = 3000)
  void agrees_with_the_jdk_on_durations_as_catalogues_write_them(
      @ForAll("isoLike") String text) {
    ParserAgreement.assertAgrees(Duration::parse, DurationParserProperties::inPlace, Duration.class,
        text);

    // both the fast path and the JDK's are exercised, not just one of them
    Statistics.coverage(coverage -> {
      coverage.check("valid").percentage(percent -> percent > 20);
      coverage.check("invalid").percentage(percent -> percent > 20);
    });
  }

  @Property(tries = 3000)
  void agrees_with_the_jdk_on_durations_with_one_character_changed(
      @ForAll("mutated") String text) {
    ParserAgreement.assertAgrees(Duration::parse, DurationParserProperties::inPlace, Duration.class,
        text);
  }

  @Property(tries = 2000)
  void agrees_with_the_jdk_on_any_text_of_duration_characters(@ForAll("noise") String text) {
    ParserAgreement.assertAgrees(Duration::parse, DurationParserProperties::whole, Duration.class,
        text);
  }

  @Property(tries = 2000)
  void a_duration_made_from_seconds_and_nanoseconds_is_that_duration_shared_or_not(
      @ForAll @LongRange(max = 7200) long seconds,
      @ForAll("nanos") int nanos) {
    Duration made = DurationParser.durationOf(seconds, nanos);
    Duration again = DurationParser.durationOf(seconds, nanos);

    assertThat(made).isEqualTo(Duration.ofSeconds(seconds, nanos)).isEqualTo(again);
    boolean shared = seconds < 3600 && nanos % 100_000_000 == 0;
    Statistics.label("shared").collect(shared);
    if (shared) {
      assertThat(again).isSameAs(made);
    }
    Statistics.label("shared").coverage(coverage -> {
      coverage.check(true).percentage(percent -> percent > 20);
      coverage.check(false).percentage(percent -> percent > 20);
    });
  }

  /** Whole tenths of a second often, as catalogues write them; any nanoseconds otherwise. */
  @Provide
  Arbitrary<Integer> nanos() {
    return Arbitraries.oneOf(Arbitraries.integers().between(0, 9).map(t -> t * 100_000_000),
        Arbitraries.integers().between(0, 999_999_999));
  }

  @Example
  void agrees_with_the_jdk_on_the_forms_of_the_format_description() {
    for (String text : new String[] {"PT3M41S", "PT4.5S", "PT0S", "PT1H2M3.25S", "PT1H", "PT2M",
        "PT999999999H999999999M999999999.999999999S", "PT0.000000001S", "PT01M02S", "P1D",
        "PT-5S", "-PT5S", "pt5s", "PT5,5S", "PT4.S", "PT", "PTS", "PT1M1H", "PT1S1M", "PT1.5M",
        "PT1.0000000001S", "PT1234567890S", "PT5S ", "", "P", "PT5"}) {
      ParserAgreement.assertAgrees(Duration::parse, DurationParserProperties::whole,
          Duration.class, text);
    }
  }


  /** Text in the shape of an ISO-8601 time duration, mostly valid, with the usual variations. */
  @Provide
  Arbitrary<String> isoLike() {
    Arbitrary<String> sign = Arbitraries.of("", "", "", "", "-", "+");
    Arbitrary<String> prefix = Arbitraries.of("PT", "PT", "PT", "PT", "pt", "Pt", "P", "P1DT",
        "P2D", "T", "-PT", "+PT");
    return Combinators.combine(prefix, part(sign, "H"), part(sign, "M"), seconds(sign))
        .as((p, hours, minutes, seconds) -> p + hours + minutes + seconds);
  }

  /** Text like {@link #isoLike()}, with one character inserted, removed or replaced. */
  @Provide
  Arbitrary<String> mutated() {
    Arbitrary<Character> character = Arbitraries.of('P', 'T', 'H', 'M', 'S', 'D', '.', ',', '-',
        '+', '0', '1', '9', 'h', 's', ' ', '\u0661');
    return Combinators.combine(isoLike(), Arbitraries.integers().between(0, 40), character,
        Arbitraries.of("insert", "remove", "replace"))
        .as((text, at, c, how) -> {
          int i = Math.min(at, text.length());
          return switch (how) {
            case "insert" -> text.substring(0, i) + c + text.substring(i);
            case "remove" -> i == text.length() ? text
                : text.substring(0, i) + text.substring(i + 1);
            default -> i == text.length() ? text + c
                : text.substring(0, i) + c + text.substring(i + 1);
          };
        });
  }

  /** Any short text over the characters of durations, often after a "PT". */
  @Provide
  Arbitrary<String> noise() {
    return Combinators.combine(Arbitraries.of("", "P", "PT"),
        Arbitraries.strings().withChars("PTDHMS.,+-0123456789pts").ofMinLength(0).ofMaxLength(14))
        .as(String::concat);
  }

  /** An hours or minutes part: absent, or a number of 1 to 11 digits (some signed) and a unit. */
  private static Arbitrary<String> part(Arbitrary<String> sign, String unit) {
    Arbitrary<String> present = Combinators.combine(sign, number(), Arbitraries.of(unit,
        unit.toLowerCase())).as((s, n, u) -> s + n + u);
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.just("")), Tuple.of(3, present));
  }

  /** A seconds part: absent, or a number with an optional fraction of 0 to 11 digits, and S. */
  private static Arbitrary<String> seconds(Arbitrary<String> sign) {
    Arbitrary<String> fraction = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just("")),
        Tuple.of(4, Combinators.combine(Arbitraries.of(".", ".", ".", ","),
            Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(11))
            .as((separator, digits) -> separator + digits)));
    Arbitrary<String> present = Combinators.combine(sign, number(), fraction,
        Arbitraries.of("S", "S", "S", "s")).as((s, n, f, unit) -> s + n + f + unit);
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just("")), Tuple.of(4, present));
  }

  /** Digits, mostly few, sometimes up to eleven (past what the fast path reads). */
  private static Arbitrary<String> number() {
    return Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(3)),
        Tuple.of(1, Arbitraries.strings().numeric().ofMinLength(0)
            .ofMaxLength(11)),
        Tuple.of(1, Arbitraries.strings().numeric().ofMinLength(9)
            .ofMaxLength(19)));
  }

  /** The parse of the whole of an array holding just the text. */
  private static Duration whole(String text) {
    return DurationParser.parse(text.toCharArray(), 0, text.length());
  }

  /** The in-place parse, of the text between other characters, as a JSON parser holds it. */
  private static Duration inPlace(String text) {
    char[] held = ("P1T" + text + "S9").toCharArray();
    return DurationParser.parse(held, 3, text.length());
  }
}
