/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.amvkit.core.json.CatalogueReader;
import org.amvkit.rules.Category;
import org.amvkit.rules.Classifier;
import org.amvkit.rules.builtin.BuiltInProfiles;

/**
 * How many videos of a catalogue file fall in each category, on every core: the reader cuts the
 * file into each video's bytes, worker threads parse and classify the videos (only the category,
 * on the classifier's fastest path), and the counting happens on this thread, in the file's order.
 * {@code CategoryCounts FILE} prints one line a category.
 */
public final class CategoryCounts {

  private CategoryCounts() {}

  /**
   * Runs the example.
   *
   * @param args  the catalogue file
   */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: CategoryCounts FILE");
      System.exit(2);
    }
    run(Path.of(args[0]), Runtime.getRuntime().availableProcessors(), System.out);
  }

  static void run(Path file, int threads, PrintStream out) {
    Classifier classifier = Classifier.of(BuiltInProfiles.allTheTropes());
    Map<String, Integer> counts = new TreeMap<>();
    try (CatalogueReader reader = CatalogueReader.open(file)) {
      reader.mapInOrder(threads, classifier::category,
          (Category category) -> counts.merge(category.id(), 1, Integer::sum));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    counts.forEach((category, videos) -> out.printf("%-26s %d%n", category, videos));
  }
}
