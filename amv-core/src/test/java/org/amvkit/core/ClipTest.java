/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core;

import static org.amvkit.core.Fixtures.BALTO;
import static org.amvkit.core.Fixtures.seconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A clip fills a stretch of a timeline: it starts at or after zero and ends after it starts. */
class ClipTest {

  @Test
  void clip_ending_before_it_starts_is_rejected_with_both_offsets() {
    // when
    InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class,
        () -> Clip.of(BALTO, seconds(7), seconds(5)));

    // then
    assertThat(thrown).hasMessage("clip end PT5S is before start PT7S");
    assertThat(thrown.problems())
        .containsExactly(Problem.of("end", "clip end PT5S is before start PT7S"));
  }

  @Test
  void clip_starting_before_the_video_starts_is_rejected() {
    // when
    InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class,
        () -> Clip.of(BALTO, seconds(-1), seconds(5)));

    // then
    assertThat(thrown).hasMessage("clip start PT-1S is negative");
    assertThat(thrown.problems())
        .containsExactly(Problem.of("start", "clip start PT-1S is negative"));
  }

  @Test
  void clip_ending_where_it_starts_is_rejected_as_empty() {
    // when
    InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class,
        () -> Clip.of(BALTO, seconds(5), seconds(5)));

    // then
    assertThat(thrown).hasMessage("clip end PT5S is not after start PT5S");
    assertThat(thrown.problems())
        .containsExactly(Problem.of("end", "clip end PT5S is not after start PT5S"));
  }

  @Test
  void clip_with_a_negative_start_and_an_earlier_end_reports_both_problems_at_once() {
    // when
    InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class,
        () -> Clip.of(BALTO, seconds(-1), seconds(-2)));

    // then
    assertThat(thrown).hasMessage(
        "2 problems: clip start PT-1S is negative; clip end PT-2S is before start PT-1S");
    assertThat(thrown.problems()).containsExactly(
        Problem.of("start", "clip start PT-1S is negative"),
        Problem.of("end", "clip end PT-2S is before start PT-1S"));
  }

  @Test
  void clip_starting_at_zero_is_valid_and_knows_its_length_and_interval() {
    // when
    Clip opening = Clip.of(BALTO, Duration.ZERO, Duration.ofMillis(4500));

    // then
    assertThat(opening.length()).isEqualTo(Duration.ofMillis(4500));
    assertThat(opening.interval()).isEqualTo(Interval.of(Duration.ZERO, Duration.ofMillis(4500)));
  }

  @Test
  void clip_lists_the_characters_on_screen_when_built_from_another_clip() {
    // given
    Clip opening = Clip.of(BALTO, Duration.ZERO, seconds(4));

    // when
    Clip withCast = Clip.builder().from(opening).addCharacters(CastMember.of("Balto", "wolfdog"))
        .build();

    // then
    assertThat(opening.characters()).isEmpty();
    assertThat(withCast.characters()).containsExactly(CastMember.of("Balto", "wolfdog"));
    assertThat(withCast.interval()).isEqualTo(opening.interval());
  }
}
