/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.importers.sources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Counts the titles resolved, by where they were found, and the titles that matched nothing, for
 * the summary of an import: which unknown titles are worth adding to a reference.
 *
 * <pre>{@code
 * TitleTally tally = new TitleTally();
 * entry.footage().stream().map(resolver::resolve).forEach(tally::add);
 * tally.count(Origin.BUNDLED);    // 2
 * tally.unresolved();             // [TitleCount[title=My Own Short, count=3], …]
 * }</pre>
 *
 * <p>Unresolved titles are counted by their {@link TitleNormalizer key}, under the spelling met
 * first. Memory grows with the number of distinct unresolved titles, not with the number of
 * videos. Not thread-safe.
 */
public final class TitleTally {

  private final Map<Origin, Long> counts = new EnumMap<>(Origin.class);
  private final Map<String, TitleCount> unresolved = new HashMap<>();

  /** Creates an empty tally. */
  public TitleTally() {}

  /**
   * Counts a resolution.
   *
   * @param resolution  the resolution, not null
   */
  public void add(Resolution resolution) {
    Objects.requireNonNull(resolution, "resolution");
    counts.merge(resolution.origin(), 1L, Long::sum);
    if (!resolution.isResolved()) {
      unresolved.merge(TitleNormalizer.normalize(resolution.title()),
          new TitleCount(resolution.title(), 1),
          (known, again) -> new TitleCount(known.title(), known.count() + 1));
    }
  }

  /**
   * Returns how many titles were counted with an origin.
   *
   * @param origin  where they were found, or {@link Origin#UNRESOLVED}, not null
   * @return the count, not negative
   */
  public long count(Origin origin) {
    return counts.getOrDefault(Objects.requireNonNull(origin, "origin"), 0L);
  }

  /**
   * Returns how many titles were resolved, wherever they were found.
   *
   * @return the count, not negative
   */
  public long resolved() {
    return count(Origin.CATALOGUE) + count(Origin.REFERENCE) + count(Origin.BUNDLED);
  }

  /**
   * Returns the titles that matched nothing, each with how often it was met.
   *
   * @return the titles, the most frequent first, then in alphabetical order, not null
   */
  public List<TitleCount> unresolved() {
    List<TitleCount> titles = new ArrayList<>(unresolved.values());
    titles.sort(Comparator.comparingLong(TitleCount::count).reversed()
        .thenComparing(TitleCount::title));
    return List.copyOf(titles);
  }

  /**
   * A title and how often it was met.
   *
   * @param title  the title, as first spelled, not null
   * @param count  how often it was met, at least one
   */
  public record TitleCount(String title, long count) {

    /**
     * Checks the parts.
     *
     * @param title  the title, not null
     * @param count  how often it was met, at least one
     * @throws IllegalArgumentException if the count is below one
     */
    public TitleCount {
      Objects.requireNonNull(title, "title");
      if (count < 1) {
        throw new IllegalArgumentException("title " + title + ": count " + count + " is below 1");
      }
    }
  }
}
