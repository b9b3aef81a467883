/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A creator is a person with a name and, if known, an ISO 3166-1 alpha-2 country. */
class CreatorTest {

  @Test
  void country_given_in_lower_case_is_upper_cased() {
    // when
    Creator creator = Creator.of("SnowPaw", "nl");

    // then
    assertThat(creator.country()).contains("NL");
  }

  @ParameterizedTest(name = "a {0} member has country {1}")
  @CsvSource({
      "American, US",
      "Brazilian, BR",
      "British, GB",
      "Dutch, NL",
      "Japanese, JP",
      "Malaysian, MY",
  })
  void every_nationality_named_in_the_seed_is_a_valid_country(String nationality, String code) {
    // when
    Creator creator = Creator.of(nationality + " maker", code);

    // then
    assertThat(creator.country()).contains(code);
  }

  @Test
  void country_that_is_not_an_iso_code_is_rejected_quoting_it() {
    // when
    InvalidValueException thrown =
        catchThrowableOfType(InvalidValueException.class, () -> Creator.of("SnowPaw", "uk"));

    // then
    assertThat(thrown)
        .hasMessage("creator: country \"UK\" is not an ISO 3166-1 alpha-2 code in upper case");
    assertThat(thrown.problems()).containsExactly(Problem.of("country",
        "creator: country \"UK\" is not an ISO 3166-1 alpha-2 code in upper case"));
  }

  @Test
  void country_written_as_an_alpha_3_code_is_rejected() {
    // when
    InvalidValueException thrown =
        catchThrowableOfType(InvalidValueException.class, () -> Creator.of("SnowPaw", "NLD"));

    // then
    assertThat(thrown)
        .hasMessage("creator: country \"NLD\" is not an ISO 3166-1 alpha-2 code in upper case");
  }

  @Test
  void builder_does_not_upper_case_the_country() {
    // when
    InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class,
        () -> Creator.builder().name("SnowPaw").country("nl").build());

    // then
    assertThat(thrown)
        .hasMessage("creator: country \"nl\" is not an ISO 3166-1 alpha-2 code in upper case");
  }

  @Test
  void creator_with_a_blank_name_is_rejected() {
    // when
    InvalidValueException thrown =
        catchThrowableOfType(InvalidValueException.class, () -> Creator.of("  "));

    // then
    assertThat(thrown).hasMessage("creator: name is blank");
    assertThat(thrown.problems()).containsExactly(Problem.of("name", "creator: name is blank"));
  }

  @Test
  void creator_with_a_blank_name_and_a_bad_country_reports_both() {
    // when
    InvalidValueException thrown =
        catchThrowableOfType(InvalidValueException.class, () -> Creator.of("", "XX"));

    // then
    assertThat(thrown).hasMessage("2 problems: creator: name is blank; "
        + "creator: country \"XX\" is not an ISO 3166-1 alpha-2 code in upper case");
    assertThat(thrown.problems()).extracting(Problem::field).containsExactly("name", "country");
  }

  @Test
  void creator_of_a_name_alone_has_no_country_and_no_channel() {
    // when
    Creator creator = Creator.of("Anon");

    // then
    assertThat(creator.country()).isEmpty();
    assertThat(creator.channel()).isEmpty();
  }

  @Test
  void creator_may_have_a_channel() {
    // when
    Creator fox = Creator.builder().name("FoxFan").country("BR").channel("youtube.com/@foxfan")
        .build();

    // then
    assertThat(fox.channel()).contains("youtube.com/@foxfan");
  }
}
