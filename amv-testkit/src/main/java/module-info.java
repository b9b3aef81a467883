/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * amvkit's test kit: AssertJ assertions for classifications and rule outcomes, for the tests of
 * projects that classify videos with amvkit. Add {@code org.amvkit:amv-testkit} in test scope; it
 * brings {@code assertj-core} with it, so that {@code amv-rules} itself never depends on AssertJ.
 */
module org.amvkit.testkit {
  requires transitive org.amvkit.rules;
  requires transitive org.assertj.core;

  exports org.amvkit.testkit;
}
