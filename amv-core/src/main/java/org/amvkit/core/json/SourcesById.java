/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

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
  private final int mask;

  /** @param sources  the catalogue's sources, unique by id */
  SourcesById(Collection<Source> sources) {
    int capacity = Integer.highestOneBit(Math.max(1, sources.size()) * 2 - 1) << 1;
    this.table = new Source[capacity];
    this.mask = capacity - 1;
    for (Source source : sources) {
      int slot = spread(source.id().hashCode()) & mask;
      while (table[slot] != null) {
        slot = (slot + 1) & mask;
      }
      table[slot] = source;
    }
  }

  /** The source whose id is these characters, or null if there is none. */
  Source get(char[] chars, int offset, int length) {
    int hash = 0;
    for (int i = offset; i < offset + length; i++) {
      hash = 31 * hash + chars[i];
    }
    for (int slot = spread(hash) & mask; table[slot] != null; slot = (slot + 1) & mask) {
      if (hasId(table[slot], chars, offset, length)) {
        return table[slot];
      }
    }
    return null;
  }

  private static boolean hasId(Source source, char[] chars, int offset, int length) {
    String id = source.id();
    if (id.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (id.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }
}
