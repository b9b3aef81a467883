/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The music a video is set to: a title, an artist, and optionally genre, kind and position. */
class MusicTest {

  @Test
  void music_is_a_song_unless_said_otherwise() {
    // when
    Music run = Music.of("Run", "Some Band");

    // then
    assertThat(run.kind()).isEqualTo(MusicKind.SONG);
    assertThat(run.genre()).isEmpty();
    assertThat(run.position()).isEmpty();
  }

  @Test
  void music_may_be_a_score_of_a_genre_at_a_position() {
    // when
    Music score = Music.builder().title("Main Theme").artist("James Horner")
        .genre(Genre.parse("soundtracks")).kind(MusicKind.SCORE)
        .position(Interval.of(Duration.ZERO, Duration.ofMinutes(3)))
        .build();

    // then
    assertThat(score.kind()).isEqualTo(MusicKind.SCORE);
    assertThat(score.genre()).contains(Genre.SOUNDTRACK);
    assertThat(score.position()).contains(Interval.of(Duration.ZERO, Duration.ofMinutes(3)));
  }

  @Test
  void music_with_a_blank_title_is_rejected() {
    // when
    InvalidValueException thrown =
        catchThrowableOfType(InvalidValueException.class, () -> Music.of(" ", "Some Band"));

    // then
    assertThat(thrown).hasMessage("music: title is blank");
    assertThat(thrown.problems()).containsExactly(Problem.of("title", "music: title is blank"));
  }

  @Test
  void music_with_a_blank_artist_is_rejected() {
    // when
    InvalidValueException thrown =
        catchThrowableOfType(InvalidValueException.class, () -> Music.of("Run", ""));

    // then
    assertThat(thrown).hasMessage("music: artist is blank");
    assertThat(thrown.problems()).containsExactly(Problem.of("artist", "music: artist is blank"));
  }

  @Test
  void music_with_a_blank_title_and_artist_reports_both() {
    // when
    InvalidValueException thrown =
        catchThrowableOfType(InvalidValueException.class, () -> Music.of("", ""));

    // then
    assertThat(thrown).hasMessage("2 problems: music: title is blank; music: artist is blank");
    assertThat(thrown.problems()).extracting(Problem::field).containsExactly("title", "artist");
  }
}
