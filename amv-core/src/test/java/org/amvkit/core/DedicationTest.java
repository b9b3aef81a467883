/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** Videos made as birthday presents are quite common; a dedication says for whom and why. */
class DedicationTest {

  @Test
  void birthday_dedication_is_for_its_recipient_on_their_birthday() {
    // when
    Dedication gift = Dedication.birthday("FoxFan");

    // then
    assertThat(gift.occasion()).isEqualTo(Occasion.BIRTHDAY);
    assertThat(gift.recipient()).isEqualTo("FoxFan");
    assertThat(gift).isEqualTo(Dedication.of(Occasion.BIRTHDAY, "FoxFan"));
  }

  @Test
  void dedication_to_a_blank_recipient_is_rejected() {
    // when
    InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class,
        () -> Dedication.of(Occasion.MEMORIAL, " "));

    // then
    assertThat(thrown).hasMessage("dedication: recipient is blank");
    assertThat(thrown.problems())
        .containsExactly(Problem.of("recipient", "dedication: recipient is blank"));
  }
}
