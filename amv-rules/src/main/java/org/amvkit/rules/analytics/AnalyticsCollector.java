/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.analytics;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.amvkit.core.Creator;
import org.amvkit.core.EditingSoftware;
import org.amvkit.core.Genre;
import org.amvkit.core.Music;
import org.amvkit.core.Occasion;
import org.amvkit.core.Source;
import org.amvkit.core.Video;
import org.amvkit.rules.Classification;
import org.amvkit.rules.Classifier;

/**
 * Gathers {@link Analytics} from videos handed to it one by one, in one streaming pass.
 *
 * <pre>{@code
 * AnalyticsCollector collector = AnalyticsCollector.classifying(classifier);
 * try (CatalogueReader reader = CatalogueReader.open(file)) {
 *   collector.addSources(reader.sources());    // so that unused sources are listed too
 *   reader.forEachRemaining(collector::add);
 * }
 * Analytics analytics = collector.result();
 * }</pre>
 *
 * <p>A collector keeps counts, not videos: its memory grows with the number of distinct sources,
 * categories, country pairs, occasions, editing programs, genres and creators (the creators are
 * kept by name, per country, to count each person once), never with the number of videos.
 *
 * <p>A collector is mutable and not thread-safe. To use several threads, give each its own
 * collector (or use {@link Analytics#collector()} with a parallel stream) and combine the results
 * with {@link #add(Analytics)} or {@link Analytics#merge(Analytics)}.
 */
public final class AnalyticsCollector {

  private final Classifier classifier;
  private long videos;
  private long collaborations;
  private final Map<String, long[]> categories = new HashMap<>();
  private final Map<String, String> titles = new HashMap<>();
  private final Map<String, long[]> uses = new HashMap<>();
  private final Map<String, long[]> countryPairs = new HashMap<>();
  private final Map<String, Set<String>> creators = new HashMap<>();
  private final Map<Occasion, long[]> dedications = new EnumMap<>(Occasion.class);
  private final Map<EditingSoftware, long[]> software = new HashMap<>();
  private final Map<Genre, long[]> genres = new HashMap<>();
  /** Videos by fact not recorded: duration, music, sources, medium. */
  private final Map<String, long[]> notRecorded = new HashMap<>();

  private AnalyticsCollector(Classifier classifier) {
    this.classifier = classifier;
  }

  /**
   * Creates a collector that counts no categories, unless classifications are given to
   * {@link #add(Video, Classification)}.
   *
   * @return a new, empty collector, not null
   */
  public static AnalyticsCollector create() {
    return new AnalyticsCollector(null);
  }

  /**
   * Creates a collector that classifies every video given to {@link #add(Video)} and counts the
   * categories.
   *
   * @param classifier  the classifier of the profile whose categories to count, not null
   * @return a new, empty collector, not null
   */
  public static AnalyticsCollector classifying(Classifier classifier) {
    return new AnalyticsCollector(Objects.requireNonNull(classifier, "classifier"));
  }

  /**
   * Makes sources known with no use yet, as the sources of a catalogue are known before its
   * videos: they are listed in {@link Analytics#sources()} with 0 videos unless a video uses them,
   * and their popularity is known to be 0 rather than unknown. A source already known keeps its
   * title and count.
   *
   * @param sources  the sources, not null
   * @return this collector, not null
   */
  public AnalyticsCollector addSources(Collection<? extends Source> sources) {
    Objects.requireNonNull(sources, "sources");
    for (Source source : sources) {
      known(source.id(), source.title());
    }
    return this;
  }

  /**
   * Counts a video, classifying it first if this collector was made with a classifier.
   *
   * @param video  the video, not null
   * @return this collector, not null
   */
  public AnalyticsCollector add(Video video) {
    Objects.requireNonNull(video, "video");
    count(video);
    if (classifier != null) {
      increment(categories, classifier.classify(video).category(), 1);
    }
    return this;
  }

  /**
   * Counts a video and its category, for a caller that classifies the video anyway. The
   * classifier this collector was made with, if any, is not used.
   *
   * @param video  the video, not null
   * @param classification  the video's classification, not null
   * @return this collector, not null
   * @throws IllegalArgumentException if the classification is of another video; the message
   *     names both ids
   */
  public AnalyticsCollector add(Video video, Classification classification) {
    Objects.requireNonNull(video, "video");
    Objects.requireNonNull(classification, "classification");
    if (!classification.videoId().equals(video.id())) {
      throw new IllegalArgumentException("the classification of video " + classification.videoId()
          + " was given with video " + video.id());
    }
    count(video);
    increment(categories, classification.category(), 1);
    return this;
  }

  /**
   * Adds what another collector (or another chunk of the catalogue) found, as if its videos had
   * been given to this collector. Where a source id has different titles, this collector's title
   * is kept.
   *
   * @param partial  the analytics to add, not null
   * @return this collector, not null
   */
  public AnalyticsCollector add(Analytics partial) {
    Objects.requireNonNull(partial, "partial");
    videos += partial.videos();
    collaborations += partial.collaborations();
    partial.categories().forEach((category, count) -> increment(categories, category, count));
    for (SourceUse use : partial.sources()) {
      known(use.id(), use.title())[0] += use.videos();
    }
    partial.countryPairs().forEach((pair, count) -> increment(countryPairs, pair, count));
    partial.creatorsByCountry().forEach((country, names) ->
        creators.computeIfAbsent(country, key -> new HashSet<>()).addAll(names));
    partial.dedications().forEach((occasion, count) -> increment(dedications, occasion, count));
    partial.software().forEach((program, count) -> increment(software, program, count));
    partial.genres().forEach((genre, count) -> increment(genres, genre, count));
    partial.notRecorded().forEach((fact, count) -> increment(notRecorded, fact, count));
    return this;
  }

  /**
   * Returns what was gathered so far. The collector can go on gathering afterwards.
   *
   * @return the analytics, not null
   */
  public Analytics result() {
    return new Analytics(videos, collaborations, counts(categories), titles, counts(uses),
        counts(countryPairs), creators, counts(dedications), counts(software), counts(genres),
        counts(notRecorded));
  }

  private void count(Video video) {
    videos++;
    for (Source source : video.usedSources()) {
      known(source.id(), source.title())[0]++;
    }
    for (Creator creator : video.creators()) {
      creator.country().ifPresent(country ->
          creators.computeIfAbsent(country, key -> new HashSet<>()).add(creator.name()));
    }
    if (video.isCollaboration()) {
      collaborations++;
      List<String> countries = List.copyOf(new TreeSet<>(video.countries()));
      for (int i = 0; i < countries.size(); i++) {
        for (int j = i + 1; j < countries.size(); j++) {
          increment(countryPairs, countries.get(i) + "-" + countries.get(j), 1);
        }
      }
    }
    video.dedication().ifPresent(dedication -> increment(dedications, dedication.occasion(), 1));
    for (EditingSoftware program : new HashSet<>(video.software())) {
      increment(software, program, 1);
    }
    Set<Genre> videoGenres = new HashSet<>();
    for (Music music : video.music()) {
      music.genre().ifPresent(videoGenres::add);
    }
    for (Genre genre : videoGenres) {
      increment(genres, genre, 1);
    }
    countNotRecorded(video);
  }

  private void countNotRecorded(Video video) {
    if (video.duration().isEmpty()) {
      increment(notRecorded, "duration", 1);
    }
    if (!video.musicRecorded()) {
      increment(notRecorded, "music", 1);
    }
    if (!video.sourcesRecorded()) {
      increment(notRecorded, "sources", 1);
    }
    for (Source source : video.usedSources()) {
      if (source.medium().isEmpty()) {
        increment(notRecorded, "medium", 1);
        break;
      }
    }
  }

  private long[] known(String id, String title) {
    titles.putIfAbsent(id, title);
    return uses.computeIfAbsent(id, key -> new long[1]);
  }

  private static <K> void increment(Map<K, long[]> counts, K key, long by) {
    counts.computeIfAbsent(key, k -> new long[1])[0] += by;
  }

  private static <K> Map<K, Long> counts(Map<K, long[]> counters) {
    Map<K, Long> counts = new HashMap<>();
    counters.forEach((key, count) -> counts.put(key, count[0]));
    return counts;
  }
}
