/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples;

import java.util.List;
import org.amvkit.core.CastMember;
import org.amvkit.core.Source;
import org.amvkit.core.Video;
import org.amvkit.core.species.Family;
import org.amvkit.rules.Definition;
import org.amvkit.rules.Evidence;
import org.amvkit.rules.Outcome;
import org.amvkit.rules.Profile;
import org.amvkit.rules.Rule;
import org.amvkit.rules.builtin.BuiltInProfiles;
import org.amvkit.rules.builtin.BuiltInRules;
import org.amvkit.rules.spi.RuleProvider;
import org.amvkit.rules.spi.RuleType;

/**
 * A plug-in: a rule {@value #FEATURES_CANINES} and a profile {@value #WOLFPACK} that uses it.
 * It is not registered in {@code amv.jar}, so a user's {@code amv} never has it unasked: the
 * build packs it as a plug-in jar of its own, {@code target/plugins/canine-rules.jar}, with its
 * {@code META-INF/services/org.amvkit.rules.spi.RuleProvider} (from {@code src/plugin}), so that
 * {@code amv --plugins amv-examples/target/plugins rules} lists it and {@link PlugInFolder} finds it
 * as a host app would. A plug-in on the module path would also declare {@code provides} in its
 * {@code module-info.java} (see amv-consumer-test).
 */
public final class CanineRules implements RuleProvider {

  /** Id of the rule: every source features a dog, wolf, wolfdog or fox. */
  public static final String FEATURES_CANINES = "features-canines";
  /** Id of the profile: All The Tropes, with canine Animashes told apart. */
  public static final String WOLFPACK = "wolfpack";

  static final Rule FEATURES_CANINES_RULE = Rule.evaluating(FEATURES_CANINES,
      "every source features a canine: a dog, wolf, wolfdog or fox", CanineRules::featuresCanines);

  /** Creates the provider; the service loader needs a public no-argument constructor. */
  public CanineRules() {}

  private static Outcome featuresCanines(Video video) {
    if (video.usedSources().isEmpty()) {
      return Outcome.unknown("no source is named");
    }
    for (Source source : video.usedSources()) {
      if (source.cast().isEmpty()) {
        return Outcome.unknown("no characters are listed for " + source.title());
      }
      if (source.cast().stream().map(CastMember::species)
          .noneMatch(species -> species.family() == Family.CANINE)) {
        return Outcome.fail(Evidence.of("{source} has no canine", "source", source.title()));
      }
    }
    return Outcome.pass(Evidence.of("every source has a canine"));
  }

  @Override
  public List<RuleType> ruleTypes() {
    return List.of(RuleType.of(FEATURES_CANINES_RULE));
  }

  @Override
  public List<Profile> profiles() {
    Definition canineAnimash = Definition.builder()
        .id("canine-animash").labelTemplate("Canine Animash")
        .require(BuiltInRules.hasMusic(), BuiltInRules.multipleSources(),
            BuiltInRules.animatedFootageOnly(), FEATURES_CANINES_RULE)
        .build();
    return List.of(BuiltInProfiles.allTheTropes().withId(WOLFPACK)
        .insertBefore("animash", canineAnimash));
  }
}
