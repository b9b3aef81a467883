/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.analytics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import org.amvkit.core.Video;

/**
 * Keeps the most original of the videos offered to it, by {@link Analytics#originality}: the
 * second pass over a catalogue whose analytics made it. It keeps {@code limit} videos at a time,
 * so memory does not grow with the number of videos offered, and it answers what
 * {@link Analytics#mostOriginal} answers for the same videos, in any order.
 *
 * <p>A video that cannot enter the ranking costs a few floating-point divisions: its originality
 * is first estimated in {@code double} arithmetic, whose error is many orders of magnitude below
 * the margin used, and only a video whose estimate comes near the least original one kept is
 * scored exactly. So the ranking is exactly the one exact scores give.
 *
 * <p>A ranking is mutable and not thread-safe.
 */
public final class OriginalityRanking {

  /** Relative margin under the least kept score within which a video is scored exactly. */
  private static final double MARGIN = 1e-9;
  private static final Comparator<OriginalVideo> BEST =
      Comparator.comparingDouble(OriginalVideo::originality).reversed()
          .thenComparing(OriginalVideo::id);

  private final Analytics analytics;
  private final int limit;
  private final PriorityQueue<OriginalVideo> kept = new PriorityQueue<>(BEST.reversed());

  OriginalityRanking(Analytics analytics, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit " + limit + " is negative");
    }
    this.analytics = analytics;
    this.limit = limit;
  }

  /**
   * Offers a video.
   *
   * @param video  the video, not null
   * @return this ranking, not null
   */
  public OriginalityRanking offer(Video video) {
    Objects.requireNonNull(video, "video");
    if (limit > 0) {
      offer(video.id(), video.title(), Analytics.ids(video.usedSources()));
    }
    return this;
  }

  /**
   * Offers a video by what its originality depends on: for a caller that keeps no {@link Video}
   * (such as one that reads back what it noted of each video on a first pass).
   *
   * @param id  the video's id, not null
   * @param title  the video's title, not null
   * @param sourceIds  the ids of the distinct sources the video uses, not null
   * @return this ranking, not null
   */
  public OriginalityRanking offer(String id, String title, Collection<String> sourceIds) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(sourceIds, "sourceIds");
    if (limit == 0) {
      return this;
    }
    if (kept.size() == limit
        && analytics.estimatedOriginality(sourceIds) < kept.peek().originality() * (1 - MARGIN)) {
      return this;   // scored exactly, it would be below the least kept: it cannot enter
    }
    OriginalVideo scored = new OriginalVideo(id, title, analytics.originality(sourceIds));
    if (kept.size() < limit) {
      kept.add(scored);
    } else if (BEST.compare(scored, kept.peek()) < 0) {
      kept.poll();
      kept.add(scored);
    }
    return this;
  }

  /**
   * Returns the videos kept.
   *
   * @return at most {@code limit} videos, most original first, ties by id, not null
   */
  public List<OriginalVideo> result() {
    List<OriginalVideo> ranking = new ArrayList<>(kept);
    ranking.sort(BEST);
    return List.copyOf(ranking);
  }
}
