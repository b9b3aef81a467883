/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.analytics;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collector;
import org.amvkit.core.EditingSoftware;
import org.amvkit.core.Genre;
import org.amvkit.core.Occasion;
import org.amvkit.core.Source;
import org.amvkit.core.Term;
import org.amvkit.core.Video;
import org.amvkit.rules.Classifier;

/**
 * What a catalogue says about its community, gathered in one streaming pass: the sources everyone
 * uses, collaborations and the countries that collaborate, the creators' countries, editing
 * software, music genres, dedications (birthday presents) and categories.
 *
 * <pre>{@code
 * Analytics analytics = videos.stream().collect(Analytics.collector(classifier));
 * analytics.sources().get(0);               // SourceUse[id=balto, title=Balto, videos=8]
 * analytics.dedications(Occasion.BIRTHDAY); // 7
 * analytics.countryPairs();                 // {BR-JP=1, BR-NL=1, ...}
 * analytics.originality(video);             // 0.75: second pass, with the whole catalogue's counts
 * }</pre>
 *
 * <p><b>What is counted.</b> Every count but {@link #countries()} counts <em>videos</em>: a video
 * that uses a source (declared or through a clip) counts once for it, a video made with two
 * programs counts once for each, a video with two rock songs counts once for rock. A
 * collaboration is a video with two or more creators; it counts once for every pair of distinct
 * countries among its creators ({@code "BR-NL"}, codes in alphabetical order), so a collaboration
 * of creators from one country adds no pair. {@link #countries()} counts distinct
 * <em>creators</em> per country, people known by name: a creator who made ten videos counts once.
 * Creators whose country is unknown are not counted there.
 *
 * <p><b>Merging.</b> {@link #merge(Analytics)} combines the analytics of two chunks of a catalogue
 * into the analytics of both: it is associative and commutative, and {@link #empty()} is its
 * identity (for sources that have one title per id). So a catalogue can be split and its chunks
 * analysed in parallel, on one machine or many.
 *
 * <p>An {@code Analytics} is immutable and thread-safe. Its maps are unmodifiable and sorted: by
 * key, terms by id, occasions in declaration order.
 *
 * <p>Analytics are {@link Serializable}, so that the analytics of the chunks of a catalogue
 * computed on a cluster's workers can travel to be merged; they are written as plain counts
 * (see the serialized form).
 */
public final class Analytics implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Comparator<Term> BY_ID = Comparator.comparing(Term::id);
  private static final Comparator<SourceUse> MOST_USED =
      Comparator.comparingLong(SourceUse::videos).reversed().thenComparing(SourceUse::id);
  private static final Analytics EMPTY = AnalyticsCollector.create().result();

  // Transient: never written, the proxy (AnalyticsForm) is, as plain counts.
  private final transient long videos;
  private final transient long collaborations;
  private final transient Map<String, Long> categories;
  private final transient List<SourceUse> sources;
  private final transient Map<String, Long> popularity;
  private final transient Map<String, Long> countryPairs;
  private final transient Map<String, Set<String>> creators;
  private final transient Map<String, Integer> countries;
  private final transient Map<Occasion, Long> dedications;
  private final transient Map<EditingSoftware, Long> software;
  private final transient Map<Genre, Long> genres;
  private final transient Map<String, Long> notRecorded;

  Analytics(long videos, long collaborations, Map<String, Long> categories,
      Map<String, String> titles, Map<String, Long> uses, Map<String, Long> countryPairs,
      Map<String, ? extends Set<String>> creators, Map<Occasion, Long> dedications,
      Map<EditingSoftware, Long> software, Map<Genre, Long> genres,
      Map<String, Long> notRecorded) {
    this.videos = videos;
    this.collaborations = collaborations;
    this.categories = Collections.unmodifiableMap(new TreeMap<>(categories));
    List<SourceUse> sourceList = new ArrayList<>(uses.size());
    uses.forEach((id, count) -> sourceList.add(new SourceUse(id, titles.get(id), count)));
    sourceList.sort(MOST_USED);
    this.sources = List.copyOf(sourceList);
    this.popularity = Collections.unmodifiableMap(new TreeMap<>(uses));
    this.countryPairs = Collections.unmodifiableMap(new TreeMap<>(countryPairs));
    Map<String, Set<String>> creatorMap = new TreeMap<>();
    Map<String, Integer> countryMap = new TreeMap<>();
    creators.forEach((country, names) -> {
      creatorMap.put(country, Collections.unmodifiableSet(new TreeSet<>(names)));
      countryMap.put(country, names.size());
    });
    this.creators = Collections.unmodifiableMap(creatorMap);
    this.countries = Collections.unmodifiableMap(countryMap);
    Map<Occasion, Long> occasions = new EnumMap<>(Occasion.class);
    occasions.putAll(dedications);
    this.dedications = Collections.unmodifiableMap(occasions);
    this.software = sortedById(software);
    this.genres = sortedById(genres);
    this.notRecorded = Collections.unmodifiableMap(new TreeMap<>(notRecorded));
  }

  private static <T extends Term> Map<T, Long> sortedById(Map<T, Long> counts) {
    Map<T, Long> sorted = new TreeMap<>(BY_ID);
    sorted.putAll(counts);
    return Collections.unmodifiableMap(sorted);
  }

  /**
   * Returns the analytics of no videos at all: the identity of {@link #merge(Analytics)}.
   *
   * @return the empty analytics, not null
   */
  public static Analytics empty() {
    return EMPTY;
  }

  /**
   * Gathers the analytics of videos, without categories.
   *
   * @param videos  the videos, not null
   * @return the analytics, not null
   */
  public static Analytics of(Iterable<? extends Video> videos) {
    Objects.requireNonNull(videos, "videos");
    AnalyticsCollector collector = AnalyticsCollector.create();
    videos.forEach(collector::add);
    return collector.result();
  }

  /**
   * Gathers the analytics of videos, classifying each to count the categories.
   *
   * @param videos  the videos, not null
   * @param classifier  the classifier of the profile whose categories to count, not null
   * @return the analytics, not null
   */
  public static Analytics of(Iterable<? extends Video> videos, Classifier classifier) {
    Objects.requireNonNull(videos, "videos");
    AnalyticsCollector collector = AnalyticsCollector.classifying(classifier);
    videos.forEach(collector::add);
    return collector.result();
  }

  /**
   * Returns a collector for streams of videos, without categories. Parallel streams are fine:
   * each thread gathers its own part and the parts are merged.
   *
   * @return the collector, not null
   */
  public static Collector<Video, AnalyticsCollector, Analytics> collector() {
    return Collector.of(AnalyticsCollector::create, AnalyticsCollector::add,
        (left, right) -> left.add(right.result()), AnalyticsCollector::result,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * Returns a collector for streams of videos that classifies each to count the categories.
   * Parallel streams are fine.
   *
   * @param classifier  the classifier of the profile whose categories to count, not null
   * @return the collector, not null
   */
  public static Collector<Video, AnalyticsCollector, Analytics> collector(Classifier classifier) {
    Objects.requireNonNull(classifier, "classifier");
    return Collector.of(() -> AnalyticsCollector.classifying(classifier), AnalyticsCollector::add,
        (left, right) -> left.add(right.result()), AnalyticsCollector::result,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * Returns the number of videos counted.
   *
   * @return the number of videos, not negative
   */
  public long videos() {
    return videos;
  }

  /**
   * Returns how many videos fall in each category, as
   * {@link org.amvkit.rules.Classification#category()} gives it: the id of the first definition
   * they meet, else {@code undetermined} or {@code not-a-music-video}. Empty when the videos were
   * not classified.
   *
   * @return video counts by definition id, sorted by id, not null
   */
  public Map<String, Long> categories() {
    return categories;
  }

  /**
   * Returns every source with the number of videos that use it, most used first; sources used
   * by as many videos are ordered by id.
   *
   * @return the sources, not null
   */
  public List<SourceUse> sources() {
    return sources;
  }

  /**
   * Returns the {@code n} most used sources, as {@link #sources()} orders them.
   *
   * @param n  how many, not negative
   * @return at most {@code n} sources, not null
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public List<SourceUse> topSources(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n " + n + " is negative");
    }
    return sources.subList(0, Math.min(n, sources.size()));
  }

  /**
   * Returns how many videos use a source.
   *
   * @param sourceId  the source's id, not null
   * @return the number of videos, or empty if no video counted used the source and it was not
   *     made known by {@link AnalyticsCollector#addSources}, not null
   */
  public OptionalLong popularity(String sourceId) {
    Long count = popularity.get(Objects.requireNonNull(sourceId, "sourceId"));
    return count == null ? OptionalLong.empty() : OptionalLong.of(count);
  }

  /**
   * Returns the number of collaborations: videos with two or more creators.
   *
   * @return the number of videos, not negative
   */
  public long collaborations() {
    return collaborations;
  }

  /**
   * Returns the pairs of countries whose creators made videos together, with the number of such
   * videos. A pair is written as two ISO codes in alphabetical order joined by a hyphen,
   * {@code "BR-NL"}.
   *
   * @return video counts by pair of countries, sorted, not null
   */
  public Map<String, Long> countryPairs() {
    return countryPairs;
  }

  /**
   * Returns how many distinct creators come from each country.
   *
   * @return creator counts by ISO 3166-1 alpha-2 code, sorted by code, not null
   */
  public Map<String, Integer> countries() {
    return countries;
  }

  /**
   * Returns the creators of each country, by name.
   *
   * @return the names, sorted, by ISO 3166-1 alpha-2 code, sorted by code, not null
   */
  public Map<String, Set<String>> creatorsByCountry() {
    return creators;
  }

  /**
   * Returns how many videos are dedicated to someone, by occasion.
   *
   * @return video counts by occasion, in declaration order, only occasions that occur, not null
   */
  public Map<Occasion, Long> dedications() {
    return dedications;
  }

  /**
   * Returns how many videos are dedicated for one occasion, such as birthday presents.
   *
   * @param occasion  the occasion, not null
   * @return the number of videos, not negative
   */
  public long dedications(Occasion occasion) {
    return dedications.getOrDefault(Objects.requireNonNull(occasion, "occasion"), 0L);
  }

  /**
   * Returns how many videos were edited with each program.
   *
   * @return video counts by editing software, sorted by id, not null
   */
  public Map<EditingSoftware, Long> software() {
    return software;
  }

  /**
   * Returns how many videos are set to music of each genre.
   *
   * @return video counts by genre, sorted by id, not null
   */
  public Map<Genre, Long> genres() {
    return genres;
  }

  /**
   * Returns how many videos leave each fact a catalogue may lack not recorded: {@code duration},
   * {@code music}, {@code sources}, and {@code medium} (the video uses a source whose medium is
   * not recorded). A fact no video lacks is not in the map.
   *
   * @return video counts by fact not recorded, sorted by fact, not null
   */
  public Map<String, Long> notRecorded() {
    return notRecorded;
  }

  /**
   * Returns how original a video's choice of sources is, given how often this catalogue uses
   * them: the mean, over the distinct sources {@code s} the video uses, of {@code 1 / n(s)}, where
   * {@code n(s)} is the number of videos counted here that use {@code s} (taken as 1 when it is 0
   * or unknown, as for a video that is not part of the catalogue).
   *
   * <p>So a video whose every source is used by no other video scores 1; one that uses only
   * {@code balto}, used by 8 videos, scores 1/8; one that uses {@code balto} and a source used by
   * it alone scores (1/8 + 1) / 2. Using a more popular source instead of a less popular one never
   * raises the score, nor does counting more videos. A video that names no source scores 0. The
   * sum is computed exactly and rounded once, so these orderings hold to the last bit.
   *
   * @param video  the video, not null
   * @return the originality, between 0 and 1
   */
  public double originality(Video video) {
    return originality(ids(Objects.requireNonNull(video, "video").usedSources()));
  }

  /**
   * Returns the originality of a video that uses the sources with these ids, as
   * {@link #originality(Video)} defines it.
   *
   * @param sourceIds  the ids of the distinct sources the video uses, not null
   * @return the originality, between 0 and 1
   */
  public double originality(Collection<String> sourceIds) {
    if (sourceIds.isEmpty()) {
      return 0;
    }
    BigInteger numerator = BigInteger.ZERO;
    BigInteger denominator = BigInteger.ONE;
    for (String id : sourceIds) {
      BigInteger n = BigInteger.valueOf(uses(id));
      numerator = numerator.multiply(n).add(denominator);
      denominator = denominator.multiply(n);
    }
    denominator = denominator.multiply(BigInteger.valueOf(sourceIds.size()));
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL128)
        .doubleValue();
  }

  /** The originality in double arithmetic: within a few units in the last place of the exact. */
  double estimatedOriginality(Collection<String> sourceIds) {
    if (sourceIds.isEmpty()) {
      return 0;
    }
    double sum = 0;
    for (String id : sourceIds) {
      sum += 1.0 / uses(id);
    }
    return sum / sourceIds.size();
  }

  /** n(s) of the originality: the videos that use a source, taken as 1 when 0 or unknown. */
  private long uses(String sourceId) {
    return Math.max(1, popularity.getOrDefault(sourceId, 0L));
  }

  static List<String> ids(Set<Source> sources) {
    List<String> ids = new ArrayList<>(sources.size());
    for (Source source : sources) {
      ids.add(source.id());
    }
    return ids;
  }

  /**
   * Reads videos and keeps the most original, by {@link #originality(Video)}: the second pass over
   * a catalogue whose analytics this is. Only {@code limit} videos are kept at a time, so memory
   * does not grow with the number of videos read.
   *
   * @param videos  the videos, read to the end, not null
   * @param limit  how many to keep, not negative
   * @return at most {@code limit} videos, most original first, ties by id, not null
   * @throws IllegalArgumentException if {@code limit} is negative
   */
  public List<OriginalVideo> mostOriginal(Iterator<? extends Video> videos, int limit) {
    Objects.requireNonNull(videos, "videos");
    if (limit < 0) {
      throw new IllegalArgumentException("limit " + limit + " is negative");
    }
    OriginalityRanking ranking = ranking(limit);
    videos.forEachRemaining(ranking::offer);
    return ranking.result();
  }

  /**
   * Returns an empty ranking of the most original videos, by {@link #originality(Video)}, for a
   * second pass that hands the videos over one by one.
   *
   * @param limit  how many to keep, not negative
   * @return the ranking, not null
   * @throws IllegalArgumentException if {@code limit} is negative
   */
  public OriginalityRanking ranking(int limit) {
    return new OriginalityRanking(this, limit);
  }

  /**
   * Combines the analytics of two chunks of a catalogue into the analytics of both. Where a
   * source id has different titles in the two, this one's title is kept.
   *
   * @param other  the analytics of the other chunk, not null
   * @return the analytics of both, not null
   */
  public Analytics merge(Analytics other) {
    Objects.requireNonNull(other, "other");
    return AnalyticsCollector.create().add(this).add(other).result();
  }

  /**
   * Writes the analytics as a proxy of plain counts, which is read back through the constructor.
   *
   * @return the proxy, not null
   */
  private Object writeReplace() {
    return new AnalyticsForm(this);
  }

  /**
   * Refuses to read analytics as such: they are only ever read through their proxy, so a stream
   * that says otherwise is forged.
   *
   * @param in  the stream, not read
   * @throws InvalidObjectException always
   */
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("analytics are read through their serialized form");
  }

  /**
   * Tells whether another object is analytics with the same counts, titles and creators.
   *
   * @param other  the object, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Analytics)) {
      return false;
    }
    Analytics that = (Analytics) other;
    return videos == that.videos && collaborations == that.collaborations
        && categories.equals(that.categories) && sources.equals(that.sources)
        && countryPairs.equals(that.countryPairs) && creators.equals(that.creators)
        && dedications.equals(that.dedications) && software.equals(that.software)
        && genres.equals(that.genres) && notRecorded.equals(that.notRecorded);
  }

  @Override
  public int hashCode() {
    return Objects.hash(videos, collaborations, categories, sources, countryPairs, creators,
        dedications, software, genres, notRecorded);
  }

  /**
   * Returns a summary, such as
   * {@code Analytics{videos=27, sources=20, top=balto (8), collaborations=7, countries=9}}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("videos", videos);
    summary.put("sources", sources.size());
    if (!sources.isEmpty()) {
      summary.put("top", sources.get(0).id() + " (" + sources.get(0).videos() + ")");
    }
    summary.put("collaborations", collaborations);
    summary.put("countries", countries.size());
    return "Analytics" + summary;
  }
}
