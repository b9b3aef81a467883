/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The field names seen so far in one JSON object at a time, to find a field given twice.
 *
 * <p>Why not Jackson's own check ({@code STRICT_DUPLICATE_DETECTION}): it fills a new
 * {@code HashSet} for every object of three fields or more — for every clip, music and video of a
 * catalogue —, and that hashing took 7 to 9 % of the reader's time in a profile.
 *
 * <p>How: one instance serves every object of one kind, one after the other (each
 * {@link ObjectReader} owns one, as do the root object and the {@code flags}). It <em>learns</em>
 * the names it meets into a small table, in the order met, and gives each the bit of its index in
 * one {@code long}; an object is then the set of bits of the names seen in it, and starting the
 * next object clears that {@code long}. The table stops growing at 64 names: a name beyond them
 * goes to a hash set kept for the current object only, so an object of unknown fields of any
 * number is still checked, only more slowly. Names are first compared by identity, since Jackson
 * hands out one interned instance per name (its default {@code INTERN_FIELD_NAMES}), and then by
 * {@code equals}, so that the check never depends on that. The identity scan starts after the
 * name found last, since objects of one kind mostly list their fields in one order: then the
 * common case is one reference comparison per field.
 */
final class FieldSet {

  /** The names that get a bit: as many as the bits of a {@code long}. */
  private static final int BITS = Long.SIZE;

  /** The names learned, in the order first met; {@code names[i]} has bit {@code 1L << i}. */
  private String[] names = new String[8];
  private int size;
  /** Where the next name is looked for first: after the one found last. */
  private int hint;
  /** The bits of the learned names seen in the current object. */
  private long seen;
  /** The names seen in the current object that were not learned (the table was full), or null. */
  private Set<String> others;

  /** Starts a new object: no field seen yet. */
  void clear() {
    seen = 0;
    if (others != null) {
      others.clear();
    }
  }

  /**
   * Records a field of the current object.
   *
   * @return false if the object already has a field of that name
   */
  boolean add(String name) {
    int index = indexOf(name);
    if (index < 0) {
      if (others == null) {
        others = new HashSet<>();
      }
      return others.add(name);
    }
    long bit = 1L << index;
    if ((seen & bit) != 0) {
      return false;
    }
    seen |= bit;
    return true;
  }

  /** The index of a name in the table, learning it if there is room; -1 if there is none. */
  private int indexOf(String name) {
    int index = find(name);
    if (index < 0 && size < BITS) {
      if (size == names.length) {
        names = Arrays.copyOf(names, Math.min(BITS, size * 2));
      }
      names[size] = name;
      index = size++;
    }
    if (index >= 0) {
      hint = index + 1;
    }
    return index;
  }

  /** The index of a name learned; -1 if it was not. */
  private int find(String name) {
    for (int i = hint; i < size; i++) {
      if (names[i] == name) {
        return i;
      }
    }
    for (int i = 0; i < hint; i++) {
      if (names[i] == name) {
        return i;
      }
    }
    for (int i = 0; i < size; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
