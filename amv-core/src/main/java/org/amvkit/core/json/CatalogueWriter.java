/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.amvkit.core.EditingSoftware;
import org.amvkit.core.Genre;
import org.amvkit.core.InvalidValueException;
import org.amvkit.core.Problem;
import org.amvkit.core.Source;
import org.amvkit.core.Style;
import org.amvkit.core.Video;
import org.amvkit.core.catalogue.Catalogue;

/**
 * Writes an {@code amv-catalogue/1} document, streaming: the sources first, then the videos, each
 * written as soon as it is given.
 *
 * <pre>{@code
 * try (CatalogueWriter writer = CatalogueWriter.open(Path.of("catalogue.json")).prettyPrinted()) {
 *   writer.write(balto).write(bolt);   // every source first
 *   writer.write(runFree);             // then the videos, one by one
 * }                                    // closes the arrays, the object and the file
 * }</pre>
 *
 * <p>What is written reads back equal with {@link CatalogueReader}: enum values by their
 * {@code id()} ({@code "live-action"}); durations in ISO-8601 ({@code "PT4.5S"}); a well-known
 * {@link Genre}, {@link Style} or {@link EditingSoftware} by its id ({@code "sony-vegas"}) and any
 * other by its name as given ({@code "Eurobeat"}), so that the name survives; a species by its
 * name, and a character's posture, when recorded, as {@code "posture"}; a video's sources by their ids; a clip's character by its name alone when it is the first
 * member of that name in its source's cast, else as {@code {"name", "species"}}; a music's position
 * as {@code start} and {@code end}; an award by its {@code event}, {@code category}, {@code year}
 * and {@code date}. Absent values and empty lists are left out, but for a video's awards: an empty
 * list of awards is written {@code "awards": []}, since it records that the video won none, while
 * awards not recorded are left out.
 *
 * <p>A source must be written before the first video, and only once; a video may use only
 * sources already written (otherwise the document would not read back). Writing checks both and
 * throws before anything of the offending value is written, so the writer stays usable.
 *
 * <p>Failures of the output are thrown as {@link UncheckedIOException}, so that the writer can be
 * fed from a stream ({@code reader.videos().forEach(writer::write)}). A writer is not
 * thread-safe. Closing it closes the output it was opened on.
 */
public final class CatalogueWriter implements AutoCloseable {

  /** The name and version of the format, the value of the document's {@code "format"} field. */
  public static final String FORMAT = "amv-catalogue/1";

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private enum State { NEW, SOURCES, VIDEOS, CLOSED }

  private final JsonGenerator json;
  private final ObjectWriter objects;
  private final Map<String, Source> written = new HashMap<>();
  private State state = State.NEW;

  private CatalogueWriter(JsonGenerator json) {
    this.json = json;
    this.objects = new ObjectWriter(json);
  }

  /**
   * Creates (or replaces) a catalogue file, written in UTF-8.
   *
   * @param file  the file, not null
   * @return a writer, not null
   * @throws IOException if the file cannot be created
   */
  public static CatalogueWriter open(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    return open(Files.newOutputStream(file));
  }

  /**
   * Starts writing a catalogue to bytes, in UTF-8. The writer closes the stream when it is closed.
   *
   * @param out  where to write, not null
   * @return a writer, not null
   * @throws UncheckedIOException if a writer cannot be created on the stream
   */
  public static CatalogueWriter open(OutputStream out) {
    Objects.requireNonNull(out, "out");
    try {
      return new CatalogueWriter(JSON.createGenerator(out));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts writing a catalogue to characters. The writer closes the character stream when it is
   * closed.
   *
   * @param out  where to write, not null
   * @return a writer, not null
   * @throws UncheckedIOException if a writer cannot be created on the character stream
   */
  public static CatalogueWriter open(Writer out) {
    Objects.requireNonNull(out, "out");
    try {
      return new CatalogueWriter(JSON.createGenerator(out));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Indents the document for people to read, one field per line. The default is compact.
   *
   * @return this writer, not null
   * @throws IllegalStateException if something was written already
   */
  public CatalogueWriter prettyPrinted() {
    if (state != State.NEW) {
      throw new IllegalStateException("pretty printing must be chosen before writing");
    }
    json.useDefaultPrettyPrinter();
    return this;
  }

  /**
   * Writes a source.
   *
   * @param source  the source, not null
   * @return this writer, not null
   * @throws IllegalArgumentException if a source with the same id was written already
   * @throws IllegalStateException if a video was written already, or the writer is closed
   * @throws UncheckedIOException if the output cannot be written
   */
  public CatalogueWriter write(Source source) {
    Objects.requireNonNull(source, "source");
    if (state == State.VIDEOS) {
      throw new IllegalStateException("source " + source.id()
          + ": amv-catalogue/1 lists every source before the first video");
    }
    requireOpen();
    if (written.containsKey(source.id())) {
      throw new IllegalArgumentException("source " + source.id() + ": a source with the id \""
          + source.id() + "\" was written already");
    }
    try {
      begin();
      objects.writeSource(source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    written.put(source.id(), source);
    return this;
  }

  /**
   * Writes a video.
   *
   * @param video  the video, not null
   * @return this writer, not null
   * @throws InvalidValueException if the video uses a source that was not written, or one that
   *     differs from the source written under its id; the problems are those of
   *     {@link Catalogue#checkSources(Map, Video)}
   * @throws IllegalStateException if the writer is closed
   * @throws UncheckedIOException if the output cannot be written
   */
  public CatalogueWriter write(Video video) {
    Objects.requireNonNull(video, "video");
    requireOpen();
    List<Problem> problems = Catalogue.checkSources(written, video);
    if (!problems.isEmpty()) {
      throw new InvalidValueException(problems);
    }
    try {
      begin();
      if (state == State.SOURCES) {
        json.writeEndArray();
        json.writeArrayFieldStart("videos");
        state = State.VIDEOS;
      }
      objects.writeVideo(video);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /**
   * Writes every source of a catalogue, then every video.
   *
   * @param catalogue  the catalogue, not null
   * @return this writer, not null
   * @throws IllegalArgumentException if one of the catalogue's sources was written already
   * @throws IllegalStateException if a video was written already, or the writer is closed
   * @throws UncheckedIOException if the output cannot be written
   */
  public CatalogueWriter writeAll(Catalogue catalogue) {
    Objects.requireNonNull(catalogue, "catalogue");
    catalogue.sources().forEach(this::write);
    catalogue.videos().forEach(this::write);
    return this;
  }

  /**
   * Ends the document — the arrays still open, the root object — and closes the output. A writer
   * closed before anything was written leaves an empty catalogue. Closing twice has no effect.
   *
   * @throws UncheckedIOException if the output cannot be written or closed
   */
  @Override
  public void close() {
    if (state == State.CLOSED) {
      return;
    }
    try {
      begin();
      if (state == State.SOURCES) {
        json.writeEndArray();
        json.writeArrayFieldStart("videos");
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeRaw('\n');
      state = State.CLOSED;
      json.close();
    } catch (IOException e) {
      state = State.CLOSED;
      throw new UncheckedIOException(e);
    }
  }

  private void requireOpen() {
    if (state == State.CLOSED) {
      throw new IllegalStateException("the catalogue writer is closed");
    }
  }

  /** Writes the header and opens the sources, the first time anything is written. */
  private void begin() throws IOException {
    if (state == State.NEW) {
      json.writeStartObject();
      json.writeStringField("format", FORMAT);
      json.writeArrayFieldStart("sources");
      state = State.SOURCES;
    }
  }
}
