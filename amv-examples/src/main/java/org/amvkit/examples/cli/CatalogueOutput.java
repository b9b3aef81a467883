/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import org.amvkit.core.json.CatalogueWriter;

/** Where a command that writes a catalogue (import, convert) writes it: a file, or stdout. */
final class CatalogueOutput {

  private CatalogueOutput() {}

  /**
   * A pretty-printed catalogue writer on {@code file}, or on {@code stdout} when it is null;
   * closing it flushes standard output but leaves it open, as it belongs to the command line.
   */
  static CatalogueWriter open(Path file, PrintWriter stdout) {
    if (file != null) {
      try {
        return CatalogueWriter.open(file).prettyPrinted();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Writer open = new FilterWriter(stdout) {
      @Override
      public void close() throws IOException {
        flush();
      }
    };
    return CatalogueWriter.open(open).prettyPrinted();
  }
}
