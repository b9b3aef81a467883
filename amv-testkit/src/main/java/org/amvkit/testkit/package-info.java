/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * AssertJ assertions for classifications and outcomes, for the tests of projects that classify
 * videos with amvkit:
 * {@link org.amvkit.testkit.AmvAssertions#assertThat(org.amvkit.rules.Classification)} reads
 * like the definitions it checks ({@code isCategory("animash")},
 * {@code hasDeviation("features-animals")}, {@code hasVerdict("animash", Verdict.MET)}) and fails
 * with a message that names what was expected and what was found, such as
 * {@code Expected category <animash> but was <fan-vid>}.
 *
 * <p>This package is the module {@code amv-testkit}, apart from {@code amv-rules} so that AssertJ
 * is a dependency of users' tests only, never of the library they ship: add
 * {@code org.amvkit:amv-testkit} in test scope, and it brings {@code assertj-core} with it. It
 * depends on {@link org.amvkit.rules} and nothing depends on it.
 */
package org.amvkit.testkit;
