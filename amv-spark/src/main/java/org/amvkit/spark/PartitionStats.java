/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.spark;

import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import org.amvkit.core.json.VideoLineException;
import org.amvkit.core.json.VideoLineReader;
import org.amvkit.rules.analytics.Analytics;
import org.amvkit.rules.analytics.AnalyticsCollector;
import org.apache.spark.api.java.function.FlatMapFunction;
import scala.Tuple2;

/**
 * The analytics of one partition's lines, and what could not be read there: the count of such
 * lines and the message of the first. Partitions' stats merge as their analytics do, keeping the
 * earliest unreadable line, so that the driver can name it.
 */
final class PartitionStats implements Serializable {

  private static final long serialVersionUID = 1L;

  /** @serial the analytics of the lines read. */
  private final Analytics analytics;
  /** @serial how many lines could not be read. */
  private final long unreadable;
  /** @serial the number of the first line that could not be read, or -1. */
  private final long firstLine;
  /** @serial its message, or null. */
  private final String firstMessage;

  private PartitionStats(Analytics analytics, long unreadable, long firstLine,
      String firstMessage) {
    this.analytics = analytics;
    this.unreadable = unreadable;
    this.firstLine = firstLine;
    this.firstMessage = firstMessage;
  }

  /**
   * The stats of no lines, with the sources known: the zero of {@link #merge}, so that a
   * dataset of no partitions has the analytics of a catalogue with no videos.
   */
  static PartitionStats none(String sources) {
    return new PartitionStats(AnalyticsCollector.create()
        .addSources(VideoLineReader.of(sources).sources()).result(), 0, -1, null);
  }

  /** The function that reads and counts one partition, on a worker. */
  static FlatMapFunction<Iterator<Tuple2<String, Long>>, PartitionStats> counting(String sources,
      ProfileChoice profile) {
    return lines -> {
      VideoLineReader reader = VideoLineReader.of(sources);
      AnalyticsCollector collector = AnalyticsCollector.classifying(profile.classifier())
          .addSources(reader.sources());
      long unreadable = 0;
      long firstLine = -1;
      String firstMessage = null;
      while (lines.hasNext()) {
        Tuple2<String, Long> line = lines.next();
        if (line._1().isBlank()) {
          continue;
        }
        try {
          collector.add(reader.read(line._1(), line._2() + 1));
        } catch (VideoLineException e) {
          if (unreadable++ == 0) {
            firstLine = e.lineNumber();
            firstMessage = e.getMessage();
          }
        }
      }
      return List.of(new PartitionStats(collector.result(), unreadable, firstLine, firstMessage))
          .iterator();
    };
  }

  /** The stats of both partitions' lines. */
  PartitionStats merge(PartitionStats other) {
    boolean mine = firstLine >= 0 && (other.firstLine < 0 || firstLine < other.firstLine);
    return new PartitionStats(analytics.merge(other.analytics), unreadable + other.unreadable,
        mine ? firstLine : other.firstLine, mine ? firstMessage : other.firstMessage);
  }

  /** The analytics, if every line was read. */
  Analytics analytics() {
    if (unreadable > 0) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
          "%,d line%s of the videos could not be read; the first: %s", unreadable,
          unreadable == 1 ? "" : "s", firstMessage));
    }
    return analytics;
  }
}
