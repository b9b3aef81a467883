/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.consumer;

import java.util.List;
import org.amvkit.core.Video;
import org.amvkit.rules.Evidence;
import org.amvkit.rules.Outcome;
import org.amvkit.rules.Rule;
import org.amvkit.rules.spi.RuleProvider;
import org.amvkit.rules.spi.RuleType;

/**
 * A plug-in as users write them: one rule, registered through {@code ServiceLoader} (the module's
 * {@code provides} on the module path, {@code META-INF/services} on the class path).
 */
public final class CollaborationRules implements RuleProvider {

  /** The id of the rule this plug-in gives. */
  public static final String COLLABORATION = "collaboration";

  /** Creates the provider; {@code ServiceLoader} calls it. */
  public CollaborationRules() {}

  @Override
  public List<RuleType> ruleTypes() {
    return List.of(RuleType.of(Rule.evaluating(COLLABORATION,
        "Was the video made by more than one editor?", CollaborationRules::collaboration)));
  }

  private static Outcome collaboration(Video video) {
    int editors = video.creators().size();
    Evidence evidence = Evidence.of("made by {count} editors", "count", editors);
    return editors > 1 ? Outcome.pass(evidence) : Outcome.fail(evidence);
  }
}
