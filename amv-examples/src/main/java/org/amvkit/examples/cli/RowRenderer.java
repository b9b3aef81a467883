/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.amvkit.rules.Classification;

/**
 * Renders the output of one classification as text on whichever thread calls it, so that worker
 * threads can do it while the writing thread only copies the text out. Each thread has its own
 * {@link ClassificationWriter} of the format, writing into its own buffer: the text is exactly
 * what the command's writer would have written for that row, whatever that writer's formatting
 * becomes. Anything a writer writes before its first row (the CSV header) is left to the command's
 * own writer.
 */
final class RowRenderer {

  private final ThreadLocal<Buffer> buffers;

  private RowRenderer(ClassificationWriter.Format format) {
    buffers = ThreadLocal.withInitial(() -> new Buffer(format));
  }

  /**
   * A renderer for a format whose rows stand alone, or empty for the text table, whose rows are
   * aligned on the first thousand and so can only be formatted by the one writer that saw them.
   *
   * @param format  the output format, not null
   * @return the renderer, or empty for {@link ClassificationWriter.Format#TEXT}
   */
  static Optional<RowRenderer> of(ClassificationWriter.Format format) {
    return Objects.requireNonNull(format, "format") == ClassificationWriter.Format.TEXT
        ? Optional.empty() : Optional.of(new RowRenderer(format));
  }

  /**
   * Returns what the format writes for one classification, as characters: the writing thread
   * hands them to its writer as they are (a string would be copied into characters again there).
   *
   * @param classification  the classification, not null
   * @return the text, line break included, not null
   */
  char[] render(Classification classification) {
    return buffers.get().render(classification);
  }

  /** One thread's writer and the buffer it writes into. */
  private static final class Buffer {
    private final Row text = new Row();
    private final ClassificationWriter writer;

    Buffer(ClassificationWriter.Format format) {
      writer = ClassificationWriter.of(format, new PrintWriter(text));
      writer.flush();
      text.clear();   // the header, if any, is the command writer's to write
    }

    char[] render(Classification classification) {
      writer.write(classification);
      writer.flush();
      char[] row = text.toCharArray();
      text.clear();
      return row;
    }
  }

  /**
   * The characters of one row as they are written: a {@link java.io.CharArrayWriter} without its
   * lock (one thread writes each) and a {@link java.io.StringWriter} without its string buffer,
   * which would store the row as bytes and give it back as characters, converting each twice.
   */
  private static final class Row extends Writer {
    private char[] chars = new char[1024];
    private int length;

    @Override
    public void write(char[] text, int offset, int count) {
      Objects.checkFromIndexSize(offset, count, text.length);
      ensureRoom(count);
      System.arraycopy(text, offset, chars, length, count);
      length += count;
    }

    @Override
    public void write(String text, int offset, int count) {
      Objects.checkFromIndexSize(offset, count, text.length());
      ensureRoom(count);
      text.getChars(offset, offset + count, chars, length);
      length += count;
    }

    @Override
    public void write(int c) {
      ensureRoom(1);
      chars[length++] = (char) c;
    }

    private void ensureRoom(int count) {
      if (chars.length - length < count) {
        chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + count));
      }
    }

    char[] toCharArray() {
      return Arrays.copyOf(chars, length);
    }

    void clear() {
      length = 0;
    }

    @Override
    public void flush() {
      // nothing buffered beyond the characters themselves
    }

    @Override
    public void close() {
      // nothing to release
    }
  }
}
