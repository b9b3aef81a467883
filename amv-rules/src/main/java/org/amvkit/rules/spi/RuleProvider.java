/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.spi;

import java.util.List;
import org.amvkit.rules.Profile;

/**
 * A plug-in that contributes rule types, and perhaps profiles, to a
 * {@link org.amvkit.rules.registry.RuleRegistry}.
 *
 * <pre>{@code
 * public final class CanineRules implements RuleProvider {
 *   public List<RuleType> ruleTypes() {
 *     return List.of(RuleType.of(Rule.of("features-canines", "every source has a canine", ...)));
 *   }
 * }
 * }</pre>
 *
 * <p>Providers are found with {@link java.util.ServiceLoader}. Register one twice, so that it is
 * found on the module path and on the class path: {@code provides
 * org.amvkit.rules.spi.RuleProvider with com.example.CanineRules;} in {@code module-info.java},
 * and its class name in {@code META-INF/services/org.amvkit.rules.spi.RuleProvider}. A provider
 * needs a public no-argument constructor; its lists should not change from one call to the next.
 * Its ids must not clash with another provider's: the registry refuses the clash.
 */
public interface RuleProvider {

  /**
   * Returns the rule types this provider contributes.
   *
   * @return the rule types, not null
   */
  List<RuleType> ruleTypes();

  /**
   * Returns the profiles this provider contributes. Their rules need not be registered.
   *
   * @return the profiles, none by default, not null
   */
  default List<Profile> profiles() {
    return List.of();
  }
}
