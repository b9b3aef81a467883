/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A stretch of a video's timeline, from a start offset (inclusive) to an end offset (exclusive),
 * both measured from the beginning of the video.
 *
 * <pre>{@code
 * Interval chorus = Interval.of(Duration.ofSeconds(30), Duration.ofSeconds(55));
 * chorus.length();   // PT25S
 * }</pre>
 */
@Value.Immutable(builder = false)
public abstract class Interval {

  private static final Comparator<Interval> BY_START =
      Comparator.comparing(Interval::start).thenComparing(Interval::end);

  Interval() {}

  /**
   * Creates an interval.
   *
   * @param start  the offset where it starts, not null, not negative
   * @param end  the offset where it ends, not null, not before {@code start}
   * @return the interval, not null
   * @throws IllegalArgumentException if {@code start} is negative or {@code end} is before it;
   *     the message quotes both offsets
   */
  public static Interval of(Duration start, Duration end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (start.isNegative()) {
      throw new IllegalArgumentException("start " + start + " is negative");
    }
    if (end.compareTo(start) < 0) {
      throw new IllegalArgumentException("end " + end + " is before start " + start);
    }
    return ImmutableInterval.of(start, end);
  }

  /**
   * Returns the offset where this interval starts.
   *
   * @return the start, not null, not negative
   */
  @Value.Parameter
  public abstract Duration start();

  /**
   * Returns the offset where this interval ends (exclusive).
   *
   * @return the end, not null, not before the start
   */
  @Value.Parameter
  public abstract Duration end();

  /**
   * Returns how long this interval lasts.
   *
   * @return {@code end - start}, not null, not negative
   */
  public Duration length() {
    return end().minus(start());
  }

  /**
   * Merges intervals into the fewest disjoint intervals that cover the same time, in order.
   * Intervals that overlap or touch become one.
   *
   * @param intervals  the intervals, in any order, not null
   * @return their union as sorted, disjoint intervals, not null
   */
  public static List<Interval> union(List<Interval> intervals) {
    List<Interval> sorted = new ArrayList<>(intervals);
    sorted.sort(BY_START);
    List<Interval> merged = new ArrayList<>(sorted.size());
    Duration start = null;
    Duration end = null;
    for (Interval interval : sorted) {
      if (end != null && interval.start().compareTo(end) <= 0) {
        if (interval.end().compareTo(end) > 0) {
          end = interval.end();
        }
      } else {
        if (end != null) {
          merged.add(of(start, end));
        }
        start = interval.start();
        end = interval.end();
      }
    }
    if (end != null) {
      merged.add(of(start, end));
    }
    return List.copyOf(merged);
  }

  /**
   * Adds up the time covered by intervals, counting overlapping time once.
   *
   * @param intervals  the intervals, in any order, not null
   * @return the length of their union, not null
   */
  public static Duration coveredBy(List<Interval> intervals) {
    Duration total = Duration.ZERO;
    for (Interval interval : union(intervals)) {
      total = total.plus(interval.length());
    }
    return total;
  }
}
