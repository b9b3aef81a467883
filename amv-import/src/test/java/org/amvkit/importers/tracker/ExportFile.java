/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.importers.tracker;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes AMV Tracker exports for tests as the program does: a byte-order mark, UTF-16, a header
 * line, tab-separated values, {@code \r\n} after each line, and values that hold a tab, a line
 * break or a quote quoted as Python's {@code csv} module quotes them.
 */
final class ExportFile {

  private ExportFile() {}

  /** Writes a little-endian export with this header and these lines of values. */
  static Path write(Path file, List<String> header, List<List<String>> rows) {
    return write(file, UTF_16LE, header, rows);
  }

  /** Writes an export in UTF-16 of this byte order, with its mark. */
  static Path write(Path file, Charset charset, List<String> header, List<List<String>> rows) {
    StringBuilder text = new StringBuilder(line(header));
    rows.forEach(row -> text.append(line(row)));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    if (charset.equals(UTF_16LE)) {
      bytes.write(0xFF);
      bytes.write(0xFE);
    } else if (charset.equals(UTF_16BE)) {
      bytes.write(0xFE);
      bytes.write(0xFF);
    }
    bytes.writeBytes(text.toString().getBytes(charset));
    return writeBytes(file, bytes.toByteArray());
  }

  static Path writeBytes(Path file, byte[] bytes) {
    try {
      return Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String line(List<String> values) {
    return values.stream().map(ExportFile::quoted).collect(Collectors.joining("\t")) + "\r\n";
  }

  private static String quoted(String value) {
    return value.contains("\t") || value.contains("\n") || value.contains("\r")
        || value.contains("\"") ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
