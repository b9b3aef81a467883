/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The distinct sources of a video as an unmodifiable set ordered by id, kept in one array. Rules
 * read this set for every video they judge; an array walks faster than hash-set entries scattered
 * through the heap, and iterating it allocates at most a small iterator.
 *
 * <p>It is also built without hashing: a video names a few distinct sources (one to eight in
 * generated catalogues) over up to dozens of clips, and a reader hands every clip the catalogue's
 * one instance of its source, so comparing each clip's source with the few found so far, by
 * identity first, costs less than the hash map this replaced (which reading a catalogue paid for
 * every video, twice).
 */
final class SourceSet extends AbstractSet<Source> {

  private static final Comparator<Source> BY_ID = Comparator.comparing(Source::id);

  private final Source[] sources;
  /**
   * Whether some source given was not the first source of its id itself but another object with
   * that id (equal or not): only then can two different sources share an id.
   */
  private final boolean othersOfAnId;

  private SourceSet(Source[] sources, boolean othersOfAnId) {
    this.sources = sources;
    this.othersOfAnId = othersOfAnId;
  }

  /**
   * Returns the set of {@code sources}, sorted by id. The caller guarantees distinct ids and hands
   * the array over: it is sorted in place and kept.
   */
  static SourceSet sortedById(Source[] sources) {
    return sortedById(sources, false);
  }

  private static SourceSet sortedById(Source[] sources, boolean othersOfAnId) {
    Arrays.sort(sources, BY_ID);
    return new SourceSet(sources, othersOfAnId);
  }

  /**
   * Returns the set of the first source of each id among the declared sources and then the clips'
   * sources, sorted by id.
   */
  static SourceSet firstOfEachId(List<Source> declared, List<Clip> clips) {
    FirstOfEachId first = new FirstOfEachId(declared.size() + clips.size());
    // Two loops, not one over both lists: a branch on which list in the loop made the JIT
    // compiler recompile this when the first video that declares sources came.
    for (int i = 0; i < declared.size(); i++) {
      first.add(declared.get(i));
    }
    for (int i = 0; i < clips.size(); i++) {
      first.add(clips.get(i).source());
    }
    return first.set();
  }

  /** Collects the first source of each id, in the order given. */
  private static final class FirstOfEachId {
    private final Source[] distinct;
    private int size;
    private boolean othersOfAnId;

    FirstOfEachId(int count) {
      distinct = new Source[count];
    }

    void add(Source source) {
      int index = indexOfId(distinct, size, source);
      if (index < 0) {
        distinct[size++] = source;
      } else {
        othersOfAnId |= distinct[index] != source;
      }
    }

    SourceSet set() {
      return sortedById(size == distinct.length ? distinct : Arrays.copyOf(distinct, size),
          othersOfAnId);
    }
  }

  /**
   * Tells whether each id was given with one object only, the common case (a catalogue's videos
   * name the catalogue's sources): then no id names two different sources, and nothing needs
   * comparing.
   */
  boolean oneObjectPerId() {
    return !othersOfAnId;
  }

  /**
   * Returns the source of this set that has the id of a source given: the source itself when it is
   * in the set, the first of its id otherwise.
   *
   * @return the source of that id, or null if the set has none
   */
  Source withIdOf(Source source) {
    int index = indexOfId(sources, sources.length, source);
    return index < 0 ? null : sources[index];
  }

  /** The index of the source with a source's id among the first {@code size}; -1 if none. */
  private static int indexOfId(Source[] sources, int size, Source source) {
    for (int i = 0; i < size; i++) {
      if (sources[i] == source) {
        return i;
      }
    }
    String id = source.id();
    for (int i = 0; i < size; i++) {
      if (sources[i].id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public Iterator<Source> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < sources.length;
      }

      @Override
      public Source next() {
        if (next >= sources.length) {
          throw new NoSuchElementException();
        }
        return sources[next++];
      }
    };
  }

  @Override
  public int size() {
    return sources.length;
  }

  @Override
  public boolean contains(Object o) {
    for (Source source : sources) {
      if (source.equals(o)) {
        return true;
      }
    }
    return false;
  }
}
