/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.importers.tracker;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.MalformedInputException;

/**
 * Decodes UTF-16 one character at a time, so that bytes that are not UTF-16 (an unpaired
 * surrogate, an odd byte at the end) are found where they are, and the export's reader can name
 * their line; a decoder reading ahead in blocks would report them lines early.
 */
final class Utf16Reader extends Reader {

  private final InputStream in;
  private final boolean bigEndian;
  private int pendingLow = -1;

  /**
   * @param in  the bytes after the byte-order mark
   * @param bigEndian  the byte order the mark says
   */
  Utf16Reader(InputStream in, boolean bigEndian) {
    this.in = new BufferedInputStream(in, 1 << 16);
    this.bigEndian = bigEndian;
  }

  @Override
  public int read() throws IOException {
    if (pendingLow >= 0) {
      int low = pendingLow;
      pendingLow = -1;
      return low;
    }
    int unit = unit();
    if (unit < 0 || !Character.isSurrogate((char) unit)) {
      return unit;
    }
    if (Character.isLowSurrogate((char) unit)) {
      throw new MalformedInputException(2);
    }
    int low = unit();
    if (low < 0 || !Character.isLowSurrogate((char) low)) {
      throw new MalformedInputException(2);
    }
    pendingLow = low;
    return unit;
  }

  /** The next code unit, or -1 at the end. */
  private int unit() throws IOException {
    int first = in.read();
    if (first < 0) {
      return -1;
    }
    int second = in.read();
    if (second < 0) {
      throw new MalformedInputException(1);
    }
    return bigEndian ? first << 8 | second : second << 8 | first;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    int c = read();
    if (c < 0) {
      return -1;
    }
    buffer[offset] = (char) c;
    return 1;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
