/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Intervals are stretches of a timeline; their union counts overlapping time once. */
class IntervalTest {

  private static Interval interval(long start, long end) {
    return Interval.of(Duration.ofSeconds(start), Duration.ofSeconds(end));
  }

  @Test
  void interval_knows_its_length() {
    // when / then
    assertThat(interval(30, 55).length()).isEqualTo(Duration.ofSeconds(25));
  }

  @Test
  void interval_starting_before_zero_is_rejected_quoting_the_start() {
    // when / then
    assertThatIllegalArgumentException().isThrownBy(() -> interval(-1, 5))
        .withMessage("start PT-1S is negative");
  }

  @Test
  void interval_ending_before_it_starts_is_rejected_quoting_both_offsets() {
    // when / then
    assertThatIllegalArgumentException().isThrownBy(() -> interval(7, 5))
        .withMessage("end PT5S is before start PT7S");
  }

  @Test
  void empty_interval_is_allowed() {
    // when / then
    assertThat(interval(5, 5).length()).isZero();
  }

  @Test
  void union_merges_overlapping_and_touching_intervals_and_sorts_the_rest() {
    // given
    List<Interval> intervals = List.of(interval(50, 60), interval(0, 10), interval(5, 20),
        interval(20, 25), interval(30, 40));

    // when
    List<Interval> union = Interval.union(intervals);

    // then
    assertThat(union).containsExactly(interval(0, 25), interval(30, 40), interval(50, 60));
  }

  @Test
  void union_of_an_interval_inside_another_is_the_outer_one() {
    // when / then
    assertThat(Interval.union(List.of(interval(0, 60), interval(10, 20))))
        .containsExactly(interval(0, 60));
  }

  @Test
  void union_of_nothing_is_nothing() {
    // when / then
    assertThat(Interval.union(List.of())).isEmpty();
    assertThat(Interval.coveredBy(List.of())).isZero();
  }

  @Test
  void covered_time_counts_overlapping_time_once() {
    // given
    List<Interval> intervals = List.of(interval(0, 10), interval(5, 15), interval(20, 30));

    // when
    Duration covered = Interval.coveredBy(intervals);

    // then
    assertThat(covered).isEqualTo(Duration.ofSeconds(25));
  }
}
