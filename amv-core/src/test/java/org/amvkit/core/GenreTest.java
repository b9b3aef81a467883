/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Genres are an open vocabulary: the seed's common ones are constants, any other name is kept. */
class GenreTest {

  @Test
  void the_genres_the_seed_calls_most_common_are_well_known() {
    // when / then
    assertThat(Genre.wellKnown()).contains(Genre.POP, Genre.ROCK, Genre.TECHNO, Genre.SOUNDTRACK);
    assertThat(Genre.wellKnown()).allMatch(Genre::isWellKnown);
  }

  @ParameterizedTest(name = "\"{0}\" is the genre {1}")
  @CsvSource(delimiter = '|', value = {
      "Soundtracks|soundtrack",
      "OST|soundtrack",
      "score|soundtrack",
      " pop |pop",
      "Pop Music|pop",
      "ROCK|rock",
      "rap|hip-hop",
      "Hip_Hop|hip-hop",
      "jpop|j-pop",
      "EDM|electronic",
  })
  void names_and_aliases_are_read_as_the_well_known_genre(String text, String id) {
    // when
    Genre genre = Genre.parse(text);

    // then
    assertThat(genre.id()).isEqualTo(id);
    assertThat(genre.isWellKnown()).isTrue();
    assertThat(Genre.wellKnown()).containsOnlyOnce(genre);
  }

  @Test
  void parse_of_a_well_known_name_returns_the_constant_itself() {
    // when / then
    assertThat(Genre.parse(" soundtrack")).isSameAs(Genre.SOUNDTRACK);
  }

  @Test
  void unknown_genre_is_kept_as_given_and_not_well_known() {
    // when
    Genre eurobeat = Genre.parse("  Eurobeat ");

    // then
    assertThat(eurobeat.id()).isEqualTo("eurobeat");
    assertThat(eurobeat.name()).isEqualTo("Eurobeat");
    assertThat(eurobeat).hasToString("Eurobeat");
    assertThat(eurobeat.isWellKnown()).isFalse();
  }

  @Test
  void genres_are_equal_by_id_whatever_name_they_were_read_from() {
    // given
    Genre one = Genre.parse("Happy Hardcore");
    Genre other = Genre.parse("HAPPY_HARDCORE");

    // when / then
    assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
    assertThat(one.name()).isNotEqualTo(other.name());
  }

  @Test
  void well_known_genre_is_shown_by_its_name() {
    // when / then
    assertThat(Genre.HIP_HOP.name()).isEqualTo("Hip Hop");
    assertThat(Genre.HIP_HOP).hasToString("Hip Hop");
  }

  @ParameterizedTest(name = "\"{0}\" is rejected")
  @ValueSource(strings = {"", "   ", " _ - "})
  void blank_genre_is_rejected(String blank) {
    // when / then
    assertThatIllegalArgumentException().isThrownBy(() -> Genre.parse(blank))
        .withMessage("genre is blank");
  }
}
