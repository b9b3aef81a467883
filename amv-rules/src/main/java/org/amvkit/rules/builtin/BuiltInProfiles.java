/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.builtin;

import java.util.List;
import org.amvkit.rules.Profile;

/**
 * The built-in profiles.
 *
 * <pre>{@code
 * // neoTokyo: set to music, footage of Akira and Your Name, whose characters are all human
 * Classifier.of(BuiltInProfiles.allTheTropes()).classify(neoTokyo).category();
 * // "animash", with the deviation features-animals
 * Classifier.of(BuiltInProfiles.allTheTropesStrict()).classify(neoTokyo).category();
 * // "anime-music-video": without animals it is no Animash
 * Classifier.of(BuiltInProfiles.realWorld()).classify(neoTokyo).category();
 * // "anime-music-video"
 * }</pre>
 *
 * <ul>
 *   <li>{@value #ALL_THE_TROPES} (the default): single-source-music-video, animash,
 *       anime-music-video, fan-vid; animals are a convention of the Animash.</li>
 *   <li>{@value #ALL_THE_TROPES_STRICT}: the same, with animals required of an Animash.</li>
 *   <li>{@value #REAL_WORLD}: anime-music-video, fan-vid — an anime-only video is an AMV whatever
 *       the number of its sources.</li>
 * </ul>
 */
public final class BuiltInProfiles {

  /** Id of {@link #allTheTropes()}. */
  public static final String ALL_THE_TROPES = "all-the-tropes";
  /** Id of {@link #allTheTropesStrict()}. */
  public static final String ALL_THE_TROPES_STRICT = "all-the-tropes-strict";
  /** Id of {@link #realWorld()}. */
  public static final String REAL_WORLD = "real-world";

  private static final Profile ALL_THE_TROPES_PROFILE = Profile.builder()
      .id(ALL_THE_TROPES)
      .description("All The Tropes: an AMV (Animash) uses several animated sources, set to music,"
          + " usually with animal characters")
      .addDefinitions(BuiltInDefinitions.singleSourceMusicVideo(), BuiltInDefinitions.animash(),
          BuiltInDefinitions.animeMusicVideo(), BuiltInDefinitions.fanVid())
      .build();
  private static final Profile ALL_THE_TROPES_STRICT_PROFILE = Profile.builder()
      .id(ALL_THE_TROPES_STRICT)
      .description("All The Tropes, with animal characters required of an Animash")
      .addDefinitions(BuiltInDefinitions.singleSourceMusicVideo(),
          BuiltInDefinitions.strictAnimash(), BuiltInDefinitions.animeMusicVideo(),
          BuiltInDefinitions.fanVid())
      .build();
  private static final Profile REAL_WORLD_PROFILE = Profile.builder()
      .id(REAL_WORLD)
      .description("The real-world sense: an AMV is an anime music video")
      .addDefinitions(BuiltInDefinitions.animeMusicVideo(), BuiltInDefinitions.fanVid())
      .build();

  private BuiltInProfiles() {}

  /**
   * The default profile.
   *
   * @return the {@value #ALL_THE_TROPES} profile, not null
   */
  public static Profile allTheTropes() {
    return ALL_THE_TROPES_PROFILE;
  }

  /**
   * The strict profile.
   *
   * @return the {@value #ALL_THE_TROPES_STRICT} profile, not null
   */
  public static Profile allTheTropesStrict() {
    return ALL_THE_TROPES_STRICT_PROFILE;
  }

  /**
   * The real-world profile.
   *
   * @return the {@value #REAL_WORLD} profile, not null
   */
  public static Profile realWorld() {
    return REAL_WORLD_PROFILE;
  }

  /**
   * Returns the built-in profiles, the default first.
   *
   * @return the profiles, not null
   */
  public static List<Profile> all() {
    return List.of(ALL_THE_TROPES_PROFILE, ALL_THE_TROPES_STRICT_PROFILE, REAL_WORLD_PROFILE);
  }
}
