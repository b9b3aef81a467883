/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import java.util.List;
import org.amvkit.rules.Rule;
import org.amvkit.rules.spi.RuleProvider;
import org.amvkit.rules.spi.RuleType;

/**
 * A test plug-in of rules that break, found through META-INF/services on the test class path, so
 * that a JSON profile can name them: {@code checks-channel} throws with a message,
 * {@code dereferences-null} throws a {@link NullPointerException} without one.
 */
public final class BrokenRules implements RuleProvider {

  /** Creates the provider; the service loader needs a public no-argument constructor. */
  public BrokenRules() {}

  @Override
  public List<RuleType> ruleTypes() {
    return List.of(
        RuleType.of(Rule.evaluating("checks-channel", "asks a channel service", video -> {
          throw new IllegalStateException("channel service down");
        })),
        RuleType.of(Rule.evaluating("dereferences-null", "has a bug", video -> {
          throw new NullPointerException();
        })));
  }
}
