/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.amvkit.core.Source;
import org.amvkit.core.Video;
import org.amvkit.core.internal.OrderedPipeline;
import org.amvkit.core.json.CatalogueReader;
import org.amvkit.core.json.JsonFormatException;
import org.amvkit.importers.OnBadValue;
import org.amvkit.importers.sources.SourceResolver;

/**
 * The catalogue a command reads: an {@code amv-catalogue/1} file, AMV Tracker's database or its
 * export (told apart by their first bytes), standard input ({@code -}), or the embedded sample
 * when none is given. Videos are handed out one at a time, so memory does not grow with the file.
 * A catalogue's errors name where it comes from.
 */
final class CatalogueInput implements AutoCloseable {

  /** Where the embedded sample catalogue lives, inside this module. */
  static final String SAMPLE = "/org/amvkit/examples/sample-catalogue.json";

  /** The FILE that stands for standard input. */
  static final String STDIN = "-";

  private final String name;
  private final long size;
  private final CatalogueReader reader;
  private final TrackerInput tracker;
  private final Iterator<Video> videos;

  private CatalogueInput(String name, long size, CatalogueReader reader) {
    this.name = name;
    this.size = size;
    this.reader = reader;
    this.tracker = null;
    this.videos = new NamedErrors(name, reader);
  }

  private CatalogueInput(String name, TrackerInput tracker) {
    this.name = name;
    this.size = 0;   // rows are not bytes: no progress bar
    this.reader = null;
    this.tracker = tracker;
    this.videos = tracker.videos();
  }

  /**
   * Opens a catalogue as {@link #open(Path, PrintWriter)} does, with the notes of the run.
   *
   * @param file  the file, {@code -} for standard input, or null for the sample
   */
  static CatalogueInput open(Path file) {
    return open(file, StandardInput.notes());
  }

  /**
   * Opens a catalogue file, or the embedded sample when {@code file} is null. A file of AMV
   * Tracker's is read from its main sub-database, stopping at the first bad value, its footage
   * titles resolved against the bundled reference of sources.
   *
   * @param file  the file, {@code -} for standard input, or null for the sample
   * @param notes  where to say that the sample is read while standard input is not a terminal
   *     (someone may have meant to pipe a catalogue in), or null to say nothing
   * @throws BadInputException if the file does not exist, is not a file, or its header is bad
   */
  static CatalogueInput open(Path file, PrintWriter notes) {
    try {
      if (file == null) {
        if (notes != null && !StandardInput.current().isTerminal()) {
          notes.println("amv: no FILE given: reading the embedded sample catalogue (give - to "
              + "read a catalogue from standard input)");
        }
        InputStream in = CatalogueInput.class.getResourceAsStream(SAMPLE);
        if (in == null) {
          throw new IllegalStateException("the embedded sample catalogue is missing from the jar");
        }
        return new CatalogueInput("the sample catalogue", 0, CatalogueReader.open(in));
      }
      if (isStdin(file)) {
        InputStream in = StandardInput.current().stream();
        try {
          return new CatalogueInput("standard input", 0, CatalogueReader.open(in));
        } catch (JsonFormatException e) {
          in.close();
          throw named("standard input", e);
        }
      }
      if (!Files.exists(file)) {
        throw new BadInputException("no such file: " + file);
      }
      if (!Files.isRegularFile(file)) {
        throw new BadInputException("not a file: " + file);
      }
      InputKind kind = InputKind.of(file);
      if (kind.isTracker()) {
        return new CatalogueInput(file.toString(), TrackerInput.open(file, kind, null,
            OnBadValue.STOP, SourceResolver.builder().bundled().build()));
      }
      try {
        return new CatalogueInput(file.toString(), Files.size(file), CatalogueReader.open(file));
      } catch (JsonFormatException e) {
        throw named(file.toString(), e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Copies standard input to a temporary file, for a command that reads its catalogue twice; the
   * caller deletes the file.
   *
   * @throws UncheckedIOException if standard input cannot be read or the copy written
   */
  static Path spoolStdin() {
    try {
      Path spooled = Files.createTempFile("amv-stdin-", ".json");
      try (InputStream in = StandardInput.current().stream()) {
        Files.copy(in, spooled, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        Files.deleteIfExists(spooled);
        throw e;
      }
      return spooled;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Opens a copy of standard input made by {@link #spoolStdin()}, named as standard input. */
  static CatalogueInput openSpooled(Path spooled) {
    try {
      return new CatalogueInput("standard input", Files.size(spooled),
          CatalogueReader.open(spooled));
    } catch (JsonFormatException e) {
      throw named("standard input", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Tells whether a FILE argument stands for standard input. */
  static boolean isStdin(Path file) {
    return file != null && file.toString().equals(STDIN);
  }

  private static BadInputException named(String name, JsonFormatException e) {
    return new BadInputException(name + ": " + e.getMessage(), e);
  }

  /** Names the input in messages: the file's path, "standard input" or "the sample catalogue". */
  String name() {
    return name;
  }

  /** The size of the file in bytes; 0 for the embedded sample, standard input and AMV Tracker. */
  long size() {
    return size;
  }

  /** The bytes read so far; 0 for AMV Tracker's files. */
  long bytesRead() {
    return reader == null ? 0 : reader.bytesRead();
  }

  /**
   * The catalogue's sources, read when it was opened; none for AMV Tracker's files, whose sources
   * are those its videos use.
   */
  List<Source> sources() {
    return reader == null ? List.of() : reader.sources();
  }

  /** The videos not yet read, one at a time, for consumers that pull (stats, a contest check). */
  Iterator<Video> iterator() {
    return videos;
  }

  /** Hands every remaining video to {@code action}, in file order. */
  void forEach(Consumer<Video> action) {
    while (videos.hasNext()) {
      action.accept(videos.next());
    }
  }

  /**
   * Hands every remaining video to {@code mapping} on worker threads, and each result to
   * {@code sink} on this thread, in file order; with one thread, both on this thread, video by
   * video. A catalogue file is cut into each video's bytes here and parsed by {@code threads}
   * workers ({@link CatalogueReader#mapInOrder}); other inputs are read here and mapped by
   * {@code threads - 1} workers ({@link OrderedPipeline}). A video the reader refuses ends the
   * reading: the results of the videos before it still go to the sink, as they would with one
   * thread, and then the refusal is thrown.
   *
   * @param threads  the threads in all, this one included, at least 1
   * @param mapping  what a worker does with a video; must be safe to call from several threads
   * @param sink  what this thread does with each result
   * @param <O> the results
   */
  <O> void forEach(int threads, Function<Video, O> mapping, Consumer<O> sink) {
    if (reader != null) {
      try {
        reader.mapInOrder(threads, mapping, sink);
      } catch (JsonFormatException e) {
        throw named(name, e);
      }
      return;
    }
    OrderedPipeline.mapAll(videos, threads - 1, mapping, sink);
  }

  /** Reads on until the video with {@code id}; videos before it are dropped. */
  Optional<Video> find(String id) {
    while (videos.hasNext()) {
      Video video = videos.next();
      if (video.id().equals(id)) {
        return Optional.of(video);
      }
    }
    return Optional.empty();
  }

  @Override
  public void close() {
    if (reader != null) {
      reader.close();
    } else {
      tracker.close();
    }
  }

  /** A catalogue's videos whose errors name the catalogue. */
  private record NamedErrors(String name, CatalogueReader reader) implements Iterator<Video> {

    @Override
    public boolean hasNext() {
      try {
        return reader.hasNext();
      } catch (JsonFormatException e) {
        throw named(name, e);
      }
    }

    @Override
    public Video next() {
      try {
        return reader.next();
      } catch (JsonFormatException e) {
        throw named(name, e);
      }
    }
  }
}
