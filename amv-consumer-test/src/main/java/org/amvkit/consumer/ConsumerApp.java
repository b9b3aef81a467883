/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.consumer;

import java.io.PrintStream;
import java.time.Duration;
import org.amvkit.core.CastMember;
import org.amvkit.core.Creator;
import org.amvkit.core.Medium;
import org.amvkit.core.Music;
import org.amvkit.core.Source;
import org.amvkit.core.Video;
import org.amvkit.rules.Classification;
import org.amvkit.rules.Classifier;
import org.amvkit.rules.Outcome;
import org.amvkit.rules.builtin.BuiltInProfiles;
import org.amvkit.rules.registry.RuleRegistry;

/**
 * What a host application does with amvkit: builds a video, classifies it with a built-in
 * profile, and evaluates a rule that a plug-in registered. Prints two lines, which the tests
 * compare on the class path and on the module path.
 */
public final class ConsumerApp {

  private ConsumerApp() {}

  /**
   * Prints the category of a two-source Animash and the plug-in rule's outcome for it.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Prints what {@link #main(String[])} prints.
   *
   * @param out  where to print, not null
   */
  public static void run(PrintStream out) {
    Source balto = Source.builder().id("balto").title("Balto").medium(Medium.ANIMATION)
        .addCast(CastMember.of("Balto", "wolfdog")).build();
    Source bolt = Source.builder().id("bolt").title("Bolt").medium(Medium.ANIMATION)
        .addCast(CastMember.of("Bolt", "dog")).build();
    Video video = Video.builder().id("v-1").title("Run Free").duration(Duration.ofMinutes(3))
        .addCreators(Creator.of("SnowPaw", "NL"), Creator.of("FoxFan", "BR"))
        .addSources(balto, bolt)
        .addMusic(Music.of("Run", "Snow Patrol"))
        .build();

    Classification classification = Classifier.of(BuiltInProfiles.allTheTropes()).classify(video);
    out.println(video.id() + ": " + classification.category());

    Outcome outcome = RuleRegistry.load().create(CollaborationRules.COLLABORATION).evaluate(video);
    out.println(CollaborationRules.COLLABORATION + ": " + outcome.status() + ", "
        + outcome.evidence().render());
  }
}
