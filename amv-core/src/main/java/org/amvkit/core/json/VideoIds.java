/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import org.amvkit.core.Problems;

/**
 * The ids of a catalogue's videos read so far, to find one given twice: fingerprints in a
 * {@link RepeatedIds}, numbered as the videos are, a match confirmed by reading the earlier
 * video's id again where the input can be read again. {@link VideoReader} asks it as each video
 * ends; {@link SplitReading}, whose videos are parsed on several threads, asks it in document
 * order. Not thread-safe.
 */
final class VideoIds {

  private final RepeatedIds ids;
  private final IntFunction<String> idAgain;

  /**
   * @param ids  the fingerprints of the ids read so far
   * @param idAgain  gives the id of the video at an index by reading the input again; null if it
   *     cannot be read again (a stream), and then a fingerprint match is taken as a repeat
   */
  VideoIds(RepeatedIds ids, IntFunction<String> idAgain) {
    this.ids = ids;
    this.idAgain = idAgain;
  }

  /**
   * Remembers the next video's id, and returns the number of the earlier video that has it, or
   * -1.
   */
  int earlierWith(String id) {
    return idAgain == null ? ids.add(id) : ids.add(id, new SameIdAgain(id, idAgain));
  }

  /** The problem of a video whose id an earlier one has. */
  static String alreadyTheIdOf(String id, int earlier) {
    return Problems.quote(id) + " is already the id of videos[" + earlier + "]";
  }

  /**
   * Confirms a fingerprint match by reading the earlier video's id again. A record rather than a
   * lambda: one is made for every video, and a capturing lambda that the compiler does not inline
   * into its caller is made through a method handle, which costs as much as the lookup itself.
   */
  private record SameIdAgain(String id, IntFunction<String> idAgain) implements IntPredicate {
    @Override
    public boolean test(int number) {
      String again = idAgain.apply(number);
      return again == null || again.equals(id);
    }
  }
}
