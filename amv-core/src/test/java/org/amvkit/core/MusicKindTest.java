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

/** {@link MusicKind} is written in catalogues as a lower-case, hyphenated id and read leniently. */
class MusicKindTest {

  @ParameterizedTest(name = "{0} has the id \"{1}\"")
  @CsvSource({
      "SONG, song",
      "SCORE, score",
  })
  void id_is_the_constant_in_lower_case_with_hyphens(MusicKind constant, String id) {
    // when / then
    assertThat(constant.id()).isEqualTo(id);
  }

  @ParameterizedTest(name = "{0} is read back from its id")
  @EnumSource(MusicKind.class)
  void every_constant_is_read_back_from_its_id_and_its_name(MusicKind constant) {
    // when / then
    assertThat(MusicKind.parse(constant.id())).isEqualTo(constant);
    assertThat(MusicKind.parse(constant.name())).isEqualTo(constant);
  }

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
      "Song|SONG",
      " score|SCORE",
  })
  void parse_ignores_case_surrounding_space_and_the_word_separator(String text,
      MusicKind expected) {
    // when / then
    assertThat(MusicKind.parse(text)).isEqualTo(expected);
  }

  @Test
  void parse_of_an_unknown_value_lists_the_ids_allowed() {
    // when / then
    assertThatIllegalArgumentException().isThrownBy(() -> MusicKind.parse("instrumental"))
        .withMessage("\"instrumental\" is not one of song, score");
  }
}
