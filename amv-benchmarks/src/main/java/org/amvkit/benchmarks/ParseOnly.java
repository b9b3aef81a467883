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
 * {@code amv classify} from the command line. {@code ParseOnly FILE} reads on one thread, video by
 * video; {@code ParseOnly FILE THREADS} reads as {@code amv classify} does with that many threads
 * ({@link CatalogueReader#mapInOrder}: the file cut into each video's bytes, parsed on every
 * thread). Prints the number of videos.
 */
public final class ParseOnly {

  private ParseOnly() {}

  /**
   * Reads the file given.
   *
   * @param args  the catalogue file, and optionally the threads to read it on
   * @throws IOException if it cannot be read
   */
  public static void main(String[] args) throws IOException {
    long[] count = {0};
    long[] ids = {0};
    try (CatalogueReader reader = CatalogueReader.open(Path.of(args[0]))) {
      if (args.length > 1) {
        reader.mapInOrder(Integer.parseInt(args[1]), video -> video.id().length(), length -> {
          ids[0] += length;
          count[0]++;
        });
      }
      while (reader.hasNext()) {
        ids[0] += reader.next().id().length();
        count[0]++;
      }
    }
    System.out.println(count[0] + " videos (" + ids[0] + " id characters)");
  }
}
