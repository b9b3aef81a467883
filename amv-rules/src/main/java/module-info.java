/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * amvkit's rules: what a fan-made music video is, decided by explainable, pluggable rules.
 *
 * <p>Plug-ins provide {@link org.amvkit.rules.spi.RuleProvider}s, which
 * {@link org.amvkit.rules.registry.RuleRegistry} gathers with the built-ins. JSON profiles
 * ({@link org.amvkit.rules.json.ProfileReader}) need Jackson databind, an optional dependency: a
 * module that reads profiles requires {@code com.fasterxml.jackson.databind} itself, or the
 * application adds it with {@code --add-modules com.fasterxml.jackson.databind}.
 *
 * <p>AssertJ assertions on classifications and outcomes are a module of their own,
 * {@code org.amvkit.testkit} (artifact {@code amv-testkit}), which tests add in test scope: this
 * module never depends on AssertJ.
 */
module org.amvkit.rules {
  requires transitive org.amvkit.core;
  requires static org.immutables.value.annotations;
  requires static com.fasterxml.jackson.databind;

  exports org.amvkit.rules;
  exports org.amvkit.rules.builtin;
  exports org.amvkit.rules.contest;
  exports org.amvkit.rules.spi;
  exports org.amvkit.rules.registry;
  exports org.amvkit.rules.json;
  exports org.amvkit.rules.analytics;

  uses org.amvkit.rules.spi.RuleProvider;
}
