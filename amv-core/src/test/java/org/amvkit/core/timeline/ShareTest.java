/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A share is an exact reduced fraction in [0, 1], so that "exactly 75%" is never missed. */
class ShareTest {

  private static final long MAX = Long.MAX_VALUE;

  @Test
  void decimal_fraction_is_read_exactly() {
    // when
    Share share = Share.parse("0.75");

    // then
    assertThat(share).isEqualTo(Share.of(3, 4));
    assertThat(share.numerator()).isEqualTo(3);
    assertThat(share.denominator()).isEqualTo(4);
  }

  @ParameterizedTest(name = "\"{0}\" is {1}/{2}")
  @CsvSource({
      "75%, 3, 4",
      "12.5%, 1, 8",
      "0.5%, 1, 200",
      "' 0.750 ', 3, 4",
      "100%, 1, 1",
      "1, 1, 1",
      "1.000, 1, 1",
      "0%, 0, 1",
      "0, 0, 1",
  })
  void decimal_and_percentage_are_read_as_the_same_exact_fraction(String text, long numerator,
      long denominator) {
    // when
    Share share = Share.parse(text);

    // then
    assertThat(share.numerator()).isEqualTo(numerator);
    assertThat(share.denominator()).isEqualTo(denominator);
  }

  @Test
  void share_is_reduced_to_lowest_terms() {
    // when
    Share share = Share.of(50, 200);

    // then
    assertThat(share.numerator()).isEqualTo(1);
    assertThat(share.denominator()).isEqualTo(4);
    assertThat(share).isEqualTo(Share.of(1, 4));
  }

  @Test
  void nothing_of_anything_and_anything_of_nothing_is_zero_and_all_is_one() {
    // when / then
    assertThat(Share.of(0, 7)).isSameAs(Share.ZERO);
    assertThat(Share.of(0, 0)).isSameAs(Share.ZERO);
    assertThat(Share.of(Duration.ZERO, Duration.ZERO)).isSameAs(Share.ZERO);
    assertThat(Share.of(7, 7)).isSameAs(Share.ONE);
  }

  @Test
  void share_of_durations_is_exact_to_the_nanosecond() {
    // when
    Share anime = Share.of(Duration.ofSeconds(45), Duration.ofSeconds(60));

    // then
    assertThat(anime).isEqualTo(Share.of(3, 4));
    assertThat(Share.of(Duration.ofNanos(1), Duration.ofSeconds(1)))
        .isEqualTo(Share.of(1, 1_000_000_000));
  }

  @Test
  void share_exactly_at_the_threshold_reaches_it() {
    // given
    Share threshold = Share.parse("75%");

    // when / then
    assertThat(Share.of(Duration.ofSeconds(45), Duration.ofSeconds(60)).isAtLeast(threshold))
        .isTrue();
    assertThat(Share.of(Duration.ofSeconds(45).minusNanos(1), Duration.ofSeconds(60))
        .isAtLeast(threshold)).isFalse();
    assertThat(Share.of(Duration.ofSeconds(45).plusNanos(1), Duration.ofSeconds(60))
        .isAtLeast(threshold)).isTrue();
  }

  @Test
  void shares_with_denominators_near_long_max_compare_exactly_where_naive_products_overflow() {
    // given: (MAX-2)/(MAX-1) < (MAX-1)/MAX, as (MAX-2)*MAX = (MAX-1)^2 - 1
    Share smaller = Share.of(MAX - 2, MAX - 1);
    Share larger = Share.of(MAX - 1, MAX);

    // when / then
    assertThat(smaller.toDouble()).isEqualTo(larger.toDouble());
    assertThat(smaller).isLessThan(larger);
    assertThat(larger).isGreaterThan(smaller);
    assertThat(smaller.compareTo(Share.of(MAX - 2, MAX - 1))).isZero();
    assertThat(larger.isAtLeast(smaller)).isTrue();
    assertThat(smaller.isAtLeast(larger)).isFalse();
  }

  @Test
  void tiny_shares_with_huge_denominators_compare_exactly() {
    // when / then
    assertThat(Share.of(1, MAX)).isLessThan(Share.of(1, MAX - 1));
    assertThat(Share.of(1, MAX)).isGreaterThan(Share.ZERO);
    assertThat(Share.of(MAX - 1, MAX)).isLessThan(Share.ONE);
  }

  @ParameterizedTest(name = "\"{0}\" is rejected")
  @CsvSource(delimiter = '|', value = {
      "abc|\"abc\" is not a share: write 0.75 or 75%",
      "75 %|\"75 %\" is not a share: write 0.75 or 75%",
      "''|\"\" is not a share: write 0.75 or 75%",
      "1.5|\"1.5\" is not between 0 and 1 (0% and 100%)",
      "-0.5|\"-0.5\" is not between 0 and 1 (0% and 100%)",
      "0.0000000000000000001|\"0.0000000000000000001\" has more than 18 decimals",
  })
  void text_that_is_not_a_share_is_rejected_with_a_message_saying_why(String text, String message) {
    // when / then
    assertThatIllegalArgumentException().isThrownBy(() -> Share.parse(text)).withMessage(message);
  }

  @Test
  void part_greater_than_the_whole_is_rejected_quoting_the_fraction() {
    // when / then
    assertThatIllegalArgumentException().isThrownBy(() -> Share.of(5, 4))
        .withMessage("share 5/4 is not between 0 and 1");
    assertThatIllegalArgumentException().isThrownBy(() -> Share.of(-1, 4))
        .withMessage("share -1/4 is not between 0 and 1");
  }

  @Test
  void percentage_above_one_hundred_is_rejected_quoting_the_text() {
    // when / then
    assertThatIllegalArgumentException().isThrownBy(() -> Share.parse("150%"))
        .withMessage("\"150%\" is not between 0 and 1 (0% and 100%)");
  }

  @ParameterizedTest(name = "{0}/{1} is shown as {2}")
  @CsvSource({
      "3, 4, 75%",
      "1, 3, 33.33%",
      "2, 3, 66.67%",
      "1, 8, 12.5%",
      "0, 1, 0%",
      "1, 1, 100%",
      "1, 100000, <0.01%",
      "99999, 100000, >99.99%",
  })
  void share_is_shown_as_a_percentage_with_at_most_two_decimals(long part, long whole,
      String shown) {
    // when / then
    assertThat(Share.of(part, whole)).hasToString(shown);
  }

  @Test
  void share_as_a_double_is_its_quotient() {
    // when / then
    assertThat(Share.of(3, 4).toDouble()).isEqualTo(0.75);
  }

  @Test
  void a_number_of_absurd_magnitude_is_refused_in_a_short_message_without_writing_it_out() {
    // 1e-999999999 written out is a billion characters; 1e999999999 too
    assertThatIllegalArgumentException().isThrownBy(() -> Share.of(new BigDecimal("1e-999999999")))
        .withMessage("share 1E-999999999 has more than 18 decimals");
    assertThatIllegalArgumentException().isThrownBy(() -> Share.of(new BigDecimal("1e999999999")))
        .withMessage("share 1E+999999999 is not between 0 and 1");
  }

  @Test
  void a_share_of_millions_of_digits_is_refused_before_any_arithmetic() {
    // given: stripping the zeros of a 3,000,000-digit number alone takes minutes
    String digits = "0." + "1".repeat(3_000_000);

    // then
    assertThatIllegalArgumentException().isThrownBy(() -> Share.parse(digits))
        .withMessage("\"0." + "1".repeat(58) + "\"… is not a share: more than 100 characters"
            + " (write 0.75 or 75%)");
    BigDecimal manyDigits = new BigDecimal("0." + "1".repeat(2_000));   // not millions: slow
    assertThatIllegalArgumentException().isThrownBy(() -> Share.of(manyDigits))
        .withMessageStartingWith("share 0.1111")
        .withMessageEndingWith("… has more than 1000 digits");
  }
}
