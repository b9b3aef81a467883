/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core;

import java.time.Duration;
import java.util.List;
import org.immutables.value.Value;

/**
 * A stretch of a video's timeline filled with footage from one source. Clips may overlap: an
 * editor layers and composites them.
 *
 * <pre>{@code
 * Clip opening = Clip.of(balto, Duration.ZERO, Duration.ofMillis(4500));
 * Clip withCast = Clip.builder().from(opening).addCharacters(CastMember.of("Balto", "wolfdog")).build();
 * }</pre>
 */
@Value.Immutable
public abstract class Clip {

  Clip() {}

  /**
   * Returns a builder, for a clip that lists the characters on screen.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a clip.
   *
   * @param source  where the footage comes from, not null
   * @param start  where the clip starts in the video, not null, not negative
   * @param end  where it ends, not null, after {@code start}
   * @return the clip, not null
   * @throws InvalidValueException if {@code start} is negative or {@code end} is not after it;
   *     the message quotes both ("clip end PT5S is before start PT7S")
   */
  public static Clip of(Source source, Duration start, Duration end) {
    return builder().source(source).start(start).end(end).build();
  }

  /**
   * Returns the source the footage comes from.
   *
   * @return the source, not null
   */
  public abstract Source source();

  /**
   * Returns where the clip starts, measured from the beginning of the video.
   *
   * @return the start, not null, not negative
   */
  public abstract Duration start();

  /**
   * Returns where the clip ends, measured from the beginning of the video.
   *
   * @return the end, not null, after the start
   */
  public abstract Duration end();

  /**
   * Returns the characters on screen in this clip, as far as known.
   *
   * @return the characters, empty if not known, not null
   */
  public abstract List<CastMember> characters();

  /**
   * Returns the stretch of the video this clip fills.
   *
   * @return the interval from start to end, not null
   */
  @Value.Lazy
  public Interval interval() {
    return Interval.of(start(), end());
  }

  /**
   * Returns how long the clip lasts.
   *
   * @return {@code end - start}, not null, positive
   */
  public Duration length() {
    return end().minus(start());
  }

  @Value.Check
  void check() {
    Problems problems = Problems.of("");
    if (start().isNegative()) {
      problems.add("start", "clip start " + start() + " is negative");
    }
    if (end().compareTo(start()) < 0) {
      problems.add("end", "clip end " + end() + " is before start " + start());
    } else if (end().equals(start())) {
      problems.add("end", "clip end " + end() + " is not after start " + start());
    }
    problems.throwIfAny();
  }

  /** Builds a {@link Clip}; obtained from {@link Clip#builder()}. */
  public static final class Builder extends ImmutableClip.Builder {
    Builder() {}
  }
}
