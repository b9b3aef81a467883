/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import static org.amvkit.core.internal.OrderedPipeline.BATCH;
import static org.amvkit.core.internal.OrderedPipeline.BATCH_WEIGHT;

import java.util.List;

/**
 * Videos cut one after another from one array of a {@link VideoSplitter}: a stretch of the file
 * that holds nothing but them, whitespace and the commas between them, which the splitter blanks
 * in its own copy of the bytes. One parser reads such a stretch as a sequence of root values, so
 * a thread parses a run of videos with one parser rather than making one for each (a parser's
 * buffers, symbol table and contexts cost about as much as a small video's tokens).
 *
 * @param slices  the videos, in document order, at least one, all cut from one array
 */
record VideoRun(List<VideoSlice> slices) {

  /** The most videos in a run. */
  static final int MAX_VIDEOS = 64;
  /** The bytes at which a run ends, unless its first video alone has more. */
  static final int MAX_BYTES = 1 << 16;

  VideoRun {
    slices = List.copyOf(slices);
  }

  /** Tells whether a slice cut next may join a run of these slices. */
  static boolean mayJoin(List<VideoSlice> run, VideoSlice next) {
    VideoSlice first = run.get(0);
    return next.bytes() == first.bytes() && run.size() < MAX_VIDEOS
        && next.offset() + next.length() - first.offset() <= MAX_BYTES;
  }

  /** The array the videos were cut from. */
  byte[] bytes() {
    return slices.get(0).bytes();
  }

  /** Where the run starts in {@link #bytes()}: its first video's opening brace. */
  int offset() {
    return slices.get(0).offset();
  }

  /** The run's length in bytes, to its last video's closing brace. */
  int length() {
    VideoSlice last = slices.get(slices.size() - 1);
    return last.offset() + last.length() - offset();
  }

  /**
   * What the run weighs in a batch of {@link org.amvkit.core.internal.OrderedPipeline}: its bytes, but at least a batch's
   * share for each video ({@code BATCH_WEIGHT / BATCH}), so that a batch of runs holds no more
   * videos than a batch of videos would — what is in flight is their results, one per video.
   */
  long weight() {
    return Math.max(length(), (long) slices.size() * (BATCH_WEIGHT / BATCH));
  }

  /**
   * A problem found by parsing the run alone, moved to where it is in the file: lines count on
   * from the run's first, and so do columns on that first line.
   */
  CatalogueFormatException inFile(CatalogueFormatException found) {
    VideoSlice first = slices.get(0);
    int foundLine = found.line();
    return new CatalogueFormatException(found.problems(), found.omitted(),
        first.line() + foundLine - 1,
        foundLine == 1 ? first.column() + found.column() - 1 : found.column());
  }
}
