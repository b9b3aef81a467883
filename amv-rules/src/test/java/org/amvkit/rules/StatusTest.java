/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatusTest {

  @Test
  void the_four_outcomes_are_pass_fail_unknown_and_error() {
    assertThat(Status.values()).containsExactly(Status.PASS, Status.FAIL, Status.UNKNOWN, Status.ERROR);
  }
}
