/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.analytics;

import java.io.InvalidObjectException;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.amvkit.core.EditingSoftware;
import org.amvkit.core.Genre;
import org.amvkit.core.Occasion;
import org.amvkit.core.Term;

/**
 * The serialized form of {@link Analytics}: a serialization proxy, as {@code java.time} uses one.
 *
 * <p>Why a proxy: analytics computed on the workers of a cluster (Spark, for one) travel to the
 * driver to be merged, and Java serialization is what such frameworks use by default. Writing the
 * counts as plain strings and numbers, instead of the analytics' own fields, keeps the form
 * independent of how {@code Analytics} stores them, and rebuilding through the one constructor
 * keeps its invariants (sorted, unmodifiable maps): a stream cannot make an {@code Analytics} the
 * code could not. Terms travel by name, which {@code parse} turns back into an equal term with the
 * same name.
 */
final class AnalyticsForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** @serial the number of videos. */
  private final long videos;
  /** @serial the number of collaborations. */
  private final long collaborations;
  /** @serial videos per category id. */
  private final HashMap<String, Long> categories;
  /** @serial the title of each source id. */
  private final HashMap<String, String> titles;
  /** @serial videos per source id. */
  private final HashMap<String, Long> uses;
  /** @serial collaborations per pair of countries. */
  private final HashMap<String, Long> countryPairs;
  /** @serial the names of the creators of each country. */
  private final HashMap<String, HashSet<String>> creators;
  /** @serial videos per occasion of dedication. */
  private final EnumMap<Occasion, Long> dedications;
  /** @serial videos per editing program, by name. */
  private final HashMap<String, Long> software;
  /** @serial videos per music genre, by name. */
  private final HashMap<String, Long> genres;
  /** @serial videos per fact not recorded. */
  private final HashMap<String, Long> notRecorded;

  AnalyticsForm(Analytics analytics) {
    videos = analytics.videos();
    collaborations = analytics.collaborations();
    categories = new HashMap<>(analytics.categories());
    titles = new HashMap<>();
    uses = new HashMap<>();
    for (SourceUse use : analytics.sources()) {
      titles.put(use.id(), use.title());
      uses.put(use.id(), use.videos());
    }
    countryPairs = new HashMap<>(analytics.countryPairs());
    creators = new HashMap<>();
    analytics.creatorsByCountry().forEach((country, names) ->
        creators.put(country, new HashSet<>(names)));
    dedications = new EnumMap<>(Occasion.class);
    dedications.putAll(analytics.dedications());
    software = byName(analytics.software());
    genres = byName(analytics.genres());
    notRecorded = new HashMap<>(analytics.notRecorded());
  }

  private static HashMap<String, Long> byName(Map<? extends Term, Long> counts) {
    HashMap<String, Long> named = new HashMap<>();
    counts.forEach((term, count) -> named.put(term.name(), count));
    return named;
  }

  private static <T extends Term> Map<T, Long> parsed(Map<String, Long> counts,
      Function<String, T> parse) {
    Map<T, Long> terms = new HashMap<>();
    counts.forEach((name, count) -> terms.put(parse.apply(name), count));
    return terms;
  }

  /** Rebuilds the analytics, through its constructor. */
  private Object readResolve() throws InvalidObjectException {
    try {
      return new Analytics(videos, collaborations, categories, titles, uses, countryPairs,
          creators, dedications, parsed(software, EditingSoftware::parse),
          parsed(genres, Genre::parse), notRecorded);
    } catch (RuntimeException e) {
      InvalidObjectException invalid = new InvalidObjectException("not the form of analytics: " + e);
      invalid.initCause(e);
      throw invalid;
    }
  }
}
