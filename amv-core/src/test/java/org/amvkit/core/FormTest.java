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

/** {@link Form} is written in catalogues as a lower-case, hyphenated id and read leniently. */
class FormTest {

  @ParameterizedTest(name = "{0} has the id \"{1}\"")
  @CsvSource({
      "FILM, film",
      "SERIES, series",
      "OVA, ova",
      "SHORT, short",
      "OTHER, other",
  })
  void id_is_the_constant_in_lower_case_with_hyphens(Form constant, String id) {
    // when / then
    assertThat(constant.id()).isEqualTo(id);
  }

  @ParameterizedTest(name = "{0} is read back from its id")
  @EnumSource(Form.class)
  void every_constant_is_read_back_from_its_id_and_its_name(Form constant) {
    // when / then
    assertThat(Form.parse(constant.id())).isEqualTo(constant);
    assertThat(Form.parse(constant.name())).isEqualTo(constant);
  }

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
      "Film|FILM",
      " OVA |OVA",
      "sHoRt|SHORT",
  })
  void parse_ignores_case_surrounding_space_and_the_word_separator(String text, Form expected) {
    // when / then
    assertThat(Form.parse(text)).isEqualTo(expected);
  }

  @Test
  void parse_of_an_unknown_value_lists_the_ids_allowed() {
    // when / then
    assertThatIllegalArgumentException().isThrownBy(() -> Form.parse("movie"))
        .withMessage("\"movie\" is not one of film, series, ova, short, other");
  }
}
