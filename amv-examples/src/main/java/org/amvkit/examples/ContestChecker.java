/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.amvkit.core.json.CatalogueReader;
import org.amvkit.rules.contest.Contest;
import org.amvkit.rules.contest.ContestReport;
import org.amvkit.rules.contest.EntryResult;
import org.amvkit.rules.contest.Violation;
import org.amvkit.rules.json.ContestReader;
import org.amvkit.rules.registry.RuleRegistry;

/**
 * A convention contest's rule sheet as data: reads {@code sample-contest.json} (an
 * {@code amv-contest/1} file, no Java needed to write one), checks its entries against the sample
 * catalogue and prints what the coordinator must act on.
 *
 * <p>The contest is modelled on a typical convention rule sheet: entries last from 1:15 to 6:00,
 * trailers and parodies from 0:30 to 3:30 (category rules);
 * at least 80% of the running time is animation (anime or western animation); at least 75% of the
 * video is set to music; no watermark; not shown publicly before the cut-off date; no video that
 * won an award before the contest began (an award won at the contest itself does not count, so the
 * check can be run again once the winners are in the catalogue); one entry per category per
 * editor, a collaboration (MEP) counting against every participant's limit; burnt-in
 * subtitles and running over 5:00 are allowed but judged more critically (conventions).
 */
public final class ContestChecker {

  private ContestChecker() {}

  /**
   * Runs the example.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Reads the sample contest with the registered rules. */
  static Contest contest() {
    try (InputStream in = Samples.contest();
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return ContestReader.with(RuleRegistry.load()).read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Checks the sample contest over the sample catalogue, streaming. */
  static ContestReport check() {
    try (CatalogueReader catalogue = CatalogueReader.open(Samples.catalogue())) {
      return contest().check(catalogue);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void run(PrintStream out) {
    ContestReport report = check();
    out.println(report.contest().name());
    for (EntryResult result : report.entries()) {
      out.printf("%s %s: %s%n", result.entry().id(), result.entry().videoId(), result.decision());
      for (String reason : result.reasons()) {
        out.printf("  %s%n", reason);
      }
    }
    for (Violation violation : report.violations()) {
      out.println("limit: " + violation.message());
    }
  }
}
