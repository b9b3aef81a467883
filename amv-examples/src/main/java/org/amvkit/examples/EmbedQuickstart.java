/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Year;
import org.amvkit.core.CastMember;
import org.amvkit.core.Clip;
import org.amvkit.core.Creator;
import org.amvkit.core.Dedication;
import org.amvkit.core.EditingSoftware;
import org.amvkit.core.Form;
import org.amvkit.core.Genre;
import org.amvkit.core.Medium;
import org.amvkit.core.Music;
import org.amvkit.core.Source;
import org.amvkit.core.Video;
import org.amvkit.rules.Classification;
import org.amvkit.rules.Classifier;
import org.amvkit.rules.DefinitionResult;
import org.amvkit.rules.builtin.BuiltInProfiles;

/**
 * Builds two videos in code, classifies them under the default profile and prints why: the
 * shortest path from "I have some videos" to "I know what they are".
 */
public final class EmbedQuickstart {

  private EmbedQuickstart() {}

  /**
   * Runs the example.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    Source balto = Source.builder().id("balto").title("Balto").medium(Medium.ANIMATION)
        .form(Form.FILM).year(Year.of(1995))
        .addCast(CastMember.of("Balto", "wolfdog"), CastMember.of("Jenna", "dog"))
        .build();
    Source bolt = Source.builder().id("bolt").title("Bolt").medium(Medium.ANIMATION)
        .form(Form.FILM).year(Year.of(2008))
        .addCast(CastMember.of("Bolt", "dog"), CastMember.of("Mittens", "cat"))
        .build();

    Video runFree = Video.builder()
        .id("v-001").title("Run Free").duration(Duration.parse("PT3M41S"))
        .addCreators(Creator.of("SnowPaw", "NL"), Creator.of("FoxFan", "BR"))
        .addClips(Clip.of(balto, Duration.ZERO, Duration.ofSeconds(110)),
            Clip.of(bolt, Duration.ofSeconds(110), Duration.parse("PT3M41S")))
        .addMusic(Music.builder().title("Run").artist("Snow Patrol").genre(Genre.ROCK).build())
        .addSoftware(EditingSoftware.SONY_VEGAS)
        .dedication(Dedication.birthday("WolfdogDreams"))
        .build();
    Video baltoOnly = Video.builder()
        .id("v-002").title("Here I Am").duration(Duration.parse("PT4M44S"))
        .addCreators(Creator.of("WolfdogDreams", "GB"))
        .addSources(balto)
        .addMusic(Music.of("Here I Am", "Bryan Adams"))
        .build();

    Classifier classifier = Classifier.of(BuiltInProfiles.allTheTropes());
    for (Video video : new Video[] {runFree, baltoOnly}) {
      Classification classification = classifier.classify(video);
      out.printf("%s \"%s\" is: %s%n", video.id(), video.title(), classification.label());
      DefinitionResult why = classification.primary().orElseThrow();
      why.outcomes().forEach((rule, outcome) ->
          out.printf("  %-22s %-5s %s%n", rule, outcome.status(), outcome.explain()));
    }
  }
}
