/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Cuts the {@code videos} array of a catalogue file into its elements' bytes, so that the videos
 * can be parsed on several threads ({@link SplitReading}).
 *
 * <p>The splitter does not parse JSON: reading bytes, it follows strings (with their escapes, so
 * that a brace inside a title is not taken for structure) and the depth of braces and brackets,
 * just far enough to find where each element ends; and between elements it accepts only the
 * plainest layout: whitespace and one comma. Each slice it cuts is then parsed, strictly, on its
 * own, and the reader trusts the cut only if that parse finds one well-formed object filling the
 * slice. For a well-formed document the elements so found are the elements (JSON's grammar
 * leaves no other way to read the same bytes), so reading in slices gives what reading in one
 * piece gives. Anything else stops the splitter: an element that is not an object, a missing or
 * extra comma, the end of the file, a video of more than {@value #MAX_VIDEO} bytes (whose bytes
 * would have to be held at once), nesting deeper than {@value #MAX_DEPTH} levels (Jackson counts
 * depth from the root: a slice is two levels shallower than its video in the document), or
 * anything after the array but the root object's closing brace. The reader then reads the rest
 * in the usual way, from the element where the splitter stopped, and so reports what it finds
 * exactly as it would have.
 *
 * <p>Lines and columns are counted as Jackson counts them (a line ends at {@code \n}, {@code \r}
 * or {@code \r\n}; columns are bytes, from one), so that a problem found in a slice can be moved
 * to its place in the file ({@link VideoRun#inFile}).
 *
 * <p>The comma between two elements is overwritten with a space in the splitter's own copy of the
 * bytes (never in the file), once it was checked to be the only one there: the elements cut from
 * one array then lie in it separated by whitespace alone, as a sequence of root values that one
 * parser reads one after another ({@link VideoRun}). An element is handed on only once cut, after
 * the comma before it was overwritten, and never with the bytes after it: no thread reads a byte
 * this one still writes.
 *
 * <p>The file is read in chunks of {@value #CHUNK} bytes. The slices cut from a chunk share its
 * array, which is used again for a later chunk once the last of them was handed on
 * ({@link #handedOn}, {@link ChunkArrays}).
 */
final class VideoSplitter implements Closeable {

  /** The bytes read at a time. */
  static final int CHUNK = 1 << 18;
  /** The longest video cut into a slice; a longer one is read in the usual way, streaming. */
  static final int MAX_VIDEO = 1 << 20;
  /** The deepest nesting of objects and arrays in a slice. */
  static final int MAX_DEPTH = 64;

  private enum Expect { FIRST_OR_END, COMMA_OR_END, ELEMENT }

  private final InputStream in;
  private final ChunkArrays arrays = new ChunkArrays(CHUNK);
  private byte[] buffer = arrays.take();
  /** The next byte to look at in {@link #buffer}, and how many bytes it holds. */
  private int pos;
  private int limit;
  /** The file offset of {@code buffer[0]}. */
  private long bufferStart;
  /** The line of the byte at {@link #pos}, and the file offset where that line starts. */
  private int line;
  private long lineStart;
  /** The file offset just after the last {@code \r}: a {@code \n} there ends no other line. */
  private long afterCarriageReturn = -1;
  private int index;
  private Expect expect = Expect.FIRST_OR_END;
  private boolean stopped;
  private boolean finished;

  /**
   * @param in  the file, positioned just after the {@code [} that opens its videos
   * @param offset  the file offset there
   * @param line  the line there, from one
   * @param column  the column there, from one
   */
  VideoSplitter(InputStream in, long offset, int line, int column) {
    this.in = in;
    this.bufferStart = offset;
    this.line = line;
    this.lineStart = offset - (column - 1);
  }

  /**
   * Cuts the next video.
   *
   * @return its slice; null after the last, or where the splitter stops (see {@link #finished()})
   */
  VideoSlice next() throws IOException {
    while (!stopped && !finished) {
      if (pos == limit && !fill()) {
        return stop();
      }
      byte b = buffer[pos];
      switch (b) {
        case ' ', '\t' -> pos++;
        case '\n', '\r' -> newLine(b, pos++);
        case ',' -> {
          if (expect != Expect.COMMA_OR_END) {
            return stop();
          }
          expect = Expect.ELEMENT;
          buffer[pos++] = ' ';   // in this copy only: see the class comment
        }
        case ']' -> {
          if (expect == Expect.ELEMENT) {
            return stop();
          }
          pos++;
          finishDocument();
        }
        case '{' -> {
          if (expect == Expect.COMMA_OR_END) {
            return stop();
          }
          return cut();
        }
        default -> {
          return stop();
        }
      }
    }
    return null;
  }

  /**
   * Tells whether the whole array was cut, and the document checked to its end: true once
   * {@link #next()} returned null for that reason; false while it returns slices, and after it
   * stopped.
   */
  boolean finished() {
    return finished;
  }

  /**
   * The index of the element where the splitter stopped, or after the last slice cut: the
   * elements before it were all cut.
   */
  int index() {
    return index;
  }

  /**
   * Says that the slices up to {@code index} were parsed and handed on: the arrays they were cut
   * from can hold later chunks. Called on the thread that cuts.
   */
  void handedOn(int index) {
    arrays.handedOn(index);
  }

  /** The file offset of the next byte to look at: after the document, once finished. */
  long position() {
    return bufferStart + pos;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** Cuts the object whose opening brace is at {@link #pos}. */
  private VideoSlice cut() throws IOException {
    int startLine = line;
    int startColumn = column(pos);
    int depth = 0;
    int p = pos;
    while (true) {
      if (p == limit) {
        int start = pos;
        if (!fill()) {
          return stop();
        }
        p -= start - pos;   // fill() moved the element to the buffer's start
      }
      byte b = buffer[p++];
      if (b == '"') {
        p = skipString(p);
        if (p < 0) {
          return stop();
        }
      } else if (b == '{' || b == '[') {
        if (++depth > MAX_DEPTH) {
          return stop();
        }
      } else if (b == '}' || b == ']') {
        if (--depth == 0) {
          break;
        }
      } else if (b == '\n' || b == '\r') {
        newLine(b, p - 1);
      }
    }
    int last = p - 1;
    VideoSlice slice = new VideoSlice(buffer, pos, p - pos, index++, startLine, startColumn,
        line, column(last), bufferStart + p);
    pos = p;
    expect = Expect.COMMA_OR_END;
    return slice;
  }

  /**
   * Skips a string's characters and closing quote, from just after its opening quote; returns
   * where it ends, or -1 at the end of the file or of what may be held.
   */
  private int skipString(int from) throws IOException {
    int p = from;
    while (true) {
      p = nextQuoteOrBackslash(buffer, p, limit);
      if (p == limit) {
        int start = pos;
        if (!fill()) {
          return -1;
        }
        p -= start - pos;
        continue;
      }
      byte b = buffer[p++];
      if (b == '"') {
        return p;
      }
      // A backslash: the character it escapes, whatever it is, does not end the string.
      if (p == limit) {
        int start = pos;
        if (!fill()) {
          return -1;
        }
        p -= start - pos;
      }
      p++;
    }
  }

  /*
   * Most of a catalogue's bytes are inside strings, where only a quote or a backslash matters, so
   * strings are searched eight bytes at a time: a word of the buffer, XORed with eight copies of
   * the byte sought, has a zero byte where the byte is; (x - 0x01…01) & ~x & 0x80…80 sets the
   * high bit of the lowest zero byte (higher ones may be set falsely, by the borrow, but only
   * above a true one), so the number of trailing zeros of the two masks' union, divided by eight,
   * is the offset of the first quote or backslash in the word. Little-endian words put the
   * first byte lowest, whatever the machine's own order.
   */
  private static final VarHandle WORDS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long QUOTES = '"' * ONES;
  private static final long BACKSLASHES = '\\' * ONES;

  /** The position of the first quote or backslash from {@code p}, or {@code limit} if none. */
  private static int nextQuoteOrBackslash(byte[] bytes, int p, int limit) {
    int at = p;
    while (at + Long.BYTES <= limit) {
      long word = (long) WORDS.get(bytes, at);
      long quotes = word ^ QUOTES;
      long backslashes = word ^ BACKSLASHES;
      long found = ((quotes - ONES) & ~quotes | (backslashes - ONES) & ~backslashes) & HIGHS;
      if (found != 0) {
        return at + (Long.numberOfTrailingZeros(found) >>> 3);
      }
      at += Long.BYTES;
    }
    while (at < limit && bytes[at] != '"' && bytes[at] != '\\') {
      at++;
    }
    return at;
  }

  /** After the array: only whitespace, the root's closing brace and whitespace to the end. */
  private void finishDocument() throws IOException {
    boolean closed = false;
    while (true) {
      if (pos == limit && !fill()) {
        if (closed) {
          finished = true;
        } else {
          stop();
        }
        return;
      }
      byte b = buffer[pos];
      if (b == ' ' || b == '\t') {
        pos++;
      } else if (b == '\n' || b == '\r') {
        newLine(b, pos++);
      } else if (b == '}' && !closed) {
        closed = true;
        pos++;
      } else {
        stop();
        return;
      }
    }
  }

  private VideoSlice stop() {
    stopped = true;
    return null;
  }

  /** Counts a line break at a buffer position, as Jackson does: {@code \r\n} is one. */
  private void newLine(byte b, int at) {
    long offset = bufferStart + at;
    if (b == '\n' && offset == afterCarriageReturn) {
      lineStart = offset + 1;   // the \n of \r\n: the line was counted at the \r
      return;
    }
    line++;
    lineStart = offset + 1;
    if (b == '\r') {
      afterCarriageReturn = offset + 1;
    }
  }

  /** The column of a buffer position, as Jackson gives it: bytes from the line's start, from one. */
  private int column(int at) {
    return (int) (bufferStart + at - lineStart + 1);
  }

  /**
   * Reads more of the file. The bytes from {@link #pos} on (the element being cut) move to the
   * start of a new buffer, so that the slices already cut keep theirs; positions in the buffer
   * shift by the old {@code pos}. False at the end of the file, or when the element would grow
   * beyond {@link #MAX_VIDEO}.
   */
  private boolean fill() throws IOException {
    int kept = limit - pos;
    if (kept >= MAX_VIDEO) {
      return false;
    }
    byte[] next = kept + CHUNK / 2 > CHUNK ? new byte[Math.min(MAX_VIDEO + CHUNK, 2 * kept)]
        : arrays.take();
    // The slice being cut, if any, moves to the next array with the bytes kept.
    arrays.retire(buffer, index - 1);
    System.arraycopy(buffer, pos, next, 0, kept);
    bufferStart += pos;
    buffer = next;
    pos = 0;
    limit = kept;
    int read = in.readNBytes(buffer, limit, buffer.length - limit);
    limit += read;
    return read > 0;
  }
}
