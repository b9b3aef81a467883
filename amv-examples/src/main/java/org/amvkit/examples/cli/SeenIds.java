/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import java.security.SecureRandom;

/**
 * The ids of the videos read so far, kept as fingerprints rather than as text, so that a catalogue
 * of millions of videos is checked for a repeated id while it streams: 8 bytes an id in a table
 * at most three quarters full (11 to 21 bytes an id; 16 MiB for a million).
 *
 * <p><b>The fingerprint</b> of an id is the polynomial hash of its characters (each plus one, so
 * that no coefficient is zero) modulo the Mersenne prime 2<sup>61</sup> − 1, at a base drawn at
 * random for each run. Two different ids of at most L characters give two different polynomials,
 * which agree on at most L bases: they share a fingerprint with probability at most
 * L / 2<sup>61</sup>, whatever the ids. So no catalogue can be made to collide (unlike with
 * {@code String.hashCode}, whose collisions anyone can write), and a million ids of 20 characters
 * raise a false alarm with a chance under one in 200,000. A fingerprint seen before therefore
 * means "very probably seen": the caller confirms it where it can, by reading the earlier videos
 * again, and goes on after a false alarm.
 *
 * <p><b>The table</b> is open addressing with linear probing over a power-of-two array, 0 meaning
 * an empty slot (a fingerprint of 0 is stored as 1, which costs nothing measurable in collisions);
 * the slot is chosen by the fingerprint's low bits, which are as random as the rest.
 */
final class SeenIds {

  private static final long PRIME = (1L << 61) - 1;
  private static final int FIRST_CAPACITY = 1 << 10;

  private final long base;
  private long[] table = new long[FIRST_CAPACITY];
  private int size;

  /** Ids fingerprinted at a base drawn at random. */
  SeenIds() {
    this(2 + Math.floorMod(new SecureRandom().nextLong(), PRIME - 2));
  }

  /** Ids fingerprinted at a given base: for tests, which need collisions they can predict. */
  SeenIds(long base) {
    this.base = base;
  }

  /**
   * Notes an id.
   *
   * @return false if an id of the same fingerprint was noted before: very probably this one
   */
  boolean add(String id) {
    long fingerprint = fingerprint(id);
    int mask = table.length - 1;
    for (int slot = (int) fingerprint & mask; ; slot = (slot + 1) & mask) {
      if (table[slot] == fingerprint) {
        return false;
      }
      if (table[slot] == 0) {
        table[slot] = fingerprint;
        if (++size > table.length / 4 * 3) {
          grow();
        }
        return true;
      }
    }
  }

  /**
   * The bytes of the table once {@code ids} different ids are noted: what remembering them costs.
   */
  static long tableBytes(int ids) {
    long capacity = FIRST_CAPACITY;
    while (ids > capacity / 4 * 3) {
      capacity *= 2;
    }
    return capacity * Long.BYTES;
  }

  /** How many different fingerprints were noted. */
  int size() {
    return size;
  }

  private long fingerprint(String id) {
    long hash = 0;
    for (int i = 0; i < id.length(); i++) {
      hash = times(hash, base) + id.charAt(i) + 1;
      if (hash >= PRIME) {
        hash -= PRIME;
      }
    }
    return hash == 0 ? 1 : hash;
  }

  /** a × b modulo 2^61 − 1, for a and b below it: the 122-bit product folded at bit 61. */
  private static long times(long a, long b) {
    long high = Math.multiplyHigh(a, b);
    long low = a * b;
    long folded = (low & PRIME) + ((low >>> 61) | (high << 3));   // below 2^62, at most 2 × PRIME
    if (folded >= PRIME) {
      folded -= PRIME;
    }
    return folded >= PRIME ? folded - PRIME : folded;
  }

  private void grow() {
    long[] old = table;
    table = new long[old.length * 2];
    int mask = table.length - 1;
    for (long fingerprint : old) {
      if (fingerprint != 0) {
        int slot = (int) fingerprint & mask;
        while (table[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        table[slot] = fingerprint;
      }
    }
  }
}
