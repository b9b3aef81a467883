/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.testkit;

import java.time.Duration;
import java.time.Year;
import java.util.Locale;
import org.amvkit.core.CastMember;
import org.amvkit.core.Creator;
import org.amvkit.core.Form;
import org.amvkit.core.Genre;
import org.amvkit.core.Medium;
import org.amvkit.core.Music;
import org.amvkit.core.Source;
import org.amvkit.core.Video;

/**
 * The few sources the assertion tests classify. amv-rules' own fixtures are test code of another
 * module, which a module cannot depend on without publishing a test jar; these five are all the
 * assertions need: animated films with animals, a live-action film, and anime with humans only.
 */
final class Fixtures {

  /** Balto (1995): an animated film about a wolfdog. */
  static final Source BALTO = Source.builder()
      .id("balto").title("Balto").medium(Medium.ANIMATION).form(Form.FILM).year(Year.of(1995))
      .addCast(CastMember.of("Balto", "wolfdog"), CastMember.of("Jenna", "dog"))
      .build();
  /** Bolt (2008): an animated film about a dog and a cat. */
  static final Source BOLT = Source.builder()
      .id("bolt").title("Bolt").medium(Medium.ANIMATION).form(Form.FILM).year(Year.of(2008))
      .addCast(CastMember.of("Bolt", "dog"), CastMember.of("Mittens", "cat"))
      .build();
  /** Eight Below (2006): a live-action film with sled dogs. */
  static final Source EIGHT_BELOW = Source.builder()
      .id("eight-below").title("Eight Below").medium(Medium.LIVE_ACTION).form(Form.FILM)
      .year(Year.of(2006))
      .addCast(CastMember.of("Maya", "husky"), CastMember.of("Jerry Shepard", "human"))
      .build();
  /** Akira (1988): an anime film with human characters only. */
  static final Source AKIRA = Source.builder()
      .id("akira").title("Akira").medium(Medium.ANIME).form(Form.FILM).year(Year.of(1988))
      .addCast(CastMember.of("Kaneda", "human"), CastMember.of("Tetsuo", "human"))
      .build();
  /** Neon Genesis Evangelion (1995): an anime series with human characters only. */
  static final Source EVANGELION = Source.builder()
      .id("evangelion").title("Neon Genesis Evangelion").medium(Medium.ANIME).form(Form.SERIES)
      .year(Year.of(1995))
      .addCast(CastMember.of("Shinji Ikari", "human"), CastMember.of("Asuka Langley", "human"))
      .build();

  private Fixtures() {}

  /** A three-minute video set to a pop song, declaring the given sources. */
  static Video video(String title, Source... sources) {
    return Video.builder()
        .id("v-" + title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"))
        .title(title)
        .duration(Duration.ofMinutes(3))
        .addCreators(Creator.of("SnowPaw", "NL"))
        .addSources(sources)
        .addMusic(Music.builder().title("Run").artist("Some Band").genre(Genre.POP).build())
        .build();
  }
}
