/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A piece of music a video is set to. The source text's second criterion: "a song/soundtrack in
 * the background", most commonly Pop, Rock, Techno or Soundtracks. Contest rules that ask how much
 * of a video is set to music read the optional {@link #position()}.
 *
 * <pre>{@code
 * Music run = Music.of("Run", "Some Band");
 * Music score = Music.builder().title("Main Theme").artist("James Horner")
 *     .genre(Genre.SOUNDTRACK).kind(MusicKind.SCORE)
 *     .position(Interval.of(Duration.ZERO, Duration.ofMinutes(3)))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Music {

  Music() {}

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a song of unknown genre and position.
   *
   * @param title  the title, not null, not blank
   * @param artist  the artist, not null, not blank
   * @return the music, not null
   * @throws InvalidValueException if the title or artist is blank
   */
  public static Music of(String title, String artist) {
    return builder().title(title).artist(artist).build();
  }

  /**
   * Returns the title.
   *
   * @return the title, not null, not blank
   */
  public abstract String title();

  /**
   * Returns the artist: the band, singer or composer.
   *
   * @return the artist, not null, not blank
   */
  public abstract String artist();

  /**
   * Returns the genre.
   *
   * @return the genre, or empty if unknown, not null
   */
  public abstract Optional<Genre> genre();

  /**
   * Returns whether this is a song or a score; a song unless said otherwise.
   *
   * @return the kind, not null
   */
  @Value.Default
  public MusicKind kind() {
    return MusicKind.SONG;
  }

  /**
   * Returns where the music plays in the video.
   *
   * @return the stretch of the video's timeline, or empty if unknown, not null
   */
  public abstract Optional<Interval> position();

  @Value.Check
  void check() {
    Problems.of("music").requireNonBlank("title", title()).requireNonBlank("artist", artist())
        .throwIfAny();
  }

  /** Builds a {@link Music}; obtained from {@link Music#builder()}. */
  public static final class Builder extends ImmutableMusic.Builder {
    Builder() {}
  }
}
