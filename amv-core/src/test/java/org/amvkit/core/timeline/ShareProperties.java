/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Shares are exact: comparing, reducing and reading decimals agree with BigInteger arithmetic. */
class ShareProperties {

  private static final long MAX = Long.MAX_VALUE;

  /** Longs small, anywhere, and right below {@code Long.MAX_VALUE}, where products overflow. */
  @Provide
  Arbitrary<Long> longs() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(0, 100),
        Arbitraries.longs().between(0, MAX),
        Arbitraries.longs().between(MAX - 1000, MAX));
  }

  @Provide
  Arbitrary<Share> shares() {
    return Combinators.combine(longs(), longs())
        .as((a, b) -> Share.of(Math.min(a, b), Math.max(a, b)));
  }

  @Property
  void comparison_agrees_with_exact_cross_multiplication(@ForAll("shares") Share a,
      @ForAll("shares") Share b) {
    // given
    int exact = BigInteger.valueOf(a.numerator()).multiply(BigInteger.valueOf(b.denominator()))
        .compareTo(BigInteger.valueOf(b.numerator()).multiply(BigInteger.valueOf(a.denominator())));

    // then
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(exact);
    assertThat(Integer.signum(b.compareTo(a))).isEqualTo(-exact);
    assertThat(a.isAtLeast(b)).isEqualTo(exact >= 0);
  }

  @Property
  void shares_compare_equal_exactly_when_they_are_equal(@ForAll("shares") Share a,
      @ForAll("shares") Share b) {
    // then
    assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    assertThat(a.compareTo(a)).isZero();
  }

  @Property
  void a_share_is_its_fraction_in_lowest_terms(@ForAll("longs") long x, @ForAll("longs") long y) {
    // given
    long part = Math.min(x, y);
    long whole = Math.max(x, y);

    // when
    Share share = Share.of(part, whole);

    // then
    BigInteger numerator = BigInteger.valueOf(share.numerator());
    BigInteger denominator = BigInteger.valueOf(share.denominator());
    assertThat(denominator.signum()).isPositive();
    assertThat(numerator.gcd(denominator)).isEqualTo(BigInteger.ONE);
    if (whole > 0) {
      assertThat(numerator.multiply(BigInteger.valueOf(whole)))
          .isEqualTo(BigInteger.valueOf(part).multiply(denominator));
    } else {
      assertThat(share).isEqualTo(Share.ZERO);
    }
  }

  @Property
  void a_decimal_is_read_as_its_exact_fraction(@ForAll @IntRange(min = 0, max = 18) int scale,
      @ForAll @LongRange(min = 0, max = MAX) long digits) {
    // given: unscaled / 10^scale, kept within [0, 1]
    BigInteger power = BigInteger.TEN.pow(scale);
    long unscaled = BigInteger.valueOf(digits).mod(power.add(BigInteger.ONE)).longValueExact();
    String text = new BigDecimal(BigInteger.valueOf(unscaled), scale).toPlainString();

    // when
    Share share = Share.parse(text);

    // then
    assertThat(share).isEqualTo(Share.of(unscaled, power.longValueExact()));
    assertThat(Share.parse(new BigDecimal(BigInteger.valueOf(unscaled), scale - 2).toPlainString()
        + "%")).isEqualTo(share);
  }
}
