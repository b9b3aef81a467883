package org.amvkit.examples.cli;

import java.io.IOException;
import java.io.InputStream;
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
import org.amvkit.core.json.CatalogueReader;

/**
 * The catalogue a command reads: a file, or the embedded sample when none is given. Videos are
 * handed out one at a time, so memory does not grow with the file.
 */
final class CatalogueInput implements AutoCloseable {

  /** Where the embedded sample catalogue lives, inside this module. */
  static final String SAMPLE = "/org/amvkit/examples/sample-catalogue.json";

  private final String name;
  private final long size;
  private final CatalogueReader reader;

  private CatalogueInput(String name, long size, CatalogueReader reader) {
    this.name = name;
    this.size = size;
    this.reader = reader;
  }

  /**
   * Opens a catalogue file, or the embedded sample when {@code file} is null.
   *
   * @throws BadInputException if the file does not exist or is not a file
   */
  static CatalogueInput open(Path file) {
    try {
      if (file == null) {
        InputStream in = CatalogueInput.class.getResourceAsStream(SAMPLE);
        if (in == null) {
          throw new IllegalStateException("the embedded sample catalogue is missing from the jar");
        }
        return new CatalogueInput("the sample catalogue", 0, CatalogueReader.open(in));
      }
      if (!Files.exists(file)) {
        throw new BadInputException("no such file: " + file);
      }
      if (!Files.isRegularFile(file)) {
        throw new BadInputException("not a file: " + file);
      }
      return new CatalogueInput(file.toString(), Files.size(file), CatalogueReader.open(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Names the input in messages: the file's path, or "the sample catalogue". */
  String name() {
    return name;
  }

  /** The size of the file in bytes; 0 for the embedded sample. */
  long size() {
    return size;
  }

  /** The bytes read so far. */
  long bytesRead() {
    return reader.bytesRead();
  }

  /** The catalogue's sources, read when it was opened. */
  List<Source> sources() {
    return reader.sources();
  }

  /** The videos not yet read, one at a time, for consumers that pull (stats, a contest check). */
  Iterator<Video> iterator() {
    return reader;
  }

  /** Hands every remaining video to {@code action}, in file order. */
  void forEach(Consumer<Video> action) {
    while (reader.hasNext()) {
      action.accept(reader.next());
    }
  }

  /**
   * Hands every remaining video to {@code mapping} on {@code threads - 1} worker threads, and
   * each result to {@code sink} on this thread, in file order (see {@link OrderedPipeline}); with
   * one thread, both on this thread, video by video. A video the reader refuses ends the reading:
   * the results of the videos before it still go to the sink, as they would with one thread, and
   * then the refusal is thrown.
   *
   * @param threads  the threads in all, this one included, at least 1
   * @param mapping  what a worker does with a video; must be safe to call from several threads
   * @param sink  what this thread does with each result
   * @param <O> the results
   */
  <O> void forEach(int threads, Function<Video, O> mapping, Consumer<O> sink) {
    try (OrderedPipeline<Video, O> pipeline = OrderedPipeline.start(threads, mapping, sink)) {
      try {
        forEach(pipeline::accept);
      } catch (RuntimeException readFailure) {
        try {
          pipeline.finish();
        } catch (RuntimeException sinkFailure) {
          readFailure.addSuppressed(sinkFailure);
        }
        throw readFailure;
      }
      pipeline.finish();
    }
  }

  /** Reads on until the video with {@code id}; videos before it are dropped. */
  Optional<Video> find(String id) {
    while (reader.hasNext()) {
      Video video = reader.next();
      if (video.id().equals(id)) {
        return Optional.of(video);
      }
    }
    return Optional.empty();
  }

  @Override
  public void close() {
    reader.close();
  }
}
