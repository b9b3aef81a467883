/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.IntPredicate;
import java.util.function.ToLongFunction;

/**
 * Finds an id given twice in a stream of ids, in about 16 bytes an id, without keeping the ids:
 * {@link CatalogueReader} uses one to refuse a catalogue in which two videos share an id while
 * still handing out its videos one by one; other readers of videos can do the same.
 *
 * <pre>{@code
 * RepeatedIds ids = RepeatedIds.create();
 * ids.add("v-1");   // -1: new
 * ids.add("v-2");   // -1: new
 * ids.add("v-1");   // 0: the id added first
 * }</pre>
 *
 * <p>The ids are numbered as they are added, from zero; {@link #add} answers the number of the
 * earlier id that the new one repeats. Not thread-safe.
 */
public final class RepeatedIds {

  /*
   * How it works, and why so.
   *
   * What is kept. Each id is reduced to a 64-bit fingerprint, SipHash-2-4 of its UTF-16LE bytes
   * under a 128-bit key drawn from SecureRandom for each instance. The fingerprints are kept in
   * the order the ids came, in chunks of 4,096 longs (`fingerprints`), so an id's number is where
   * its fingerprint is and needs no room of its own, and growing never copies them. An open-
   * addressing table of ints (`slots`, linear probing, a power of two, at most 3/4 full) holds
   * number + 1 of each id (0: empty) at the slot chosen by its fingerprint's top bits. The
   * number needs only as many bits as the slot's index (the table is never full); the bits of
   * the int above it hold a tag, the fingerprint's next bits (10 bits at 2^22 slots, 2 at 2^30),
   * so that probing past another id's slot rarely has to fetch its fingerprint from memory: an
   * add costs about one cache miss, not one a slot probed. That is 8 bytes an id plus 4 a slot: 13.3 to 18.7 bytes an id, 16 MiB at 1,000,000 ids
   * (2^21 slots). To grow, the table is dropped first and rebuilt from the fingerprints, in
   * order, so the old and new tables are never both alive. Ids are not kept: a catalogue of a
   * million videos must be read in the 48 MiB heap the README promises for `amv stats`, and an
   * earlier design (a 64-bit fingerprint and an int position a slot, 12 bytes a slot at half
   * load, with the copies of growth) did not fit.
   *
   * What a match means. A repeated id always has the fingerprint of its first copy, so no repeat
   * is missed. A distinct id has it with probability 2^-64 for each earlier id, whatever the ids,
   * as long as the key is not known (SipHash is a pseudorandom function keyed by it; the key is
   * never shown, and a new one is drawn for each catalogue read): over n distinct ids, a false
   * match happens with probability at most n(n-1)/2^65, 2.7e-8 for 1,000,000 ids and 2.7e-6 for
   * 10,000,000. Unlike a fixed or weak hash (String.hashCode, Murmur), nobody can write ids that
   * collide on purpose. Still, a fingerprint match alone is not proof: add(id, confirm) asks its
   * caller to confirm a match against the earlier id (CatalogueReader reads that id again from a
   * catalogue file), and a match that is not confirmed is passed over, the id added as new. Only
   * add(id), for input that cannot be read again (a stream), takes a match as a repeat.
   *
   * Limits. At most 2^30 - 1 ids (about a billion), the largest table an int[] can hold at a
   * power of two; add throws IllegalStateException beyond.
   */

  private static final int CHUNK_BITS = 12;
  private static final int CHUNK = 1 << CHUNK_BITS;
  private static final int MAX_SLOTS = 1 << 30;
  /** Leaves one slot empty at the largest table, so that probing always ends. */
  static final int MAX_IDS = MAX_SLOTS - 1;
  private static final int INITIAL_SLOTS = 64;

  private final ToLongFunction<String> fingerprint;
  private long[][] fingerprints = new long[4][];
  private int[] slots = new int[INITIAL_SLOTS];
  /** The number of bits of a slot's index: a fingerprint's top bits choose its slot. */
  private int indexBits = Integer.numberOfTrailingZeros(INITIAL_SLOTS);
  private int size;

  /** Fingerprints ids with the given function: tests use it to make fingerprints collide. */
  RepeatedIds(ToLongFunction<String> fingerprint) {
    this.fingerprint = fingerprint;
  }

  /**
   * Returns an empty set of ids, with a key of its own.
   *
   * @return the set, not null
   */
  public static RepeatedIds create() {
    SecureRandom random = new SecureRandom();
    long k0 = random.nextLong();
    long k1 = random.nextLong();
    return new RepeatedIds(id -> sipHash24(k0, k1, id));
  }

  /**
   * Adds an id, unless an id added earlier has its fingerprint: then that id is taken to be the
   * same, without confirming it (see {@link #add(String, IntPredicate)}; two distinct ids among
   * {@code n} are taken for one with a probability below {@code n * n / 2^65}).
   *
   * @param id  the id, not null
   * @return the number of the earlier id it repeats, or -1 if it is new (and was added)
   * @throws IllegalStateException if 2^30 - 1 ids (1,073,741,823) were added already
   */
  public int add(String id) {
    return add(id, earlier -> true);
  }

  /**
   * Adds an id, unless an id added earlier is the same: each earlier id with its fingerprint is
   * confirmed by {@code confirm} (given its number), and the first confirmed is answered. Those
   * the caller finds to differ are passed over.
   *
   * @param id  the id, not null
   * @param confirm  tells whether the earlier id with a number is {@code id}; called only on a
   *     fingerprint match, which is rare unless the id repeats
   * @return the number of the earlier id it repeats, or -1 if it is new (and was added)
   * @throws IllegalStateException if 2^30 - 1 ids (1,073,741,823) were added already
   */
  public int add(String id, IntPredicate confirm) {
    Objects.requireNonNull(confirm, "confirm");
    long print = fingerprint.applyAsLong(Objects.requireNonNull(id, "id"));
    int mask = slots.length - 1;
    int slot = (int) (print >>> -indexBits);
    int tag = tag(print, indexBits);
    for (int entry; (entry = slots[slot]) != 0; slot = (slot + 1) & mask) {
      if (entry >>> indexBits == tag) {
        int earlier = (entry & mask) - 1;
        if (fingerprintOf(earlier) == print && confirm.test(earlier)) {
          return earlier;
        }
      }
    }
    if (size == MAX_IDS) {
      throw new IllegalStateException("more than " + MAX_IDS + " ids");
    }
    int number = size++;
    int chunk = number >>> CHUNK_BITS;
    if (chunk == fingerprints.length) {
      fingerprints = Arrays.copyOf(fingerprints, chunk * 2);
    }
    if (fingerprints[chunk] == null) {
      fingerprints[chunk] = new long[CHUNK];
    }
    fingerprints[chunk][number & (CHUNK - 1)] = print;
    slots[slot] = tag << indexBits | number + 1;
    if (size > slots.length / 4 * 3 && slots.length < MAX_SLOTS) {
      grow();
    }
    return -1;
  }

  /**
   * Returns how many ids were added.
   *
   * @return the number of distinct ids added, not negative
   */
  public int size() {
    return size;
  }

  /** How many slots the table has: tests check the growth. */
  int slots() {
    return slots.length;
  }

  /**
   * The tag of a fingerprint in a table of {@code 2^indexBits} slots: the {@code 32 - indexBits}
   * bits below those that choose the slot.
   */
  private static int tag(long print, int indexBits) {
    return (int) (print << indexBits >>> (32 + indexBits));
  }

  private long fingerprintOf(int number) {
    return fingerprints[number >>> CHUNK_BITS][number & (CHUNK - 1)];
  }

  /**
   * Doubles the table, rebuilt from the fingerprints after the old table is let go (so an
   * OutOfMemoryError here leaves this set unusable, as it leaves the reader that uses it).
   */
  private void grow() {
    int length = slots.length * 2;
    slots = null;
    int[] grown = new int[length];
    int mask = length - 1;
    indexBits++;
    for (int number = 0; number < size; number++) {
      long print = fingerprintOf(number);
      int slot = (int) (print >>> -indexBits);
      while (grown[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      grown[slot] = tag(print, indexBits) << indexBits | number + 1;
    }
    slots = grown;
  }

  /**
   * SipHash-2-4 (Aumasson and Bernstein, 2012) of the UTF-16LE bytes of a string: four chars
   * make a 64-bit word, little-endian.
   */
  static long sipHash24(long k0, long k1, String text) {
    Sip sip = new Sip(k0, k1);
    int length = text.length();
    int whole = length & ~3;
    for (int i = 0; i < whole; i += 4) {
      sip.compress(text.charAt(i) | (long) text.charAt(i + 1) << 16
          | (long) text.charAt(i + 2) << 32 | (long) text.charAt(i + 3) << 48);
    }
    long last = (long) (2 * length & 0xff) << 56;
    for (int i = whole; i < length; i++) {
      last |= (long) text.charAt(i) << (16 * (i - whole));
    }
    sip.compress(last);
    return sip.finish();
  }

  /** SipHash's state; short-lived, so the JIT keeps it in registers. */
  private static final class Sip {

    private long v0;
    private long v1;
    private long v2;
    private long v3;

    Sip(long k0, long k1) {
      v0 = k0 ^ 0x736f6d6570736575L;
      v1 = k1 ^ 0x646f72616e646f6dL;
      v2 = k0 ^ 0x6c7967656e657261L;
      v3 = k1 ^ 0x7465646279746573L;
    }

    void compress(long word) {
      v3 ^= word;
      round();
      round();
      v0 ^= word;
    }

    long finish() {
      v2 ^= 0xff;
      round();
      round();
      round();
      round();
      return v0 ^ v1 ^ v2 ^ v3;
    }

    private void round() {
      v0 += v1;
      v1 = Long.rotateLeft(v1, 13);
      v1 ^= v0;
      v0 = Long.rotateLeft(v0, 32);
      v2 += v3;
      v3 = Long.rotateLeft(v3, 16);
      v3 ^= v2;
      v0 += v3;
      v3 = Long.rotateLeft(v3, 21);
      v3 ^= v0;
      v2 += v1;
      v1 = Long.rotateLeft(v1, 17);
      v1 ^= v2;
      v2 = Long.rotateLeft(v2, 32);
    }
  }
}
