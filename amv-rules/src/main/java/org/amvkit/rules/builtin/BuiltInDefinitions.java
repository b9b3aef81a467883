/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.builtin;

import static org.amvkit.rules.builtin.BuiltInRules.animatedFootageOnly;
import static org.amvkit.rules.builtin.BuiltInRules.animeFootageOnly;
import static org.amvkit.rules.builtin.BuiltInRules.featuresAnimals;
import static org.amvkit.rules.builtin.BuiltInRules.hasMusic;
import static org.amvkit.rules.builtin.BuiltInRules.hasSource;
import static org.amvkit.rules.builtin.BuiltInRules.multipleSources;
import static org.amvkit.rules.builtin.BuiltInRules.singleSource;

import java.util.List;
import org.amvkit.rules.Definition;

/**
 * The built-in definitions, with the ids classifications report as categories.
 *
 * <pre>{@code
 * BuiltInDefinitions.singleSourceMusicVideo().labelFor(baltoVideo);   // "Balto music video"
 * BuiltInDefinitions.animash().conventions().get(0).id();            // "features-animals"
 * BuiltInDefinitions.strictAnimash().conventions();                  // []: animals are required
 * }</pre>
 *
 * <table>
 *   <caption>Built-in definitions</caption>
 *   <tr><th>id</th><th>required</th><th>convention</th><th>label</th></tr>
 *   <tr><td>{@value #SINGLE_SOURCE_MUSIC_VIDEO}</td><td>has-music, single-source</td><td></td>
 *       <td>"⟨source title⟩ music video"</td></tr>
 *   <tr><td>{@value #ANIMASH}</td><td>has-music, multiple-sources, animated-footage-only</td>
 *       <td>features-animals</td><td>"Animash"</td></tr>
 *   <tr><td>{@value #ANIME_MUSIC_VIDEO}</td><td>has-music, anime-footage-only</td><td></td>
 *       <td>"Anime music video"</td></tr>
 *   <tr><td>{@value #FAN_VID}</td><td>has-music, has-source</td><td></td><td>"Fan vid"</td></tr>
 * </table>
 */
public final class BuiltInDefinitions {

  /** Id of {@link #singleSourceMusicVideo()}. */
  public static final String SINGLE_SOURCE_MUSIC_VIDEO = "single-source-music-video";
  /** Id of {@link #animash()}. */
  public static final String ANIMASH = "animash";
  /** Id of {@link #animeMusicVideo()}. */
  public static final String ANIME_MUSIC_VIDEO = "anime-music-video";
  /** Id of {@link #fanVid()}. */
  public static final String FAN_VID = "fan-vid";

  private static final Definition SINGLE_SOURCE_MUSIC_VIDEO_DEFINITION = Definition.builder()
      .id(SINGLE_SOURCE_MUSIC_VIDEO).labelTemplate("{source} music video")
      .require(hasMusic(), singleSource())
      .build();
  private static final Definition ANIMASH_DEFINITION = Definition.builder()
      .id(ANIMASH).labelTemplate("Animash")
      .require(hasMusic(), multipleSources(), animatedFootageOnly())
      .convention(featuresAnimals())
      .build();
  private static final Definition STRICT_ANIMASH_DEFINITION = Definition.builder()
      .id(ANIMASH).labelTemplate("Animash")
      .require(hasMusic(), multipleSources(), animatedFootageOnly(), featuresAnimals())
      .build();
  private static final Definition ANIME_MUSIC_VIDEO_DEFINITION = Definition.builder()
      .id(ANIME_MUSIC_VIDEO).labelTemplate("Anime music video")
      .require(hasMusic(), animeFootageOnly())
      .build();
  private static final Definition FAN_VID_DEFINITION = Definition.builder()
      .id(FAN_VID).labelTemplate("Fan vid")
      .require(hasMusic(), hasSource())
      .build();

  private BuiltInDefinitions() {}

  /**
   * A video set to music with footage from one source only: "If only one has been used, it's a
   * '⟨name of movie⟩ music video'". Labelled with the source's title.
   *
   * @return the definition, not null
   */
  public static Definition singleSourceMusicVideo() {
    return SINGLE_SOURCE_MUSIC_VIDEO_DEFINITION;
  }

  /**
   * The All The Tropes AMV: music, more than one source, animated footage only; featuring animals
   * is a convention, since "there are several AMV's around that do not feature animals".
   *
   * @return the definition, not null
   */
  public static Definition animash() {
    return ANIMASH_DEFINITION;
  }

  /**
   * The Animash with animals required, for the strict profile.
   *
   * @return the definition, with id {@value #ANIMASH}, not null
   */
  public static Definition strictAnimash() {
    return STRICT_ANIMASH_DEFINITION;
  }

  /**
   * The real-world AMV: music and anime footage only, whatever the number of sources.
   *
   * @return the definition, not null
   */
  public static Definition animeMusicVideo() {
    return ANIME_MUSIC_VIDEO_DEFINITION;
  }

  /**
   * A fan-made music video of any media.
   *
   * @return the definition, not null
   */
  public static Definition fanVid() {
    return FAN_VID_DEFINITION;
  }

  /**
   * Returns the built-in definitions in their default form.
   *
   * @return the definitions, not null
   */
  public static List<Definition> all() {
    return List.of(SINGLE_SOURCE_MUSIC_VIDEO_DEFINITION, ANIMASH_DEFINITION,
        ANIME_MUSIC_VIDEO_DEFINITION, FAN_VID_DEFINITION);
  }
}
