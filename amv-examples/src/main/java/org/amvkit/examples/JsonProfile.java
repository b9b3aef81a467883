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
import java.util.Map;
import java.util.TreeMap;
import org.amvkit.core.json.CatalogueReader;
import org.amvkit.rules.Classification;
import org.amvkit.rules.Classifier;
import org.amvkit.rules.Profile;
import org.amvkit.rules.json.ProfileReader;
import org.amvkit.rules.registry.RuleRegistry;

/**
 * Reads a contest's profile from JSON — registered rules and their parameters, no code — and
 * counts the sample catalogue's videos per category under it.
 */
public final class JsonProfile {

  private JsonProfile() {}

  /**
   * Runs the example.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    try (Reader json = new InputStreamReader(Samples.contestProfile(), StandardCharsets.UTF_8);
        InputStream in = Samples.catalogue();
        CatalogueReader reader = CatalogueReader.open(in)) {
      Profile profile = ProfileReader.with(RuleRegistry.load()).read(json);
      Classifier classifier = Classifier.of(profile);
      Map<String, Integer> counts = new TreeMap<>();
      while (reader.hasNext()) {
        Classification classification = classifier.classify(reader.next());
        counts.merge(classification.category(), 1, Integer::sum);
      }
      out.println("profile " + profile.id() + ":");
      counts.forEach((category, count) -> out.printf("  %-20s %d%n", category, count));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
