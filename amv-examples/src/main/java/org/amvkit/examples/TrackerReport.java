/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.amvkit.core.Video;
import org.amvkit.importers.ImportException;
import org.amvkit.importers.ImportProblem;
import org.amvkit.importers.OnBadValue;
import org.amvkit.importers.sources.SourceResolver;
import org.amvkit.importers.sources.TitleTally.TitleCount;
import org.amvkit.importers.tracker.AmvTrackerDatabase;
import org.amvkit.importers.tracker.AmvTrackerExport;
import org.amvkit.importers.tracker.SubDatabase;
import org.amvkit.importers.tracker.TrackerEntries;
import org.amvkit.importers.tracker.TrackerVideos;
import org.amvkit.rules.Classification;
import org.amvkit.rules.Classifier;
import org.amvkit.rules.DefinitionResult;
import org.amvkit.rules.Outcome;
import org.amvkit.rules.Status;
import org.amvkit.rules.Verdict;
import org.amvkit.rules.builtin.BuiltInProfiles;

/**
 * Classifies the videos of an AMV Tracker file, database or export, and says what it could not
 * decide and why: each definition it could not decide with the rules that could not tell, each
 * row it could not read or make a video of, and each footage title no known source matched.
 *
 * <pre>
 * java -cp amv-examples/target/amv.jar org.amvkit.examples.TrackerReport my_database.db
 * java -cp amv-examples/target/amv.jar org.amvkit.examples.TrackerReport my_database.db "Old favourites"
 * </pre>
 *
 * <p>The file is only read. Rows that cannot be read are skipped and listed rather than stopping
 * the report; footage titles are looked up in the bundled reference of well-known sources.
 */
public final class TrackerReport {

  private TrackerReport() {}

  /**
   * Runs the example.
   *
   * @param args  the AMV Tracker file, then optionally the sub-database's name (default: the
   *     main one)
   */
  public static void main(String[] args) {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: TrackerReport FILE [SUB-DATABASE]");
      System.exit(2);
    }
    try {
      run(Path.of(args[0]), args.length > 1 ? args[1] : SubDatabase.MAIN_TABLE, System.out);
    } catch (ImportException | UncheckedIOException e) {
      System.err.println("TrackerReport: " + e.getMessage());
      System.exit(1);
    }
  }

  /** Reports on one sub-database of a database, or on an export. */
  static void run(Path file, String subDatabase, PrintStream out) {
    SourceResolver resolver = SourceResolver.builder().bundled().build();
    Classifier classifier = Classifier.of(BuiltInProfiles.allTheTropes());
    try {
      if (AmvTrackerExport.isExport(file)) {
        try (TrackerVideos videos = TrackerVideos.of(
            AmvTrackerExport.open(file, OnBadValue.SKIP), resolver)) {
          report(file + ", export", videos, classifier, out);
        }
        return;
      }
      try (AmvTrackerDatabase database = AmvTrackerDatabase.open(file);
          TrackerEntries entries = database.entries(subDatabase, OnBadValue.SKIP);
          TrackerVideos videos = TrackerVideos.of(entries, resolver)) {
        report(file + ", sub-database \"" + database.subDatabase(subDatabase).name() + "\"",
            videos, classifier, out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void report(String what, TrackerVideos videos, Classifier classifier,
      PrintStream out) {
    List<String> undecided = new ArrayList<>();
    int classified = 0;
    out.println(what + ":");
    while (videos.hasNext()) {
      Video video = videos.next();
      Classification classification = classifier.classify(video);
      classified++;
      out.printf("  %s \"%s\": %s%n", video.id(), video.title(), classification.label());
      for (DefinitionResult result : classification.results()) {
        if (result.verdict() == Verdict.UNDETERMINED) {
          undecided.add(video.id() + " " + result.id() + ": " + whyUndetermined(result));
        }
      }
    }
    out.printf("%d of %d rows classified%n", classified, videos.rowsRead());
    out.println("could not decide:" + (undecided.isEmpty() ? " nothing" : ""));
    undecided.forEach(line -> out.println("  " + line));
    List<ImportProblem> skipped = videos.skipped();
    out.println("could not read:" + (skipped.isEmpty() ? " nothing" : ""));
    skipped.forEach(problem -> out.println("  " + problem.reason() + " (row "
        + problem.videoId().orElse("#" + problem.rowNumber().orElse(0))
        + problem.column().map(column -> ", " + column).orElse("") + ")"));
    List<TitleCount> unresolved = videos.titles().unresolved();
    out.println("footage no known source matched:" + (unresolved.isEmpty() ? " none" : ""));
    unresolved.forEach(title -> out.printf("  %s (%d)%n", title.title(), title.count()));
  }

  /** The rules of a definition that could not tell, with what each says. */
  private static String whyUndetermined(DefinitionResult result) {
    List<String> reasons = new ArrayList<>();
    for (Map.Entry<String, Outcome> outcome : result.outcomes().entrySet()) {
      Status status = outcome.getValue().status();
      if (status == Status.UNKNOWN || status == Status.ERROR) {
        reasons.add(outcome.getKey() + " " + status + " (" + outcome.getValue().explain() + ")");
      }
    }
    return String.join("; ", reasons);
  }
}
