/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.amvkit.core.Source;
import org.amvkit.core.Video;
import org.amvkit.rules.Evidence;
import org.amvkit.rules.Outcome;
import org.amvkit.rules.Rule;
import org.amvkit.rules.spi.Parameter;
import org.amvkit.rules.spi.ParameterException;
import org.amvkit.rules.spi.ParameterType;
import org.amvkit.rules.spi.RuleProvider;
import org.amvkit.rules.spi.RuleType;

/**
 * The rule {@value #ID}: does a video use a source that few videos of a catalogue use? "Everyone
 * seems to be using the same movies", says the source text; "original movies that are not common
 * seen in AMV's are rare to find". A contest or an archive may want to find or reward those.
 *
 * <pre>{@code
 * Analytics analytics = Analytics.of(catalogue.videos());             // first pass: popularity
 * Rule rare = RareSourceRule.of(analytics, 2);                        // used by at most 2 videos
 * rare.evaluate(video).explain();   // "uses rarely used sources: The Secret of NIMH (1 video)"
 * }</pre>
 *
 * <p><b>Threshold.</b> The parameter {@value #THRESHOLD} is a whole number of videos, not a share:
 * a source is rare when at most {@code threshold} videos of the analysed catalogue use it (the
 * video judged included, when it is part of that catalogue). With {@code threshold = 1}, a rare
 * source is one no other video uses; with {@code threshold = 0}, one no video of the catalogue uses
 * at all, as when checking new contest entries against an archive. A count is what people say
 * ("nobody else used that film") and reads the same whatever the size of the catalogue.
 *
 * <p><b>Outcome.</b> {@code PASS} when at least one source the video uses is rare; otherwise
 * {@code UNKNOWN} when the popularity of one of its sources is not known (the analytics saw no
 * video use it and were not told of it through {@link AnalyticsCollector#addSources}), or when the
 * video names no source; otherwise {@code FAIL}, with the least used source as evidence.
 *
 * <p><b>Registering it.</b> The rule needs data, the popularity of the sources across a whole
 * catalogue, so it cannot be a plain built-in made from parameters alone, nor a plug-in the
 * service loader instantiates with no arguments. A host gathers the {@link Analytics} first and
 * registers the rule type with them, then reads profiles that name the rule as usual:
 *
 * <pre>{@code
 * Analytics analytics = ...;   // first pass over the catalogue
 * RuleRegistry registry = RuleRegistry.of(RareSourceRule.provider(analytics));
 * Rule rule = registry.create("uses-rare-source", Map.of("threshold", 1));
 * Profile contest = ProfileReader.with(registry).read(Path.of("contest.json"));
 * }</pre>
 *
 * <p>The registry uses one provider per class, so register one analytics per registry. Rules
 * made this way are immutable and thread-safe, like the analytics they read.
 */
public final class RareSourceRule implements Rule {

  /** The rule's id. */
  public static final String ID = "uses-rare-source";
  /** The parameter: the most videos a source may be used by and still be rare. */
  public static final String THRESHOLD = "threshold";

  private static final String DESCRIPTION =
      "uses a source that at most a given number of videos of the catalogue use";

  private final Analytics analytics;
  private final long threshold;

  private RareSourceRule(Analytics analytics, long threshold) {
    this.analytics = analytics;
    this.threshold = threshold;
  }

  /**
   * Makes the rule for the popularity of one catalogue.
   *
   * @param analytics  the analytics of the catalogue, not null
   * @param threshold  the most videos a source may be used by and still be rare, not negative
   * @return the rule, with id {@value #ID}, not null
   * @throws ParameterException if the threshold is negative:
   *     {@code threshold: -1 is negative; write 0 or more videos}
   */
  public static RareSourceRule of(Analytics analytics, long threshold) {
    Objects.requireNonNull(analytics, "analytics");
    if (threshold < 0) {
      throw new ParameterException(THRESHOLD,
          threshold + " is negative; write 0 or more videos");
    }
    return new RareSourceRule(analytics, threshold);
  }

  /**
   * Returns the rule type {@value #ID} for the popularity of one catalogue, taking the required
   * integer parameter {@value #THRESHOLD}.
   *
   * @param analytics  the analytics of the catalogue, not null
   * @return the rule type, not null
   */
  public static RuleType type(Analytics analytics) {
    Objects.requireNonNull(analytics, "analytics");
    return RuleType.of(ID, DESCRIPTION,
        List.of(Parameter.required(THRESHOLD, ParameterType.INTEGER,
            "the most videos of the catalogue that may use a source for it to count as rare")),
        parameters -> of(analytics, parameters.integer(THRESHOLD)));
  }

  /**
   * Returns a provider that registers {@link #type(Analytics)}, for
   * {@link org.amvkit.rules.registry.RuleRegistry#of(RuleProvider...)}.
   *
   * @param analytics  the analytics of the catalogue, not null
   * @return the provider, not null
   */
  public static RuleProvider provider(Analytics analytics) {
    RuleType type = type(analytics);
    return new Provider(type);
  }

  /** The provider of {@link #provider(Analytics)}: one rule type, no profiles. */
  private static final class Provider implements RuleProvider {
    private final RuleType type;

    Provider(RuleType type) {
      this.type = type;
    }

    @Override
    public List<RuleType> ruleTypes() {
      return List.of(type);
    }
  }

  /**
   * Returns the threshold.
   *
   * @return the most videos a source may be used by and still be rare, not negative
   */
  public long threshold() {
    return threshold;
  }

  /**
   * Returns {@value #ID}.
   *
   * @return the id, not null
   */
  @Override
  public String id() {
    return ID;
  }

  /**
   * Returns what the rule asks, with its threshold.
   *
   * @return the description, such as
   *     {@code "uses a source that at most 2 videos of the catalogue use"}, not null
   */
  @Override
  public String description() {
    return "uses a source that at most " + threshold + " video" + (threshold == 1 ? "" : "s")
        + " of the catalogue use";
  }

  /**
   * Judges a video against the popularity of the catalogue's sources.
   *
   * @param video  the video, not null
   * @return PASS with the rare sources, FAIL with the least used source, or UNKNOWN naming what
   *     is not known, not null
   */
  @Override
  public Outcome evaluate(Video video) {
    if (video.usedSources().isEmpty()) {
      return Outcome.unknown("no source is named, so its popularity is not known");
    }
    List<String> rare = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    Source leastUsed = null;
    long least = Long.MAX_VALUE;
    for (Source source : video.usedSources()) {
      OptionalLong popularity = analytics.popularity(source.id());
      if (popularity.isEmpty()) {
        unknown.add(source.title());
      } else {
        long count = popularity.getAsLong();
        if (count <= threshold) {
          rare.add(source.title() + " (" + videos(count) + ")");
        }
        if (count < least) {
          least = count;
          leastUsed = source;
        }
      }
    }
    if (!rare.isEmpty()) {
      return Outcome.pass(Evidence.of("uses rarely used sources: {sources}", "sources", rare));
    }
    if (!unknown.isEmpty()) {
      return Outcome.unknown(() -> Evidence.of(
          "the popularity of {sources} is not known", "sources", unknown));
    }
    String source = leastUsed.title();
    long count = least;
    return Outcome.fail(() -> Evidence.of(
        "its least used source, {source}, is used by {count}, more than {threshold}",
        "source", source, "count", videos(count), "threshold", threshold));
  }

  private static String videos(long count) {
    return count + (count == 1 ? " video" : " videos");
  }

  @Override
  public String toString() {
    return ID + "(" + THRESHOLD + " " + threshold + ")";
  }
}
