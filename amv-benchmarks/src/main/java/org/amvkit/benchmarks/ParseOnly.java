/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import org.amvkit.core.json.CatalogueReader;

/**
 * Reads a catalogue file and drops every video: the parse-only baseline for timing
 * {@code amv classify} from the command line. {@code ParseOnly FILE} prints the number of videos.
 */
public final class ParseOnly {

  private ParseOnly() {}

  /**
   * Reads the file given.
   *
   * @param args  the catalogue file
   * @throws IOException if it cannot be read
   */
  public static void main(String[] args) throws IOException {
    long count = 0;
    long ids = 0;
    try (CatalogueReader reader = CatalogueReader.open(Path.of(args[0]))) {
      while (reader.hasNext()) {
        ids += reader.next().id().length();
        count++;
      }
    }
    System.out.println(count + " videos (" + ids + " id characters)");
  }
}
