/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.timeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.amvkit.core.Clip;
import org.amvkit.core.Interval;
import org.amvkit.core.Medium;
import org.amvkit.core.Source;
import org.amvkit.core.Video;

/**
 * The clips of a video laid on its running time: how much of the video has footage, how much of
 * it each medium and each source fills, and where the gaps are.
 *
 * <pre>{@code
 * Timeline timeline = Timeline.of(video);
 * timeline.coverage();                          // share of the video with any footage
 * timeline.share(EnumSet.of(Medium.ANIME));     // share of the video that is anime footage
 * timeline.gaps();                              // stretches with no clip
 * }</pre>
 *
 * <p>Overlapping clips (layers) are counted once: every measure is the length of a union of
 * intervals. So the share of one medium never exceeds the coverage, and the shares of all media add
 * up to the coverage exactly when clips of different media never overlap. Computed on demand from
 * immutable clips; safe to share between threads.
 */
public final class Timeline {

  private final Duration length;
  private final List<Clip> clips;

  private Timeline(Duration length, List<Clip> clips) {
    this.length = length;
    this.clips = clips;
  }

  /**
   * Lays a video's clips on its running time. When the video's duration is not recorded, the
   * timeline ends where its last clip ends (zero without clips): the running time is at least
   * that, so the shares of the running time are then upper bounds, and a caller that needs the
   * true running time checks {@code video.duration()} first, as the contest rules do.
   *
   * <p>A static factory here rather than a method on {@code Video}: the timeline is built on the
   * core value types, and they do not depend back on it.
   *
   * @param video  the video, not null
   * @return the timeline of the video's clips over its duration, or over its clips if the
   *     duration is not recorded, not null
   */
  public static Timeline of(Video video) {
    Objects.requireNonNull(video, "video");
    Duration length = video.duration().orElseGet(() -> endOfLastClip(video.clips()));
    return of(length, video.clips());
  }

  private static Duration endOfLastClip(List<Clip> clips) {
    Duration end = Duration.ZERO;
    for (Clip clip : clips) {
      end = clip.end().compareTo(end) > 0 ? clip.end() : end;
    }
    return end;
  }

  /**
   * Lays clips on a running time.
   *
   * @param length  the running time of the video, not null, not negative
   * @param clips  the clips, in any order, not null
   * @return the timeline, not null
   * @throws IllegalArgumentException if the length is negative or a clip ends after it; the message
   *     quotes the clip's end and the length
   */
  public static Timeline of(Duration length, Collection<Clip> clips) {
    Objects.requireNonNull(length, "length");
    if (length.isNegative()) {
      throw new IllegalArgumentException("timeline length " + length + " is negative");
    }
    List<Clip> copy = List.copyOf(clips);
    for (Clip clip : copy) {
      if (clip.end().compareTo(length) > 0) {
        throw new IllegalArgumentException(
            "clip ends at " + clip.end() + ", after the timeline's length " + length);
      }
    }
    return new Timeline(length, copy);
  }

  /**
   * Returns the running time the clips are laid on.
   *
   * @return the length, not null
   */
  public Duration length() {
    return length;
  }

  /**
   * Returns the clips, in the order given.
   *
   * @return the clips, not null
   */
  public List<Clip> clips() {
    return clips;
  }

  /**
   * Returns the time covered by at least one clip.
   *
   * @return the length of the union of all clips, not null
   */
  public Duration covered() {
    return footage(source -> true);
  }

  /**
   * Returns the share of the running time covered by at least one clip.
   *
   * @return covered time over length, not null
   */
  public Share coverage() {
    return Share.of(covered(), length);
  }

  /**
   * Returns the time filled by footage from sources that match a predicate, overlaps counted once.
   *
   * @param sources  which sources count, not null
   * @return the length of the union of their clips, not null
   */
  public Duration footage(Predicate<? super Source> sources) {
    List<Interval> intervals = new ArrayList<>(clips.size());
    for (Clip clip : clips) {
      if (sources.test(clip.source())) {
        intervals.add(clip.interval());
      }
    }
    return Interval.coveredBy(intervals);
  }

  /**
   * Returns the time filled by footage of the given media, overlaps counted once. Footage of a
   * source whose medium is not recorded counts for no medium.
   *
   * @param media  the media that count, not null
   * @return the footage time, not null
   */
  public Duration footage(Set<Medium> media) {
    return footage(source -> source.medium().filter(media::contains).isPresent());
  }

  /**
   * Returns the share of the running time filled by footage of the given media. This is what a
   * contest means by "at least 75% anime".
   *
   * @param media  the media that count, not null
   * @return footage of those media over the length, not null
   */
  public Share share(Set<Medium> media) {
    return Share.of(footage(media), length);
  }

  /**
   * Returns the share of the <em>footage</em> (the covered time, not the running time) that is of
   * the given media: black frames and title cards do not count against it.
   *
   * @param media  the media that count, not null
   * @return footage of those media over covered time; zero if nothing is covered, not null
   */
  public Share shareOfFootage(Set<Medium> media) {
    return Share.of(footage(media), covered());
  }

  /**
   * Returns the share of the running time each medium fills, for every medium that has a clip.
   * Clips of sources whose medium is not recorded are in no medium's share.
   *
   * @return the shares by medium, in {@link Medium} order, not null
   */
  public Map<Medium, Share> sharesByMedium() {
    Set<Medium> present = EnumSet.noneOf(Medium.class);
    for (Clip clip : clips) {
      clip.source().medium().ifPresent(present::add);
    }
    Map<Medium, Share> shares = new EnumMap<>(Medium.class);
    for (Medium medium : present) {
      shares.put(medium, share(EnumSet.of(medium)));
    }
    return shares;
  }

  /**
   * Returns the time each source fills, overlaps within a source counted once.
   *
   * @return footage time by source id, sorted by id, not null
   */
  public Map<String, Duration> footageBySource() {
    Map<String, List<Interval>> bySource = new TreeMap<>();
    for (Clip clip : clips) {
      bySource.computeIfAbsent(clip.source().id(), id -> new ArrayList<>()).add(clip.interval());
    }
    Map<String, Duration> footage = new TreeMap<>();
    bySource.forEach((id, intervals) -> footage.put(id, Interval.coveredBy(intervals)));
    return footage;
  }

  /**
   * Returns the stretches of the running time that no clip covers.
   *
   * @return the gaps, sorted and disjoint, not null
   */
  public List<Interval> gaps() {
    List<Interval> intervals = new ArrayList<>(clips.size());
    for (Clip clip : clips) {
      intervals.add(clip.interval());
    }
    List<Interval> gaps = new ArrayList<>();
    Duration cursor = Duration.ZERO;
    for (Interval covered : Interval.union(intervals)) {
      if (covered.start().compareTo(cursor) > 0) {
        gaps.add(Interval.of(cursor, covered.start()));
      }
      cursor = covered.end();
    }
    if (length.compareTo(cursor) > 0) {
      gaps.add(Interval.of(cursor, length));
    }
    return List.copyOf(gaps);
  }

  @Override
  public String toString() {
    return "Timeline{length=" + length + ", clips=" + clips.size() + ", coverage=" + coverage() + "}";
  }
}
