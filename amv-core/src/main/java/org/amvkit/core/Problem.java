/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core;

import org.immutables.value.Value;

/**
 * One thing wrong with a value: the field it concerns and a sentence saying what is wrong.
 *
 * <p>The field is a path relative to the value that was validated, in the form a JSON reader would
 * use: {@code "title"}, {@code "clips[2].end"} (indexes count from zero), or {@code ""} for the
 * value as a whole. The message is meant for people: it quotes the bad value and, where the value
 * sits inside a video, names the video ({@code "video v-7: clip 2 ends at PT4M10S, after the
 * video's duration PT3M41S"}); ordinals in messages count from one, as people do.
 */
@Value.Immutable
public abstract class Problem {

  Problem() {}

  /**
   * Creates a problem.
   *
   * @param field  the path of the field concerned, relative to the validated value; empty for the
   *     value as a whole, not null
   * @param message  what is wrong, in a sentence that quotes the bad value, not null
   * @return the problem, not null
   */
  public static Problem of(String field, String message) {
    return ImmutableProblem.of(field, message);
  }

  /**
   * Returns the path of the field concerned, relative to the validated value.
   *
   * @return the path, such as {@code "clips[2].end"}, or the empty string, not null
   */
  @Value.Parameter
  public abstract String field();

  /**
   * Returns what is wrong, in a sentence.
   *
   * @return the message, not null
   */
  @Value.Parameter
  public abstract String message();

  /**
   * Returns this problem with its field placed under a parent path, as when a clip's problem is
   * reported for the video that holds it.
   *
   * @param parent  the parent path, such as {@code "clips[2]"}, not null
   * @return the problem with field {@code parent.field}, not null
   */
  public Problem under(String parent) {
    if (parent.isEmpty()) {
      return this;
    }
    return of(field().isEmpty() ? parent : parent + "." + field(), message());
  }

  @Override
  public String toString() {
    return field().isEmpty() ? message() : field() + ": " + message();
  }
}
