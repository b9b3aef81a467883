/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A problem is a field path and a sentence; nested values' problems are placed under a parent. */
class ProblemTest {

  @Test
  void a_problem_placed_under_a_parent_gets_the_parent_path_before_its_field() {
    // given
    Problem problem = Problem.of("end", "clip end PT5S is before start PT7S");

    // when
    Problem placed = problem.under("clips[2]");

    // then
    assertThat(placed).isEqualTo(Problem.of("clips[2].end", "clip end PT5S is before start PT7S"));
  }

  @Test
  void a_problem_of_a_whole_value_placed_under_a_parent_takes_the_parent_path() {
    // when
    Problem placed = Problem.of("", "source id \"balto\" names two different sources")
        .under("videos[0]");

    // then
    assertThat(placed.field()).isEqualTo("videos[0]");
  }

  @Test
  void a_problem_placed_under_no_parent_stays_as_it_is() {
    // given
    Problem problem = Problem.of("title", "video v-7: title is blank");

    // when / then
    assertThat(problem.under("")).isEqualTo(problem);
  }

  @Test
  void a_problem_reads_as_its_field_and_message_or_the_message_alone() {
    assertThat(Problem.of("title", "video v-7: title is blank"))
        .hasToString("title: video v-7: title is blank");
    assertThat(Problem.of("", "video v-7: has no creator")).hasToString("video v-7: has no creator");
  }
}
