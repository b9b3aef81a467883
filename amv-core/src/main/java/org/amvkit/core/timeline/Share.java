/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.timeline;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Objects;
import org.amvkit.core.Problems;
import org.immutables.value.Value;

/**
 * An exact fraction between 0 and 1: the part of a whole that something fills, such as the share
 * of a video's running time that is anime footage. Kept as a reduced fraction of two longs, so that
 * "exactly 75%" is exactly 75% and a contest's threshold is never missed by a rounding error.
 *
 * <pre>{@code
 * Share anime = Share.of(Duration.ofSeconds(45), Duration.ofSeconds(60));
 * anime.isAtLeast(Share.parse("0.75"));   // true: exactly 3/4
 * anime.toString();                       // "75%"
 * }</pre>
 */
@Value.Immutable(builder = false)
public abstract class Share implements Comparable<Share> {

  /** The longest share text or number read: far more digits than 18 decimals need. */
  static final int MAX_TEXT_LENGTH = 100;
  /** The most digits of a number made a share (Jackson reads no longer number by default). */
  static final int MAX_DIGITS = 1000;

  /** Nothing: 0. */
  public static final Share ZERO = ImmutableShare.of(0, 1);
  /** Everything: 1. */
  public static final Share ONE = ImmutableShare.of(1, 1);

  Share() {}

  /**
   * Creates the share {@code part / whole}. A whole of zero gives {@link #ZERO}: nothing of nothing.
   *
   * @param part  the part, between 0 and {@code whole}
   * @param whole  the whole, not negative
   * @return the reduced fraction, not null
   * @throws IllegalArgumentException if {@code part} is negative or greater than {@code whole}
   */
  public static Share of(long part, long whole) {
    if (whole < 0 || part < 0 || part > whole) {
      throw new IllegalArgumentException(
          "share " + part + "/" + whole + " is not between 0 and 1");
    }
    if (whole == 0 || part == 0) {
      return ZERO;
    }
    if (part == whole) {
      return ONE;
    }
    long gcd = gcd(part, whole);
    return ImmutableShare.of(part / gcd, whole / gcd);
  }

  /**
   * Creates the share that {@code part} is of {@code whole}, to the nanosecond.
   *
   * @param part  the part, not null, between zero and {@code whole}
   * @param whole  the whole, not null, not negative
   * @return the share, not null
   * @throws IllegalArgumentException if {@code part} is negative or longer than {@code whole}
   * @throws ArithmeticException if a duration does not fit in a long of nanoseconds (292 years)
   */
  public static Share of(Duration part, Duration whole) {
    return of(part.toNanos(), whole.toNanos());
  }

  /**
   * Reads a share written as a decimal fraction ({@code "0.75"}) or a percentage
   * ({@code "75%"}, {@code "12.5%"}).
   *
   * @param text  the text, not null
   * @return the exact share, not null
   * @throws IllegalArgumentException if the text is not a number between 0 and 1 (or 0% and 100%),
   *     or is longer than 100 characters;
   *     the message quotes it
   */
  public static Share parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String value = text.toString().strip();
    if (value.length() > MAX_TEXT_LENGTH) {
      // BigDecimal's arithmetic on a number of a million digits takes minutes: refuse it first
      throw new IllegalArgumentException(Problems.quote(value) + " is not a share: more than "
          + MAX_TEXT_LENGTH + " characters (write 0.75 or 75%)");
    }
    boolean percent = value.endsWith("%");
    BigDecimal number;
    try {
      number = new BigDecimal(percent ? value.substring(0, value.length() - 1) : value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(Problems.quote(value)
          + " is not a share: write 0.75 or 75%", e);
    }
    if (percent) {
      number = number.movePointLeft(2);
    }
    if (number.signum() < 0 || number.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(Problems.quote(value)
          + " is not between 0 and 1 (0% and 100%)");
    }
    if (number.stripTrailingZeros().scale() > 18) {
      throw new IllegalArgumentException(Problems.quote(value) + " has more than 18 decimals");
    }
    return of(number);
  }

  /**
   * Creates the share equal to a decimal number.
   *
   * @param value  the number, not null, between 0 and 1
   * @return the exact share, not null
   * @throws IllegalArgumentException if the number is outside [0, 1], has more than 18 decimals
   *     (after trailing zeros), or more than 1,000 digits
   */
  public static Share of(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    // Compared and described without toPlainString: 1e-999999999 has a billion digits written out.
    if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("share " + describe(value) + " is not between 0 and 1");
    }
    if (value.precision() > MAX_DIGITS) {
      // stripTrailingZeros divides by ten once a digit: quadratic in the digits
      throw new IllegalArgumentException("share " + describe(value) + " has more than "
          + MAX_DIGITS + " digits");
    }
    BigDecimal stripped = value.stripTrailingZeros();
    int scale = Math.max(stripped.scale(), 0);
    if (scale > 18) {
      throw new IllegalArgumentException("share " + describe(value) + " has more than 18 decimals");
    }
    long whole = BigInteger.TEN.pow(scale).longValueExact();
    return of(stripped.movePointRight(scale).longValueExact(), whole);
  }

  /** A number as a message shows it: plain when short, else as Java writes it, cut if long. */
  private static String describe(BigDecimal value) {
    boolean small = value.precision() <= 40 && Math.abs((long) value.scale()) <= 40;
    String text = small ? value.toPlainString() : value.toString();
    return text.length() <= Problems.QUOTED_LENGTH ? text
        : text.substring(0, Problems.QUOTED_LENGTH) + "…";
  }

  /**
   * Returns the numerator of the reduced fraction.
   *
   * @return the numerator, not negative
   */
  @Value.Parameter
  public abstract long numerator();

  /**
   * Returns the denominator of the reduced fraction.
   *
   * @return the denominator, positive
   */
  @Value.Parameter
  public abstract long denominator();

  /**
   * Tells whether this share reaches a threshold: {@code this >= minimum}, exactly.
   *
   * @param minimum  the threshold, not null
   * @return true if this share is at least {@code minimum}
   */
  public boolean isAtLeast(Share minimum) {
    return compareTo(minimum) >= 0;
  }

  /**
   * Compares two shares exactly, by cross-multiplying in 128 bits.
   *
   * @param other  the other share, not null
   * @return negative, zero or positive as this share is less than, equal to or greater than
   *     {@code other}
   */
  @Override
  public int compareTo(Share other) {
    long leftHigh = Math.multiplyHigh(numerator(), other.denominator());
    long rightHigh = Math.multiplyHigh(other.numerator(), denominator());
    if (leftHigh != rightHigh) {
      return Long.compare(leftHigh, rightHigh);
    }
    return Long.compareUnsigned(numerator() * other.denominator(), other.numerator() * denominator());
  }

  /**
   * Returns this share as a double, for display and statistics. Comparisons should use
   * {@link #compareTo} or {@link #isAtLeast}, which are exact.
   *
   * @return the share as a number between 0 and 1
   */
  public double toDouble() {
    return (double) numerator() / denominator();
  }

  /**
   * Returns this share as a percentage with at most two decimals, such as {@code "75%"} or
   * {@code "33.33%"}. A share that is neither zero nor one never reads as either: it shows as
   * {@code "<0.01%"} or {@code ">99.99%"} when rounding would hide the difference.
   *
   * @return the percentage, not null
   */
  @Override
  public String toString() {
    BigDecimal percent = BigDecimal.valueOf(numerator()).movePointRight(2)
        .divide(BigDecimal.valueOf(denominator()), 2, java.math.RoundingMode.HALF_EVEN)
        .stripTrailingZeros();
    if (percent.signum() == 0 && numerator() != 0) {
      return "<0.01%";
    }
    if (percent.compareTo(BigDecimal.valueOf(100)) == 0 && numerator() != denominator()) {
      return ">99.99%";
    }
    return percent.toPlainString() + "%";
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }
}
