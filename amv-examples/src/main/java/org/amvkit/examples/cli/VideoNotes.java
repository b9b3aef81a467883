/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amvkit.core.Source;
import org.amvkit.core.Video;
import org.amvkit.rules.analytics.OriginalityRanking;

/**
 * What the second pass of {@code amv stats} needs of each video (its id, its title and the ids of
 * the sources it uses) noted in a temporary file during the first pass, so that the catalogue is
 * read and checked once rather than twice. Memory does not grow with the videos; the file, some
 * tens of bytes a video, is deleted on {@link #close()}.
 *
 * <p>A note is made with {@link #note(Video)}, on any thread, and written with {@link #write} on
 * one thread, in the order the notes are to be read back.
 */
final class VideoNotes implements AutoCloseable {

  /** Marks a source the catalogue did not list, whose id follows in full. */
  private static final int UNLISTED = 0;

  private final Path file;
  private final List<String> sourceIds;
  private final Map<String, Integer> numbers = new HashMap<>();
  private final DataOutputStream out;
  private long written;

  private VideoNotes(Path file, List<Source> sources) throws IOException {
    this.file = file;
    this.sourceIds = new ArrayList<>(sources.size());
    for (Source source : sources) {
      if (numbers.putIfAbsent(source.id(), sourceIds.size() + 1) == null) {
        sourceIds.add(source.id());
      }
    }
    out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
  }

  /**
   * Opens notes in a new temporary file, or returns empty when no temporary file can be made
   * (a read-only or missing temporary directory): the caller then reads the catalogue again.
   *
   * @param sources  the catalogue's sources, by whose numbers the notes name them
   * @return the notes, or empty
   */
  static Optional<VideoNotes> create(List<Source> sources) {
    Path file;
    try {
      file = Files.createTempFile("amv-stats-", ".notes");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return Optional.empty();
    }
    try {
      return Optional.of(new VideoNotes(file, sources));
    } catch (IOException e) {
      delete(file);
      return Optional.empty();
    }
  }

  /**
   * Encodes what the second pass needs of a video. Safe to call from several threads.
   *
   * @param video  the video, not null
   * @return the note, not null
   */
  byte[] note(Video video) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
    DataOutputStream note = new DataOutputStream(bytes);
    try {
      writeText(note, video.id());
      writeText(note, video.title());
      writeNumber(note, video.usedSources().size());
      for (Source source : video.usedSources()) {
        Integer number = numbers.get(source.id());
        if (number == null) {
          writeNumber(note, UNLISTED);
          writeText(note, source.id());
        } else {
          writeNumber(note, number);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);   // a byte array does not fail
    }
    return bytes.toByteArray();
  }

  /**
   * Appends a note made by {@link #note(Video)}.
   *
   * @param note  the note, not null
   * @throws IllegalStateException if the temporary file cannot be written
   */
  void write(byte[] note) {
    try {
      out.write(note);
      written++;
    } catch (IOException e) {
      throw failure("write", e);
    }
  }

  /**
   * Offers every video noted, in the order written, to a ranking.
   *
   * @param ranking  the ranking, not null
   * @throws IllegalStateException if the temporary file cannot be read back
   */
  void offerAll(OriginalityRanking ranking) {
    try {
      out.close();
      try (DataInputStream in = new DataInputStream(
          new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
        for (long i = 0; i < written; i++) {
          String id = readText(in);
          String title = readText(in);
          int count = readNumber(in);
          List<String> ids = new ArrayList<>(count);
          for (int s = 0; s < count; s++) {
            int number = readNumber(in);
            ids.add(number == UNLISTED ? readText(in) : sourceIds.get(number - 1));
          }
          ranking.offer(id, title, ids);
        }
      }
    } catch (IOException e) {
      throw failure("read", e);
    }
  }

  /** Deletes the temporary file. */
  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      // the file goes anyway
    }
    delete(file);
  }

  private IllegalStateException failure(String verb, IOException e) {
    return new IllegalStateException("cannot " + verb + " temporary file " + file + ": "
        + e.getMessage(), e);
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      file.toFile().deleteOnExit();
    }
  }

  private static void writeText(DataOutputStream out, String text) throws IOException {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    writeNumber(out, utf8.length);
    out.write(utf8);
  }

  private static String readText(DataInputStream in) throws IOException {
    byte[] utf8 = new byte[readNumber(in)];
    in.readFully(utf8);
    return new String(utf8, StandardCharsets.UTF_8);
  }

  /** A number that is not negative, seven bits a byte, the last byte's high bit clear. */
  private static void writeNumber(DataOutputStream out, int number) throws IOException {
    int rest = number;
    while (rest >= 0x80) {
      out.write((rest & 0x7f) | 0x80);
      rest >>>= 7;
    }
    out.write(rest);
  }

  private static int readNumber(DataInputStream in) throws IOException {
    int number = 0;
    for (int shift = 0; ; shift += 7) {
      int next = in.readUnsignedByte();
      number |= (next & 0x7f) << shift;
      if (next < 0x80) {
        return number;
      }
    }
  }
}
