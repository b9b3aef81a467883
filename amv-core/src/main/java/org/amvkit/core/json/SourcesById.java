/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import java.util.Arrays;
import java.util.Collection;
import org.amvkit.core.Source;

/**
 * A catalogue's sources by id, found from the characters of a JSON string where the parser holds
 * them, without making a string of them.
 *
 * <p>Why: every clip of every video names its source, so a large catalogue names a source a few
 * million times; making each name a {@link String} to look it up in a map made that the reader's
 * largest allocation after the videos themselves.
 *
 * <p>How: open addressing in a power-of-two table at most half full, probed linearly. A name is
 * hashed as {@link String#hashCode()} hashes a string (the polynomial of its characters in base
 * 31, defined on characters whatever the string's coding), so the table is built from the ids' own
 * hashes and a name from the parser hashes alike; its high bits are folded into the low ones, as
 * {@code HashMap} does, before the mask. A slot is a match only if its id has the name's very
 * characters.
 */
final class SourcesById {

  private final Source[] table;
  /** The characters of each slot's id, compared with a name as arrays (a vectorized compare). */
  private final char[][] ids;
  private final int mask;

  /** @param sources  the catalogue's sources, unique by id */
  SourcesById(Collection<Source> sources) {
    int capacity = Integer.highestOneBit(Math.max(1, sources.size()) * 2 - 1) << 1;
    this.table = new Source[capacity];
    this.ids = new char[capacity][];
    this.mask = capacity - 1;
    for (Source source : sources) {
      int slot = spread(source.id().hashCode()) & mask;
      while (table[slot] != null) {
        slot = (slot + 1) & mask;
      }
      table[slot] = source;
      ids[slot] = source.id().toCharArray();
    }
  }

  /** The source whose id is these characters, or null if there is none. */
  Source get(char[] chars, int offset, int length) {
    for (int slot = spread(hash(chars, offset, length)) & mask; table[slot] != null;
        slot = (slot + 1) & mask) {
      if (Arrays.equals(ids[slot], 0, ids[slot].length, chars, offset, offset + length)) {
        return table[slot];
      }
    }
    return null;
  }

  /**
   * {@link String#hashCode()} of the characters: h = 31·h + c for each, taken four at a time as
   * h = 31⁴·h + 31³·c₀ + 31²·c₁ + 31·c₂ + c₃ (the same sum), so that each step waits for one
   * multiplication rather than four.
   */
  static int hash(char[] chars, int offset, int length) {
    int hash = 0;
    int i = offset;
    int end = offset + length;
    for (; i + 4 <= end; i += 4) {
      hash = 923_521 * hash + 29_791 * chars[i] + 961 * chars[i + 1] + 31 * chars[i + 2]
          + chars[i + 3];
    }
    for (; i < end; i++) {
      hash = 31 * hash + chars[i];
    }
    return hash;
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }
}
