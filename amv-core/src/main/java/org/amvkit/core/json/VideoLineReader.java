/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import static com.fasterxml.jackson.core.JsonToken.START_OBJECT;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.amvkit.core.Problem;
import org.amvkit.core.Source;
import org.amvkit.core.Video;

/**
 * Reads the line form of a catalogue, which a cluster can split: a sources file (an
 * {@code amv-catalogue/1} document with sources and no videos, small enough to send everywhere)
 * and the videos as NDJSON, one video object per line, exactly as in a catalogue's
 * {@code videos} array, sources by id.
 *
 * <pre>{@code
 * VideoLineReader lines = VideoLineReader.of(Files.readString(Path.of("sources.json")));
 * Video video = lines.read("{\"id\": \"v1\", …}", 1);
 * }</pre>
 *
 * <p>A line is checked as a {@link CatalogueReader} checks a video, with the same messages; a
 * bad line throws a {@link VideoLineException} whose paths start at the video
 * ({@code clips[0].end}) and whose message starts with the line number
 * ({@code line 7: clips[0].end: …}). Whether video ids are unique is not checked: lines are read
 * one by one, possibly on different machines. {@link VideoLineWriter} writes the lines.
 *
 * <p>A reader holds only its sources; it is immutable and may be shared between threads.
 */
public final class VideoLineReader {

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private final List<Source> sources;
  private final SourcesById byId;

  private VideoLineReader(List<Source> sources) {
    this.sources = List.copyOf(sources);
    Set<String> ids = new HashSet<>();
    for (Source source : this.sources) {
      if (!ids.add(source.id())) {
        throw new IllegalArgumentException("two sources have the id " + source.id());
      }
    }
    this.byId = new SourcesById(this.sources);
  }

  /**
   * Reads the sources file of the line form.
   *
   * @param sourcesDocument  an {@code amv-catalogue/1} document with sources and no videos, not
   *     null
   * @return a reader of video lines against those sources, not null
   * @throws CatalogueFormatException if the document is not valid {@code amv-catalogue/1}, or
   *     lists videos (path {@code videos})
   */
  public static VideoLineReader of(String sourcesDocument) {
    Objects.requireNonNull(sourcesDocument, "sourcesDocument");
    try (CatalogueReader reader = CatalogueReader.open(new StringReader(sourcesDocument))) {
      if (reader.hasNext()) {
        throw new CatalogueFormatException(List.of(Problem.of("videos",
            "a sources file lists no videos (they go one per line in the videos file)")), -1, -1);
      }
      return new VideoLineReader(reader.sources());
    } catch (IOException e) {
      throw new UncheckedIOException(e);   // not expected: a string is read
    }
  }

  /**
   * Returns a reader of video lines against sources already read.
   *
   * @param sources  the sources, unique by id, not null
   * @return a reader, not null
   * @throws IllegalArgumentException if two sources have one id
   */
  public static VideoLineReader of(List<Source> sources) {
    return new VideoLineReader(sources);
  }

  /**
   * Returns the sources the videos may refer to.
   *
   * @return the sources in the order of the sources file, not null
   */
  public List<Source> sources() {
    return sources;
  }

  /**
   * Reads one line: one video object.
   *
   * @param line  the line's text, without its line break, not null
   * @param lineNumber  the line's number in its file, counting from one, for the messages
   * @return the video, not null
   * @throws IllegalArgumentException if {@code lineNumber} is less than 1
   * @throws VideoLineException if the line is not a valid video of {@code amv-catalogue/1}
   *     against the sources, or is followed by more JSON on the same line
   */
  public Video read(String line, long lineNumber) {
    Objects.requireNonNull(line, "line");
    if (lineNumber < 1) {
      throw new IllegalArgumentException("line numbers count from 1, not " + lineNumber);
    }
    try (JsonParser parser = JSON.createParser(line)) {
      return read(parser);
    } catch (CatalogueFormatException e) {
      throw new VideoLineException(e.problems(), e.omitted(), lineNumber, e.column());
    } catch (IOException e) {
      throw new UncheckedIOException(e);   // not expected: a string is read
    }
  }

  private Video read(JsonParser parser) throws IOException {
    UnitProblems problems = new UnitProblems(parser);
    JsonCursor json = new JsonCursor(parser, problems);
    ValueReader values = new ValueReader(json, problems);
    SourceReader known = new SourceReader(json, values, problems);
    known.know(byId);
    VideoReader videos = new VideoReader(json, values, problems, known, null, null);
    try {
      JsonToken token = parser.nextToken();
      if (token != START_OBJECT) {
        throw problems.fail("", "expected a video object but found "
            + JsonCursor.describe(token));
      }
      Video video = videos.read();
      problems.throwIfAny();
      if (parser.nextToken() != null) {
        throw UnitProblems.malformed(parser.currentTokenLocation(),
            "unexpected content after the video");
      }
      return video;
    } catch (JsonProcessingException e) {
      throw problems.malformed(e);
    }
  }
}
