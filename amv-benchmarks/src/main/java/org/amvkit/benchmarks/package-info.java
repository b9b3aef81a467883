/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * JMH benchmarks of the classifier and the catalogue reader against baselines run side by side:
 * a hand-written {@code if} chain ({@link org.amvkit.benchmarks.HandWritten}), Easy Rules
 * ({@link org.amvkit.benchmarks.EasyRulesClassifier}), a parse-only read
 * ({@link org.amvkit.benchmarks.ParseOnly}) and, for the command line end to end, Jackson's
 * tokenizer alone ({@link org.amvkit.benchmarks.TokenPass}), over catalogues made by the seeded
 * {@link org.amvkit.benchmarks.CatalogueGenerator}. Never deployed; the build compiles them and
 * checks that the baselines agree with the classifier. The module's README reports what they
 * measured.
 */
package org.amvkit.benchmarks;
