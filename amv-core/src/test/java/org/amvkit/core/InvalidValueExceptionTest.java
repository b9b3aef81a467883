/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one exception of invalid values carries every problem and says them all in its message. */
class InvalidValueExceptionTest {

  private static final Problem END =
      Problem.of("clips[2].end", "clip end PT5S is before start PT7S");
  private static final Problem TITLE = Problem.of("title", "video v-7: title is blank");

  @Test
  void one_problem_is_the_message_without_its_field() {
    // when
    InvalidValueException thrown = new InvalidValueException(List.of(END));

    // then
    assertThat(thrown).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("clip end PT5S is before start PT7S");
    assertThat(thrown.problems()).containsExactly(END);
  }

  @Test
  void several_problems_are_counted_and_joined_in_the_order_found() {
    // when
    InvalidValueException thrown = new InvalidValueException(List.of(TITLE, END));

    // then
    assertThat(thrown).hasMessage(
        "2 problems: video v-7: title is blank; clip end PT5S is before start PT7S");
    assertThat(thrown.problems()).containsExactly(TITLE, END);
  }

  @Test
  void the_problems_are_a_copy_that_cannot_be_changed() {
    // given
    List<Problem> found = new ArrayList<>(List.of(TITLE));
    InvalidValueException thrown = new InvalidValueException(found);

    // when
    found.add(END);

    // then
    assertThat(thrown.problems()).containsExactly(TITLE);
    assertThatThrownBy(() -> thrown.problems().add(END))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void an_exception_without_problems_is_refused() {
    assertThatIllegalArgumentException().isThrownBy(() -> new InvalidValueException(List.of()))
        .withMessage("an InvalidValueException needs at least one problem");
    assertThatNullPointerException().isThrownBy(() -> new InvalidValueException(null))
        .withMessage("problems");
  }
}
