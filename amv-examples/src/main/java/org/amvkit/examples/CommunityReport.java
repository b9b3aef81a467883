/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import org.amvkit.core.Video;
import org.amvkit.core.json.CatalogueReader;
import org.amvkit.rules.Outcome;
import org.amvkit.rules.Rule;
import org.amvkit.rules.analytics.Analytics;
import org.amvkit.rules.analytics.AnalyticsCollector;
import org.amvkit.rules.analytics.OriginalVideo;
import org.amvkit.rules.analytics.RareSourceRule;
import org.amvkit.rules.analytics.SourceUse;

/**
 * "Everyone seems to be using the same movies": reads the sample catalogue twice, streaming — once
 * to count how many videos use each source, once to score every video against those counts — and
 * prints the most used sources, the most original videos, and the videos that use a source no
 * other video uses, found with the {@code uses-rare-source} rule.
 */
public final class CommunityReport {

  private CommunityReport() {}

  /**
   * Runs the example.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    // First pass: the popularity of every source.
    AnalyticsCollector collector = AnalyticsCollector.create();
    try (CatalogueReader reader = CatalogueReader.open(Samples.catalogue())) {
      collector.addSources(reader.sources());
      reader.forEachRemaining(collector::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Analytics analytics = collector.result();

    out.printf("%d videos, %d sources. Everyone uses the same movies:%n", analytics.videos(),
        analytics.sources().size());
    for (SourceUse source : analytics.topSources(3)) {
      out.printf("  %-20s used by %d videos%n", source.title(), source.videos());
    }

    // Second pass: originality needs the popularity of the whole catalogue.
    out.println("The most original videos:");
    try (CatalogueReader reader = CatalogueReader.open(Samples.catalogue())) {
      for (OriginalVideo video : analytics.mostOriginal(reader, 3)) {
        out.printf(java.util.Locale.ROOT, "  %s %-22s originality %.2f%n", video.id(),
            video.title(), video.originality());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }

    out.println("Videos with a source no other video uses:");
    Rule rare = RareSourceRule.of(analytics, 1);
    try (CatalogueReader reader = CatalogueReader.open(Samples.catalogue())) {
      while (reader.hasNext()) {
        Video video = reader.next();
        Outcome outcome = rare.evaluate(video);
        if (outcome.isPass()) {
          out.printf("  %s %s: %s%n", video.id(), video.title(), outcome.explain());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
