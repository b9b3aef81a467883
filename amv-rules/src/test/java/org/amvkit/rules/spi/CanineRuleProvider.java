/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.spi;

import java.util.List;
import org.amvkit.core.CastMember;
import org.amvkit.core.Source;
import org.amvkit.core.species.Family;
import org.amvkit.rules.Definition;
import org.amvkit.rules.Profile;
import org.amvkit.rules.Rule;
import org.amvkit.rules.builtin.BuiltInRules;

/**
 * A test-only plug-in, registered in {@code src/test/resources/META-INF/services}: a rule
 * {@value #FEATURES_CANINES} and a profile {@value #CANINE_CONTEST}.
 */
public final class CanineRuleProvider implements RuleProvider {

  static final String FEATURES_CANINES = "features-canines";
  static final String CANINE_CONTEST = "canine-contest";

  static final Rule FEATURES_CANINES_RULE = Rule.of(FEATURES_CANINES,
      "every source has a canine character",
      video -> !video.usedSources().isEmpty()
          && video.usedSources().stream().allMatch(CanineRuleProvider::hasCanine));

  private static boolean hasCanine(Source source) {
    return source.cast().stream().map(CastMember::species)
        .anyMatch(species -> species.family() == Family.CANINE);
  }

  public CanineRuleProvider() {}

  @Override
  public List<RuleType> ruleTypes() {
    return List.of(RuleType.of(FEATURES_CANINES_RULE));
  }

  @Override
  public List<Profile> profiles() {
    return List.of(Profile.of(CANINE_CONTEST, Definition.builder()
        .id("canine-amv").labelTemplate("Canine AMV")
        .require(BuiltInRules.hasMusic(), FEATURES_CANINES_RULE)
        .build()));
  }
}
