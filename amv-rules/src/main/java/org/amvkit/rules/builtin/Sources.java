/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.builtin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.amvkit.core.Source;
import org.amvkit.core.Video;
import org.amvkit.rules.Evidence;
import org.amvkit.rules.builtin.BuiltInRules.CountBy;

/**
 * What several built-in rules say about the sources a video uses: how many distinct ones there
 * are, counted by title or by franchise, and their titles for the evidence.
 */
final class Sources {

  /** The evidence of a rule that needs the sources of a video whose sources are not recorded. */
  static final String NOT_RECORDED = "the video's sources are not recorded";

  private Sources() {}

  /**
   * Counts the distinct sources, as {@code countBy} tells them apart.
   *
   * @param sources  the sources used, not null
   * @param countBy  titles or franchises, not null
   * @return how many distinct titles or franchises there are
   */
  static int count(Set<Source> sources, CountBy countBy) {
    return switch (countBy) {
      case TITLE -> sources.size();
      case FRANCHISE -> franchises(sources).size();
    };
  }

  /**
   * The evidence of the rules that count sources: how many distinct sources (or franchises) and
   * which they are, or that the sources are not recorded.
   *
   * @param video  the video, not null
   * @param countBy  titles or franchises, not null
   * @return the evidence, not null
   */
  static Evidence countEvidence(Video video, CountBy countBy) {
    if (!video.sourcesRecorded()) {
      return Evidence.of(NOT_RECORDED);
    }
    Set<Source> used = video.usedSources();
    return switch (countBy) {
      case TITLE -> countEvidence(used.size(), "source", titles(used));
      case FRANCHISE -> {
        Map<String, String> franchises = franchises(used);
        yield countEvidence(franchises.size(), "franchise", List.copyOf(franchises.values()));
      }
    };
  }

  private static Evidence countEvidence(int count, String unit, List<String> names) {
    return Evidence.of("uses {count} distinct " + unit + (count == 1 ? "" : "s") + ": {sources}",
        "count", count, "sources", names);
  }

  /**
   * The distinct franchises, each with the name to show: a source with no franchise stands for
   * itself, told apart by its id (two films may share a title) and shown by its title.
   */
  private static Map<String, String> franchises(Set<Source> sources) {
    Map<String, String> franchises = new LinkedHashMap<>();
    for (Source source : sources) {
      String key = source.franchise().map(name -> "franchise:" + name).orElse("id:" + source.id());
      franchises.putIfAbsent(key, source.franchise().orElse(source.title()));
    }
    return franchises;
  }

  /**
   * The titles of the sources, in the order of the set.
   *
   * @param sources  the sources, not null
   * @return their titles, not null
   */
  static List<String> titles(Set<Source> sources) {
    return titles(sources, source -> true);
  }

  /**
   * The titles of the sources that {@code filter} accepts, in the order of the set.
   *
   * @param sources  the sources, not null
   * @param filter  which sources to name, not null
   * @return their titles, not null
   */
  static List<String> titles(Set<Source> sources, Predicate<Source> filter) {
    List<String> titles = new ArrayList<>(sources.size());
    for (Source source : sources) {
      if (filter.test(source)) {
        titles.add(source.title());
      }
    }
    return titles;
  }
}
