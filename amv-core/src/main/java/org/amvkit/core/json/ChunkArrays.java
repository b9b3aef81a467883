/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import java.util.ArrayDeque;

/**
 * The arrays a {@link VideoSplitter} reads its chunks into, used again once every slice cut from
 * one was handed on: a few arrays serve a whole file, rather than a new one for each chunk (a
 * gigabyte of arrays to clear and collect for a large catalogue). Used on one thread, the one
 * that cuts and hands on.
 *
 * <p>An array is retired when the splitter moves on to the next, with the index of the last slice
 * cut from it; it is free once the slice of that index was handed on. At most
 * {@value #MAX_RETIRED} arrays are kept: a caller far behind the cutting (or one that never says
 * what it handed on) gets new arrays, and the old ones are left to the collector.
 */
final class ChunkArrays {

  /** The most arrays kept for use again. */
  static final int MAX_RETIRED = 16;

  private final int size;
  /** Arrays no longer read into, each with the index of the last slice cut from it. */
  private final ArrayDeque<Retired> retired = new ArrayDeque<>();
  /** Arrays whose slices were all handed on. */
  private final ArrayDeque<byte[]> free = new ArrayDeque<>();

  /** @param size  the length of every array */
  ChunkArrays(int size) {
    this.size = size;
  }

  /** An array of the chunk size: a free one, or a new one. */
  byte[] take() {
    return free.isEmpty() ? new byte[size] : free.removeFirst();
  }

  /**
   * Retires an array the splitter no longer reads into (one of another size is left alone).
   *
   * @param lastSlice  the index of the last slice cut from it, -1 if none
   */
  void retire(byte[] array, int lastSlice) {
    if (array.length != size) {
      return;
    }
    retired.addLast(new Retired(array, lastSlice));
    if (retired.size() > MAX_RETIRED) {
      retired.removeFirst();   // never told of its slices: left to the collector, not reused
    }
  }

  /** Says that the slices up to {@code index} were handed on: their arrays are free. */
  void handedOn(int index) {
    while (!retired.isEmpty() && retired.peekFirst().lastSlice() <= index) {
      free.addLast(retired.removeFirst().array());
    }
  }

  private record Retired(byte[] array, int lastSlice) {
  }
}
