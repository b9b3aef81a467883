/**
 * AssertJ assertions for classifications and outcomes, for the tests of projects that classify
 * videos with amvkit: {@link org.amvkit.rules.testkit.AmvAssertions#assertThat(org.amvkit.rules.Classification)}
 * reads like the definitions it checks ({@code isCategory("animash")},
 * {@code hasDeviation("features-animals")}, {@code hasVerdict("animash", Verdict.MET)}) and fails
 * with a message that names what was expected and what was found, such as
 * {@code Expected category <animash> but was <fan-vid>}. AssertJ is an optional dependency of
 * {@code amv-rules}: this package is only usable where {@code assertj-core} is on the class or
 * module path, which is the case in a test that uses it; nothing else in {@link org.amvkit.rules}
 * depends on it.
 */
package org.amvkit.rules.testkit;
