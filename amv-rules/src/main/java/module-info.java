/**
 * amvkit's rules: what a fan-made music video is, decided by explainable, pluggable rules.
 */
module org.amvkit.rules {
  requires transitive org.amvkit.core;
  requires static org.immutables.value.annotations;
  requires static org.assertj.core;

  exports org.amvkit.rules;
  exports org.amvkit.rules.builtin;
  exports org.amvkit.rules.testkit;
}
