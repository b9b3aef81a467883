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

/** Styles are the categories archives and contests file videos under; the vocabulary is open. */
class StyleTest {

  @ParameterizedTest(name = "\"{0}\" is the style {1}")
  @CsvSource(delimiter = '|', value = {
      "sentimental|ROMANCE",
      "Romance/Sentimental|ROMANCE",
      "fun|UPBEAT",
      "Upbeat/Fun|UPBEAT",
      "Parody|TRAILER",
      "Rhythm & Beat|RHYTHM",
      "rhythm and beat|RHYTHM",
      "ACTION|ACTION",
  })
  void names_and_aliases_are_read_as_the_well_known_style(String text, String constant)
      throws ReflectiveOperationException {
    // given
    Style expected = (Style) Style.class.getField(constant).get(null);

    // when
    Style style = Style.parse(text);

    // then
    assertThat(style).isSameAs(expected);
    assertThat(style.isWellKnown()).isTrue();
  }

  @Test
  void unknown_style_is_kept_as_given_and_not_well_known() {
    // when
    Style horror = Style.parse("Horror");

    // then
    assertThat(horror.id()).isEqualTo("horror");
    assertThat(horror.name()).isEqualTo("Horror");
    assertThat(horror.isWellKnown()).isFalse();
    assertThat(Style.wellKnown()).doesNotContain(horror);
  }

  @Test
  void styles_are_equal_by_id_not_by_name() {
    // when / then
    assertThat(Style.parse("dark fantasy")).isEqualTo(Style.parse("Dark Fantasy"));
    assertThat(Style.parse("Action")).isEqualTo(Style.ACTION);
  }

  @Test
  void well_known_styles_are_listed_in_declaration_order() {
    // when / then
    assertThat(Style.wellKnown()).containsExactly(Style.ACTION, Style.DRAMA, Style.COMEDY,
        Style.ROMANCE, Style.UPBEAT, Style.TRAILER, Style.RHYTHM);
  }

  @Test
  void blank_style_is_rejected() {
    // when / then
    assertThatIllegalArgumentException().isThrownBy(() -> Style.parse(" "))
        .withMessage("style is blank");
  }
}
