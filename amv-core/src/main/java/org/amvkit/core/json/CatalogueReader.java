/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.amvkit.core.InvalidValueException;
import org.amvkit.core.Source;
import org.amvkit.core.Video;
import org.amvkit.core.catalogue.Catalogue;
import org.amvkit.core.internal.OrderedPipeline;

/**
 * Reads an {@code amv-catalogue/1} document, streaming: the sources first, then the videos one
 * by one, so that memory does not grow with the number of videos.
 *
 * <pre>{@code
 * try (CatalogueReader reader = CatalogueReader.open(Path.of("catalogue.json"))) {
 *   List<Source> sources = reader.sources();          // read when the reader was opened
 *   while (reader.hasNext()) {
 *     Video video = reader.next();                    // one video at a time
 *     progress.stepTo(reader.bytesRead());
 *   }
 * }
 * }</pre>
 *
 * <p><b>Order of fields.</b> Opening a reader reads the document's header: its {@code format},
 * then its {@code sources}, up to the start of its {@code videos}. The format {@code amv-catalogue/1}
 * therefore requires {@code "format"} and {@code "sources"} to come <em>before</em>
 * {@code "videos"} in the root object (as {@link CatalogueWriter} writes them); a document that
 * lists its videos first is rejected with a {@link CatalogueFormatException} naming the path
 * {@code videos}. The {@code videos} field may be left out (a catalogue of sources only). Other
 * fields of any object are ignored; JSON {@code null} is the same as an absent field (but not as
 * an element of an array). The keys of {@code flags} are values, not fields: an unknown flag is an
 * error, as is a field given twice in one object.
 *
 * <p><b>Facts that may be missing.</b> Where a catalogue does not know a fact, it leaves it out,
 * and the video says "not known": a flag left out of {@code flags}, a missing {@code published}
 * date. A video's {@code awards} tell three cases apart: left out (or null), whether the video won
 * anything is not recorded; {@code []}, it is recorded as having won none; otherwise the awards
 * it won, each {@code {"event": "Otakon 2010 AMV Contest", "category": "Drama", "year": 2010}}
 * with an optional {@code category} and its {@code year}, its {@code date}
 * ({@code "2010-07-31"}) or both (the date in that year).
 *
 * <p><b>Checks.</b> Every source and video is checked as it is read: its fields, its values, the
 * invariants of the value types (re-reported under their full JSON path), that its sources are
 * among the catalogue's sources, and that the clip characters it names are in their source's
 * cast. Source ids must be unique, and so must video ids: a video whose id an earlier one has is
 * refused ({@code videos[523].id: "v-7" is already the id of videos[17]}). The reader does not keep
 * the videos it hands out, nor their ids, but a 64-bit fingerprint of each id (keyed afresh for
 * each reader, see {@link RepeatedIds}): about 16 bytes a video, 16 MiB for a million. A reader
 * opened on a file confirms a fingerprint match by reading the earlier id again, so it refuses
 * only real repeats; one opened on a stream cannot, and takes a match for a repeat, wrongly with
 * a probability below {@code n * n / 2^65} for {@code n} videos (3e-8 for a million).
 *
 * <p><b>Errors.</b> Bad input is reported by a {@link CatalogueFormatException} (from
 * {@code open}, {@link #hasNext()}, {@link #next()} or {@link #readAll()}) whose message starts
 * with the JSON path; reading cannot go on after one. Failures of the underlying input are
 * thrown as {@link IOException} by {@code open} and as {@link UncheckedIOException} afterwards.
 *
 * <p><b>Characters.</b> A character is {@code {"name": "Balto", "species": "wolfdog"}} with an
 * optional {@code "posture"}, {@code "feral"} or {@code "anthropomorphic"}. Left out, the posture
 * is the one the species name states ({@code "anthro fox"}, {@code "fox (anthro)"}, see
 * {@link org.amvkit.core.species.Posture#fromSpeciesName}), else not recorded; given, it wins
 * over the species name. A species name the taxonomy does not recognise is kept as given.
 *
 * <p><b>Every core.</b> {@link #mapInOrder} reads a catalogue file on several threads — cut into
 * each video's bytes on the calling thread, parsed and checked on the others — and hands the
 * results back in document order, reporting bad input exactly as {@link #next()} would.
 *
 * <p>A reader is not thread-safe. Closing it closes the input it was opened on.
 */
public final class CatalogueReader implements Iterator<Video>, AutoCloseable {

  /**
   * Jackson's own duplicate detection is off: the reader finds a field given twice itself, more
   * cheaply, and reports it as Jackson would (see {@code FieldSet}).
   */
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private final CatalogueParser parser;
  private final List<Source> sources;
  /** The file read, or null for a stream: only a file can be split, or read again. */
  private final Path file;
  private final RepeatedIds ids;
  private final IntFunction<String> idAgain;
  /** The videos being read on several threads, or null. */
  private volatile SplitReading split;
  private Video next;
  private long videosRead;
  private boolean done;
  private boolean closed;
  private RuntimeException failure;

  private CatalogueReader(JsonParser json, Path file, RepeatedIds ids,
      IntFunction<String> idAgain) throws IOException {
    this.file = file;
    this.ids = ids;
    this.idAgain = idAgain;
    CatalogueParser header = new CatalogueParser(json, ids, idAgain);
    try {
      this.sources = header.readHeader();
    } catch (RuntimeException | IOException e) {
      json.close();
      throw e;
    }
    this.parser = header;
  }

  /**
   * Opens a catalogue file and reads its header and sources.
   *
   * @param file  the file, UTF-8 (or UTF-16/32, detected), not null
   * @return a reader positioned before the first video, not null
   * @throws IOException if the file cannot be opened or read
   * @throws CatalogueFormatException if the header or a source is not valid
   *     {@code amv-catalogue/1}
   */
  public static CatalogueReader open(Path file) throws IOException {
    return open(file, RepeatedIds.create());
  }

  /** Opens a file, remembering the ids in {@code ids}: tests make fingerprints collide. */
  static CatalogueReader open(Path file, RepeatedIds ids) throws IOException {
    Objects.requireNonNull(file, "file");
    return new CatalogueReader(JSON.createParser(Files.newInputStream(file)), file, ids,
        index -> idAgain(file, index));
  }

  /**
   * Starts reading a catalogue from bytes and reads its header and sources. The reader closes
   * the stream when it is closed (or when opening fails).
   *
   * @param in  the document, UTF-8 (or UTF-16/32, detected), not null
   * @return a reader positioned before the first video, not null
   * @throws IOException if the stream cannot be read
   * @throws CatalogueFormatException if the header or a source is not valid
   *     {@code amv-catalogue/1}
   */
  public static CatalogueReader open(InputStream in) throws IOException {
    return open(in, RepeatedIds.create());
  }

  /** Reads a stream, remembering the ids in {@code ids}: tests make fingerprints collide. */
  static CatalogueReader open(InputStream in, RepeatedIds ids) throws IOException {
    Objects.requireNonNull(in, "in");
    return new CatalogueReader(JSON.createParser(in), null, ids, null);
  }

  /**
   * Starts reading a catalogue from characters and reads its header and sources. The reader
   * closes the character stream when it is closed (or when opening fails). With a reader,
   * {@link #bytesRead()} counts characters.
   *
   * @param in  the document, not null
   * @return a reader positioned before the first video, not null
   * @throws IOException if the character stream cannot be read
   * @throws CatalogueFormatException if the header or a source is not valid
   *     {@code amv-catalogue/1}
   */
  public static CatalogueReader open(Reader in) throws IOException {
    Objects.requireNonNull(in, "in");
    return new CatalogueReader(JSON.createParser(in), null, RepeatedIds.create(), null);
  }

  /**
   * Returns the catalogue's sources, read when the reader was opened.
   *
   * @return the sources in document order, unique by id, not null
   */
  public List<Source> sources() {
    return sources;
  }

  /**
   * Tells whether there is another video, reading it if needed.
   *
   * @return true if {@link #next()} will return a video
   * @throws CatalogueFormatException if the next video, or the rest of the document after the
   *     last video, is not valid {@code amv-catalogue/1}
   * @throws UncheckedIOException if the input cannot be read
   * @throws IllegalStateException if the reader is closed, or failed earlier
   */
  @Override
  public boolean hasNext() {
    if (next != null) {
      return true;
    }
    if (closed) {
      throw new IllegalStateException("the catalogue reader is closed");
    }
    if (failure != null) {
      throw new IllegalStateException("the catalogue reader stopped at an earlier error: "
          + failure.getMessage(), failure);
    }
    if (done) {
      return false;
    }
    try {
      next = parser.nextVideo();
    } catch (IOException e) {
      throw stopped(new UncheckedIOException(e));
    } catch (RuntimeException e) {
      throw stopped(e);
    }
    done = next == null;
    return !done;
  }

  /**
   * Returns the next video.
   *
   * @return the video, not null
   * @throws NoSuchElementException if there are no more videos
   * @throws CatalogueFormatException if the next video is not valid {@code amv-catalogue/1}
   * @throws UncheckedIOException if the input cannot be read
   * @throws IllegalStateException if the reader is closed, or failed earlier
   */
  @Override
  public Video next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more videos in the catalogue");
    }
    Video video = next;
    next = null;
    videosRead++;
    return video;
  }

  /**
   * Maps every remaining video on several threads and hands the results to {@code sink} on this
   * thread, in document order: the way to use every core on a large catalogue.
   *
   * <pre>{@code
   * try (CatalogueReader reader = CatalogueReader.open(file)) {
   *   reader.mapInOrder(Runtime.getRuntime().availableProcessors(), classifier::classify,
   *       classification -> out.println(classification.category()));
   * }
   * }</pre>
   *
   * <p>A reader opened on a file (UTF-8, as catalogues are), before any video was read, cuts the
   * file into each video's bytes on this thread, which is cheap, and has {@code threads} workers
   * parse and map them; otherwise this thread reads the videos and {@code threads - 1} workers
   * map them. Either way the videos are checked exactly as {@link #next()} checks them, and a bad
   * video is reported exactly as {@code next()} would report it, after the results of the videos
   * before it reached the sink; nothing after it does. With one thread, everything happens on
   * this thread, video by video. At most a few hundred videos a thread are in memory at once.
   *
   * @param threads  the threads to use, at least 1
   * @param mapping  what is done with each video, on any thread, not null; if it throws, the
   *     exception ends the reading when that video's turn comes, as the sink's would
   * @param sink  what this thread does with each result, in document order, not null
   * @param <R> the results
   * @throws IllegalArgumentException if {@code threads} is below 1
   * @throws CatalogueFormatException if a video, or the rest of the document, is not valid
   *     {@code amv-catalogue/1}
   * @throws UncheckedIOException if the input cannot be read
   * @throws IllegalStateException if the reader is closed, or failed earlier
   */
  public <R> void mapInOrder(int threads, Function<? super Video, ? extends R> mapping,
      Consumer<? super R> sink) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    Objects.requireNonNull(mapping, "mapping");
    Objects.requireNonNull(sink, "sink");
    if (threads > 1 && next == null && parser.atFirstVideo() && !closed && failure == null
        && file != null && SplitReading.canSplit(file)) {
      if (!mapSplit(threads, mapping, sink)) {
        return;
      }
    }
    // A video weighs the bytes it was read from: a batch of large videos ends early.
    long[] readBefore = {bytesRead()};
    OrderedPipeline.mapAll(this, video -> {
      long read = bytesRead();
      long weight = read - readBefore[0];
      readBefore[0] = read;
      return weight;
    }, threads - 1, mapping, sink);
  }

  /**
   * Reads the videos split ({@link SplitReading}); false if it read them all, true if the rest
   * is to be read in one piece, from where the split stopped.
   */
  private <R> boolean mapSplit(int threads, Function<? super Video, ? extends R> mapping,
      Consumer<? super R> sink) {
    SplitReading reading = new SplitReading(file, parser.location(), sources, ids, idAgain);
    split = reading;
    try {
      int stoppedAt = reading.mapInOrder(threads, mapping, sink);
      if (stoppedAt < 0) {
        done = true;
        return false;
      }
      parser.skipVideos(stoppedAt);
      split = null;
      return true;
    } catch (IOException e) {
      throw stopped(new UncheckedIOException(e));
    } catch (RuntimeException e) {
      throw stopped(e);
    } finally {
      videosRead += reading.videosRead();
    }
  }

  /** Remembers why reading stopped, for the calls after: they cannot go on. */
  private RuntimeException stopped(RuntimeException e) {
    failure = e;
    return e;
  }

  /**
   * Returns the remaining videos as a sequential stream, read lazily. Closing the stream closes
   * this reader. The stream throws what {@link #next()} throws.
   *
   * <pre>{@code
   * try (Stream<Video> videos = CatalogueReader.open(file).videos()) {
   *   long collaborations = videos.filter(Video::isCollaboration).count();
   * }
   * }</pre>
   *
   * @return the videos not yet handed out, in document order, not null
   */
  public Stream<Video> videos() {
    Spliterator<Video> spliterator = Spliterators.spliteratorUnknownSize(this,
        Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE);
    return StreamSupport.stream(spliterator, false).onClose(this::close);
  }

  /**
   * Reads all the videos into a catalogue, for documents that fit in memory.
   *
   * @return the catalogue of the sources and every video, not null
   * @throws CatalogueFormatException if a video is not valid {@code amv-catalogue/1}, or two
   *     videos have one id
   * @throws UncheckedIOException if the input cannot be read
   * @throws IllegalStateException if videos were already handed out, or the reader is closed
   *     or failed earlier
   */
  public Catalogue readAll() {
    if (videosRead > 0) {
      throw new IllegalStateException(
          "readAll() reads a whole catalogue, but " + videosRead + " videos were already read");
    }
    List<Video> videos = new ArrayList<>();
    while (hasNext()) {
      videos.add(next());
    }
    try {
      return Catalogue.builder().addAllSources(sources).addAllVideos(videos).build();
    } catch (InvalidValueException e) {
      // Not expected: every video's sources were resolved from the catalogue's own.
      JsonLocation end = parser.location();
      throw new CatalogueFormatException(e.problems(), e.omitted(), end.getLineNr(),
          end.getColumnNr());
    }
  }

  /**
   * Reads the id of {@code videos[index]} of a catalogue file again, to confirm that a video's id
   * repeats it: the file is read with Jackson alone, skipping the videos before. Null if the file
   * cannot tell any more (changed or gone): the fingerprint match is then taken as the answer.
   */
  static String idAgain(Path file, int index) {
    try (JsonParser json = JSON.createParser(Files.newInputStream(file))) {
      if (json.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String field = json.currentName();
        JsonToken value = json.nextToken();
        if (field.equals("videos") && value == JsonToken.START_ARRAY) {
          for (int i = 0; i < index; i++) {
            json.nextToken();
            json.skipChildren();
          }
          return json.nextToken() == JsonToken.START_OBJECT ? idField(json) : null;
        }
        json.skipChildren();
      }
      return null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The {@code id} of the object the parser is on, or null if it has none that is a string. */
  private static String idField(JsonParser json) throws IOException {
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String field = json.currentName();
      JsonToken value = json.nextToken();
      if (field.equals("id")) {
        return value == JsonToken.VALUE_STRING ? json.getText() : null;
      }
      json.skipChildren();
    }
    return null;
  }

  /**
   * Returns how far reading has come, for a progress bar: the number of bytes of the input
   * consumed so far (characters, for a reader opened on a {@link Reader}). It grows as videos are
   * handed out; input buffered ahead is not counted.
   *
   * @return the bytes read, not negative
   */
  public long bytesRead() {
    SplitReading reading = split;
    return reading != null ? reading.position() : Math.max(0, parser.position());
  }

  /**
   * Returns how many videos were handed out so far.
   *
   * @return the number of videos returned by {@link #next()}, not negative
   */
  public long videosRead() {
    return videosRead;
  }

  /**
   * Closes the reader and the input it reads. Closing twice has no effect.
   *
   * @throws UncheckedIOException if the input cannot be closed
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    next = null;
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
