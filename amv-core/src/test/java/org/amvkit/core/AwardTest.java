/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** An award a video won: the event, maybe a category, and the year or the day it was won. */
class AwardTest {

  @Test
  void award_in_a_category_won_in_a_year_has_no_date() {
    // when
    Award award = Award.of("Otakon 2010 AMV Contest", "Drama", Year.of(2010));

    // then
    assertThat(award.event()).isEqualTo("Otakon 2010 AMV Contest");
    assertThat(award.awardCategory()).contains("Drama");
    assertThat(award.year()).isEqualTo(Year.of(2010));
    assertThat(award.date()).isEmpty();
  }

  @Test
  void award_won_on_a_day_takes_the_year_of_that_day() {
    // when
    Award award = Award.of("AnimeNEXT 2011 AMV Contest", LocalDate.of(2011, 6, 12));

    // then
    assertThat(award.awardCategory()).isEmpty();
    assertThat(award.year()).isEqualTo(Year.of(2011));
    assertThat(award.date()).contains(LocalDate.of(2011, 6, 12));
    assertThat(award).isEqualTo(Award.builder().event("AnimeNEXT 2011 AMV Contest")
        .year(Year.of(2011)).date(LocalDate.of(2011, 6, 12)).build());
  }

  @Test
  void award_with_a_blank_event_is_rejected() {
    // when
    InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class,
        () -> Award.of(" ", Year.of(2010)));

    // then
    assertThat(thrown).hasMessage("award: event is blank");
    assertThat(thrown.problems()).containsExactly(Problem.of("event", "award: event is blank"));
  }

  @Test
  void award_whose_date_is_not_in_its_year_is_rejected_quoting_both() {
    // when
    InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class,
        () -> Award.builder().event("Otakon 2010 AMV Contest").year(Year.of(2011))
            .date(LocalDate.of(2010, 7, 31)).build());

    // then
    assertThat(thrown).hasMessage("award: date 2010-07-31 is not in year 2011");
    assertThat(thrown.problems())
        .containsExactly(Problem.of("date", "award: date 2010-07-31 is not in year 2011"));
  }

  @Test
  void award_with_a_blank_event_and_a_blank_category_reports_both() {
    // when
    InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class,
        () -> Award.of("", "\t", LocalDate.of(2010, 7, 31)));

    // then
    assertThat(thrown).hasMessage("2 problems: award: event is blank; award: category is blank");
    assertThat(thrown.problems()).extracting(Problem::field).containsExactly("event", "category");
  }

  @Test
  void award_needs_a_year_even_with_a_date_when_built() {
    assertThatThrownBy(() -> Award.builder().event("Otakon 2010 AMV Contest")
        .date(LocalDate.of(2010, 7, 31)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("[year]");
  }

  @Test
  void null_arguments_are_named() {
    assertThatThrownBy(() -> Award.of("Otakon 2010 AMV Contest", (LocalDate) null))
        .isInstanceOf(NullPointerException.class).hasMessage("date");
    assertThatThrownBy(() -> Award.of("Otakon 2010 AMV Contest", null, Year.of(2010)))
        .isInstanceOf(NullPointerException.class).hasMessage("awardCategory");
    assertThatThrownBy(() -> Award.of(null, Year.of(2010)))
        .isInstanceOf(NullPointerException.class).hasMessage("event");
  }
}
