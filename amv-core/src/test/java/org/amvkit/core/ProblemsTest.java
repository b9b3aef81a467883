/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one collector of a value's problems names the value, counts every problem, throws once. */
class ProblemsTest {

  @Test
  void every_problem_is_thrown_at_once_with_the_subject_before_its_message() {
    // given
    Problems problems = Problems.of("video v-7")
        .requireNonBlank("title", " ")
        .add("duration", "duration is zero");

    // when
    InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class,
        problems::throwIfAny);

    // then
    assertThat(thrown.problems()).containsExactly(
        Problem.of("title", "video v-7: title is blank"),
        Problem.of("duration", "video v-7: duration is zero"));
    assertThat(thrown).hasMessage(
        "2 problems: video v-7: title is blank; video v-7: duration is zero");
  }

  @Test
  void an_empty_subject_leaves_the_message_as_it_is() {
    // when
    Problems problems = Problems.of("").add("end", "clip end PT5S is before start PT7S");

    // then
    assertThat(problems.list())
        .containsExactly(Problem.of("end", "clip end PT5S is before start PT7S"));
  }

  @Test
  void a_nested_value_s_problems_are_placed_under_its_path_and_keep_their_message() {
    // given
    List<Problem> clip = List.of(Problem.of("end", "clip end PT5S is before start PT7S"));

    // when
    Problems problems = Problems.of("video v-7").addAll("clips[2]", clip);

    // then
    assertThat(problems.list())
        .containsExactly(Problem.of("clips[2].end", "clip end PT5S is before start PT7S"));
  }

  @Test
  void without_problems_nothing_is_thrown_and_the_count_says_so() {
    // given
    Problems problems = Problems.of("video v-7").requireNonBlank("title", "Run Free");

    // then
    assertThat(problems.isEmpty()).isTrue();
    assertThat(problems.count()).isZero();
    assertThatCode(problems::throwIfAny).doesNotThrowAnyException();
    assertThat(problems.add("tags", "a tag is blank").count()).isEqualTo(1);
  }

  @Test
  void the_list_is_a_copy_that_later_problems_do_not_change() {
    // given
    Problems problems = Problems.of("").add("id", "id is blank");
    List<Problem> before = problems.list();

    // when
    problems.add("title", "title is blank");

    // then
    assertThat(before).extracting(Problem::field).containsExactly("id");
  }

  @Test
  void a_quoted_value_escapes_the_quotes_and_backslashes_inside_it() {
    assertThat(Problems.quote("balto")).isEqualTo("\"balto\"");
    assertThat(Problems.quote("say \"hi\"")).isEqualTo("\"say \\\"hi\\\"\"");
    assertThat(Problems.quote("C:\\clips")).isEqualTo("\"C:\\\\clips\"");
  }

  @Test
  void a_quoted_value_shows_control_characters_as_escapes_so_a_message_stays_one_line() {
    assertThat(Problems.quote("Run\nv-2  fake row")).isEqualTo("\"Run\\nv-2  fake row\"");
    assertThat(Problems.quote("\u001b]0;pwned\u0007")).isEqualTo("\"\\u001b]0;pwned\\u0007\"");
    assertThat(Problems.quote("a\rb\tc\u0085d\u2028e")).isEqualTo("\"a\\rb\\tc\\u0085d\\u2028e\"");
  }

  @Test
  void a_long_value_is_quoted_up_to_sixty_characters_then_an_ellipsis() {
    // given: 15 million characters, as a hostile file may hold
    String huge = "x".repeat(15_000_000);

    // when
    String quoted = Problems.quote(huge);

    // then
    assertThat(quoted).isEqualTo("\"" + "x".repeat(Problems.QUOTED_LENGTH) + "\"…");
    assertThat(Problems.quote("x".repeat(Problems.QUOTED_LENGTH)))
        .isEqualTo("\"" + "x".repeat(Problems.QUOTED_LENGTH) + "\"");
  }

  @Test
  void a_long_value_is_never_cut_inside_a_character() {
    // given: the 60th char is the first half of a surrogate pair (a wolf emoji)
    String text = "x".repeat(Problems.QUOTED_LENGTH - 1) + "\uD83D\uDC3A" + "tail";

    // when
    String quoted = Problems.quote(text);

    // then
    assertThat(quoted).isEqualTo("\"" + "x".repeat(Problems.QUOTED_LENGTH - 1) + "\"…");
  }

  @Test
  void past_ten_problems_are_counted_not_kept_and_the_message_says_how_many_more() {
    // given
    Problems problems = Problems.of("video v-1");
    for (int i = 0; i < 1_000_000; i++) {
      problems.add("clips[" + i + "].end", "clip end is before its start");
    }

    // when
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
        problems::throwIfAny);

    // then
    assertThat(problems.count()).isEqualTo(1_000_000);
    assertThat(problems.list()).hasSize(Problems.MAX_LISTED);
    assertThat(e.problems()).hasSize(10);
    assertThat(e.omitted()).isEqualTo(999_990);
    assertThat(e).hasMessageStartingWith("1,000,000 problems: video v-1: clip end is before")
        .hasMessageEndingWith("; … and 999,990 more");
  }

  @Test
  void problems_counted_elsewhere_add_to_the_count() {
    Problems problems = Problems.of("").add("a", "bad").addOmitted(5);

    assertThat(problems.count()).isEqualTo(6);
    assertThat(catchThrowableOfType(InvalidValueException.class, problems::throwIfAny))
        .hasMessage("6 problems: bad; … and 5 more");
    assertThatThrownBy(() -> problems.addOmitted(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
