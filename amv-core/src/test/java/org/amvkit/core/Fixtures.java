/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core;

import java.time.Duration;
import java.time.Year;

/** Sources and a video template shared by the example tests; the sources are from the seed text. */
public final class Fixtures {

  /** An animated film with a wolfdog hero. */
  public static final Source BALTO = Source.builder()
      .id("balto").title("Balto").medium(Medium.ANIMATION).form(Form.FILM).year(Year.of(1995))
      .addCast(CastMember.of("Balto", "wolfdog"), CastMember.of("Jenna", "dog"))
      .build();
  /** An animated film with a dog hero. */
  public static final Source BOLT = Source.builder()
      .id("bolt").title("Bolt").medium(Medium.ANIMATION).form(Form.FILM).year(Year.of(2008))
      .addCast(CastMember.of("Bolt", "dog"), CastMember.of("Mittens", "cat"))
      .build();
  /** An anime film. */
  public static final Source WOLF_CHILDREN =
      Source.of("wolf-children", "Wolf Children", Medium.ANIME);
  /** Another anime. */
  public static final Source WOLFS_RAIN = Source.of("wolfs-rain", "Wolf's Rain", Medium.ANIME);
  /** A live-action film. */
  public static final Source WHITE_FANG = Source.of("white-fang", "White Fang", Medium.LIVE_ACTION);

  private Fixtures() {}

  /**
   * Returns a duration of whole seconds.
   *
   * @param seconds  the number of seconds
   * @return the duration
   */
  public static Duration seconds(long seconds) {
    return Duration.ofSeconds(seconds);
  }

  /**
   * Returns a builder filled with a valid id, title, duration (PT3M41S) and creator, to which a
   * test adds what it is about.
   *
   * @param id  the video's id
   * @return the builder
   */
  public static Video.Builder video(String id) {
    return Video.builder()
        .id(id)
        .title("Run Free")
        .duration(Duration.parse("PT3M41S"))
        .addCreators(Creator.of("SnowPaw", "NL"));
  }
}
