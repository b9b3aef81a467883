/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules;

import java.time.Duration;
import java.time.Year;
import java.util.List;
import org.amvkit.core.CastMember;
import org.amvkit.core.Clip;
import org.amvkit.core.Creator;
import org.amvkit.core.EditingSoftware;
import org.amvkit.core.Form;
import org.amvkit.core.Genre;
import org.amvkit.core.Medium;
import org.amvkit.core.Music;
import org.amvkit.core.Source;
import org.amvkit.core.Video;

/** Realistic sources and videos, named after the works the source text and its fans use. */
public final class Fixtures {

  /** Balto (1995): an animated film about a wolfdog; the source text names it. */
  public static final Source BALTO = Source.builder()
      .id("balto").title("Balto").medium(Medium.ANIMATION).form(Form.FILM).year(Year.of(1995))
      .addCast(CastMember.of("Balto", "wolfdog"), CastMember.of("Jenna", "dog"))
      .build();
  /** Bolt (2008): an animated film about a dog and a cat; the source text names it. */
  public static final Source BOLT = Source.builder()
      .id("bolt").title("Bolt").medium(Medium.ANIMATION).form(Form.FILM).year(Year.of(2008))
      .addCast(CastMember.of("Bolt", "dog"), CastMember.of("Mittens", "cat"))
      .build();
  /** The Lion King (1994): lions, first of its franchise. */
  public static final Source LION_KING = Source.builder()
      .id("the-lion-king").title("The Lion King").medium(Medium.ANIMATION).form(Form.FILM)
      .year(Year.of(1994)).franchise("The Lion King")
      .addCast(CastMember.of("Simba", "lion"), CastMember.of("Nala", "lioness"))
      .build();
  /** The Lion King II: Simba's Pride (1998): the sequel, same franchise. */
  public static final Source LION_KING_II = Source.builder()
      .id("the-lion-king-2").title("The Lion King II: Simba's Pride").medium(Medium.ANIMATION)
      .form(Form.OTHER).year(Year.of(1998)).franchise("The Lion King")
      .addCast(CastMember.of("Kiara", "lion"), CastMember.of("Kovu", "lion"))
      .build();
  /** Wolf's Rain (2003): an anime series about wolves. */
  public static final Source WOLFS_RAIN = Source.builder()
      .id("wolfs-rain").title("Wolf's Rain").medium(Medium.ANIME).form(Form.SERIES)
      .year(Year.of(2003))
      .addCast(CastMember.of("Kiba", "wolf"), CastMember.of("Tsume", "wolf"))
      .build();
  /** Neon Genesis Evangelion (1995): an anime series with human characters only. */
  public static final Source EVANGELION = Source.builder()
      .id("evangelion").title("Neon Genesis Evangelion").medium(Medium.ANIME).form(Form.SERIES)
      .year(Year.of(1995))
      .addCast(CastMember.of("Shinji Ikari", "human"), CastMember.of("Asuka Langley", "human"))
      .build();
  /** Akira (1988): an anime film with human characters only. */
  public static final Source AKIRA = Source.builder()
      .id("akira").title("Akira").medium(Medium.ANIME).form(Form.FILM).year(Year.of(1988))
      .addCast(CastMember.of("Kaneda", "human"), CastMember.of("Tetsuo", "human"))
      .build();
  /** Eight Below (2006): a live-action film with sled dogs. */
  public static final Source EIGHT_BELOW = Source.builder()
      .id("eight-below").title("Eight Below").medium(Medium.LIVE_ACTION).form(Form.FILM)
      .year(Year.of(2006))
      .addCast(CastMember.of("Maya", "husky"), CastMember.of("Jerry Shepard", "human"))
      .build();
  /** Alpha and Omega (2010): an animated film whose characters the catalogue does not list. */
  public static final Source UNLISTED = Source.builder()
      .id("alpha-and-omega").title("Alpha and Omega").medium(Medium.ANIMATION).form(Form.FILM)
      .year(Year.of(2010))
      .build();

  /** A pop song, the most common kind of music in an Animash. */
  public static final Music POP_SONG = Music.builder()
      .title("Run").artist("Some Band").genre(Genre.POP).build();

  private Fixtures() {}

  /**
   * A three-minute video by a Dutch editor, set to a pop song, declaring the given sources.
   */
  public static Video video(String title, Source... sources) {
    return builder(title).addSources(sources).addMusic(POP_SONG).build();
  }

  /** The same video with no music credited. */
  public static Video silentVideo(String title, Source... sources) {
    return builder(title).addSources(sources).build();
  }

  /** A video whose sources are given as clips of ten seconds each, one after another. */
  public static Video clipVideo(String title, Source... sources) {
    Video.Builder builder = builder(title).addMusic(POP_SONG);
    for (int i = 0; i < sources.length; i++) {
      builder.addClips(Clip.of(sources[i], Duration.ofSeconds(10L * i),
          Duration.ofSeconds(10L * (i + 1))));
    }
    return builder.build();
  }

  /** Every source of this class. */
  public static List<Source> allSources() {
    return List.of(BALTO, BOLT, LION_KING, LION_KING_II, WOLFS_RAIN, EVANGELION, AKIRA,
        EIGHT_BELOW, UNLISTED);
  }

  private static Video.Builder builder(String title) {
    return Video.builder()
        .id("v-" + title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"))
        .title(title)
        .duration(Duration.ofMinutes(3))
        .addCreators(Creator.of("SnowPaw", "NL"))
        .addSoftware(EditingSoftware.SONY_VEGAS);
  }
}
