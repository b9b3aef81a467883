/**
 * JMH benchmarks of the classifier and the catalogue reader against three baselines run side by
 * side: a hand-written {@code if} chain ({@link org.amvkit.benchmarks.HandWritten}), Easy Rules
 * ({@link org.amvkit.benchmarks.EasyRulesClassifier}) and a parse-only read
 * ({@link org.amvkit.benchmarks.ParseOnly}), over catalogues made by the seeded
 * {@link org.amvkit.benchmarks.CatalogueGenerator}. Never deployed; the build compiles them and
 * checks that the baselines agree with the classifier. The module's README reports what they
 * measured.
 */
package org.amvkit.benchmarks;
