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
import org.junit.jupiter.params.provider.EnumSource;

/** {@link Occasion} is written in catalogues as a lower-case, hyphenated id and read leniently. */
class OccasionTest {

  @ParameterizedTest(name = "{0} has the id \"{1}\"")
  @CsvSource({
      "BIRTHDAY, birthday",
      "ANNIVERSARY, anniversary",
      "HOLIDAY, holiday",
      "MEMORIAL, memorial",
      "FRIENDSHIP, friendship",
      "OTHER, other",
  })
  void id_is_the_constant_in_lower_case_with_hyphens(Occasion constant, String id) {
    // when / then
    assertThat(constant.id()).isEqualTo(id);
  }

  @ParameterizedTest(name = "{0} is read back from its id")
  @EnumSource(Occasion.class)
  void every_constant_is_read_back_from_its_id_and_its_name(Occasion constant) {
    // when / then
    assertThat(Occasion.parse(constant.id())).isEqualTo(constant);
    assertThat(Occasion.parse(constant.name())).isEqualTo(constant);
  }

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
      "Birthday|BIRTHDAY",
      " BIRTHDAY |BIRTHDAY",
      "friendship\t|FRIENDSHIP",
  })
  void parse_ignores_case_surrounding_space_and_the_word_separator(String text, Occasion expected) {
    // when / then
    assertThat(Occasion.parse(text)).isEqualTo(expected);
  }

  @Test
  void parse_of_an_unknown_value_lists_the_ids_allowed() {
    // when / then
    assertThatIllegalArgumentException().isThrownBy(() -> Occasion.parse("wedding"))
        .withMessage("\"wedding\" is not one of "
            + "birthday, anniversary, holiday, memorial, friendship, other");
  }
}
