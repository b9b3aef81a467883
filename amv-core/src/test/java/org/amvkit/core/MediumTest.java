/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link Medium} is written in catalogues as a lower-case, hyphenated id and read leniently. */
class MediumTest {

  @ParameterizedTest(name = "{0} has the id \"{1}\"")
  @CsvSource({
      "ANIME, anime",
      "ANIMATION, animation",
      "LIVE_ACTION, live-action",
      "VIDEO_GAME, video-game",
      "OTHER, other",
  })
  void id_is_the_constant_in_lower_case_with_hyphens(Medium constant, String id) {
    // when / then
    assertThat(constant.id()).isEqualTo(id);
  }

  @ParameterizedTest(name = "{0} is read back from its id")
  @EnumSource(Medium.class)
  void every_constant_is_read_back_from_its_id_and_its_name(Medium constant) {
    // when / then
    assertThat(Medium.parse(constant.id())).isEqualTo(constant);
    assertThat(Medium.parse(constant.name())).isEqualTo(constant);
  }

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
      "Live Action|LIVE_ACTION",
      "  live_action |LIVE_ACTION",
      "LIVE-ACTION|LIVE_ACTION",
      "video  game|VIDEO_GAME",
      "Anime|ANIME",
  })
  void parse_ignores_case_surrounding_space_and_the_word_separator(String text, Medium expected) {
    // when / then
    assertThat(Medium.parse(text)).isEqualTo(expected);
  }

  @Test
  void parse_of_an_unknown_value_lists_the_ids_allowed() {
    // when / then
    assertThatIllegalArgumentException().isThrownBy(() -> Medium.parse("cartoon"))
        .withMessage("\"cartoon\" is not one of anime, animation, live-action, video-game, other");
  }

  @Test
  void parse_of_null_is_rejected_naming_the_parameter() {
    // when / then
    assertThatNullPointerException().isThrownBy(() -> Medium.parse(null)).withMessage("text");
  }

  @Test
  void anime_and_animation_are_animated_and_nothing_else_is() {
    // when / then
    assertThat(Medium.ANIME.isAnimated()).isTrue();
    assertThat(Medium.ANIMATION.isAnimated()).isTrue();
    assertThat(Medium.LIVE_ACTION.isAnimated()).isFalse();
    assertThat(Medium.VIDEO_GAME.isAnimated()).isFalse();
    assertThat(Medium.OTHER.isAnimated()).isFalse();
  }
}
