package org.amvkit.core;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The distinct sources of a video as an unmodifiable set ordered by id, kept in one array. Rules
 * read this set for every video they judge; an array walks faster than hash-set entries scattered
 * through the heap, and iterating it allocates at most a small iterator.
 */
final class SourceSet extends AbstractSet<Source> {

  private static final Comparator<Source> BY_ID = Comparator.comparing(Source::id);

  private final Source[] sources;

  private SourceSet(Source[] sources) {
    this.sources = sources;
  }

  /**
   * Returns the set of {@code sources}, sorted by id. The caller guarantees distinct ids and hands
   * the array over: it is sorted in place and kept.
   */
  static SourceSet sortedById(Source[] sources) {
    Arrays.sort(sources, BY_ID);
    return new SourceSet(sources);
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
