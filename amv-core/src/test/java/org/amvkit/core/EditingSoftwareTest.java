/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** AMVs are "commonly made with Sony Vegas or Adobe After Effects"; other programs are kept too. */
class EditingSoftwareTest {

  @ParameterizedTest(name = "\"{0}\" is Sony Vegas")
  @ValueSource(strings = {"Sony Vegas", "sony_vegas", "SONY-VEGAS", "Vegas", "Vegas Pro",
      "Sony Vegas Pro", "MAGIX Vegas", "  vegas   pro  "})
  void every_name_of_vegas_is_sony_vegas(String text) {
    // when / then
    assertThat(EditingSoftware.parse(text)).isSameAs(EditingSoftware.SONY_VEGAS);
  }

  @ParameterizedTest(name = "\"{0}\" is Adobe After Effects")
  @ValueSource(strings = {"Adobe After Effects", "After Effects", "AE"})
  void every_name_of_after_effects_is_adobe_after_effects(String text) {
    // when / then
    assertThat(EditingSoftware.parse(text)).isSameAs(EditingSoftware.ADOBE_AFTER_EFFECTS);
  }

  @Test
  void well_known_software_has_a_hyphenated_id_and_a_display_name() {
    // when / then
    assertThat(EditingSoftware.SONY_VEGAS.id()).isEqualTo("sony-vegas");
    assertThat(EditingSoftware.SONY_VEGAS.name()).isEqualTo("Sony Vegas");
    assertThat(EditingSoftware.SONY_VEGAS.isWellKnown()).isTrue();
  }

  @Test
  void unknown_software_is_kept_as_given_and_not_well_known() {
    // when
    EditingSoftware kdenlive = EditingSoftware.parse("Kdenlive");

    // then
    assertThat(kdenlive.id()).isEqualTo("kdenlive");
    assertThat(kdenlive).hasToString("Kdenlive");
    assertThat(kdenlive.isWellKnown()).isFalse();
  }

  @Test
  void software_is_equal_by_id_not_by_name() {
    // when / then
    assertThat(EditingSoftware.parse("Shot Cut")).isEqualTo(EditingSoftware.parse("shot-cut"));
  }

  @Test
  void terms_of_different_vocabularies_with_the_same_id_are_not_equal() {
    // when / then
    assertThat((Object) EditingSoftware.parse("Rock")).isNotEqualTo(Genre.ROCK);
  }

  @Test
  void blank_software_is_rejected() {
    // when / then
    assertThatIllegalArgumentException().isThrownBy(() -> EditingSoftware.parse("\t"))
        .withMessage("editing software is blank");
  }
}
