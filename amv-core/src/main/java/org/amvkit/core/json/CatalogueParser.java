/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import static com.fasterxml.jackson.core.JsonToken.END_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.START_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.START_OBJECT;
import static com.fasterxml.jackson.core.JsonToken.VALUE_NULL;
import static org.amvkit.core.Problems.quote;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.List;
import java.util.function.IntFunction;
import org.amvkit.core.Source;
import org.amvkit.core.Video;

/**
 * Turns the tokens of an {@code amv-catalogue/1} document into values. One instance reads one
 * document; {@link CatalogueReader} drives it. This class reads the root object; the sources and
 * videos are read by {@link SourceReader} and {@link VideoReader}, with the help of
 * {@link JsonCursor} (structure), {@link ValueReader} (scalar values) and {@link UnitProblems}.
 *
 * <p>Problems of one unit (the source list, or one video) are collected and thrown together when
 * the unit ends; a document that is not well-formed JSON, and a header that is out of order, stop
 * reading at once.
 */
final class CatalogueParser {

  private final JsonParser parser;
  private final UnitProblems problems;
  private final JsonCursor json;
  private final ValueReader values;
  private final SourceReader sources;
  private final VideoReader videos;
  /** The fields of the root object: those after the videos are checked against those before. */
  private final FieldSet rootFields = new FieldSet();
  private boolean inVideos;

  /**
   * @param ids  where the videos' ids are remembered, to find one given twice
   * @param idAgain  reads the id of an earlier video again, or null if the input cannot be read
   *     again (see {@link VideoReader})
   */
  CatalogueParser(JsonParser parser, RepeatedIds ids, IntFunction<String> idAgain) {
    this.parser = parser;
    this.problems = new UnitProblems(parser);
    this.json = new JsonCursor(parser, problems);
    this.values = new ValueReader(json, problems);
    this.sources = new SourceReader(json, values, problems);
    this.videos = new VideoReader(json, values, problems, sources, ids, idAgain);
  }

  /**
   * Reads the header: the root object's fields up to the start of the {@code videos} array (or to
   * the end of the document, if it has no videos).
   */
  List<Source> readHeader() throws IOException {
    try {
      JsonToken token = json.next();
      if (token != START_OBJECT) {
        throw problems.fail("", "expected an object but found " + JsonCursor.describe(token));
      }
      boolean formatSeen = false;
      List<Source> read = null;
      String field;
      while ((field = json.nextField(rootFields)) != null) {
        switch (field) {
          case "format" -> {
            readFormat();
            formatSeen = true;
          }
          case "sources" -> {
            requireFormatBefore(formatSeen);
            read = sources.readAll();
          }
          case "videos" -> {
            requireFormatBefore(formatSeen);
            if (read == null) {
              throw problems.fail("videos", "found before \"sources\" (amv-catalogue/1 lists the"
                  + " sources first, so that videos can be read one by one)");
            }
            token = json.current();
            if (token == START_ARRAY) {
              inVideos = true;
              return read;
            }
            if (token != VALUE_NULL) {
              throw problems.fail(json.path(), "expected an array but found "
                  + JsonCursor.describe(token));
            }
          }
          default -> json.skipValue();
        }
      }
      if (!formatSeen) {
        throw problems.fail("format", "missing");
      }
      if (read == null) {
        throw problems.fail("sources", "missing");
      }
      finishDocument();
      return read;
    } catch (JsonProcessingException e) {
      throw problems.malformed(e);
    }
  }

  /** Reads the next video, or returns null after the last one (having read the rest). */
  Video nextVideo() throws IOException {
    if (!inVideos) {
      return null;
    }
    try {
      if (json.next() == END_ARRAY) {
        inVideos = false;
        while (json.nextField(rootFields) != null) {
          json.skipValue();
        }
        finishDocument();
        return null;
      }
      Video video = videos.read();
      problems.throwIfAny();
      return video;
    } catch (JsonProcessingException e) {
      throw problems.malformed(e);
    }
  }

  /**
   * Tells whether the parser stands at the start of the videos, none read: just after the
   * {@code [} of the array.
   */
  boolean atFirstVideo() {
    return inVideos && json.current() == START_ARRAY;
  }

  /**
   * Skips videos already read by other means (a split catalogue's, see {@link SplitReading}), so
   * that {@link #nextVideo()} reads on after them. They were found well-formed: Jackson's own skip
   * serves.
   */
  void skipVideos(int count) throws IOException {
    for (int i = 0; i < count; i++) {
      json.next();
      parser.skipChildren();
    }
  }

  /** How far into the input the parser is: bytes, or characters for a character source. */
  long position() {
    JsonLocation location = parser.currentLocation();
    return location.getByteOffset() >= 0 ? location.getByteOffset() : location.getCharOffset();
  }

  /** Where the parser is, for problems found after the fact. */
  JsonLocation location() {
    return parser.currentLocation();
  }

  void close() throws IOException {
    parser.close();
  }

  private void finishDocument() throws IOException {
    if (parser.nextToken() != null) {
      throw UnitProblems.malformed(parser.currentTokenLocation(),
          "unexpected content after the catalogue");
    }
  }

  private void readFormat() throws IOException {
    String format = values.string();
    problems.throwIfAny();
    if (format == null) {
      throw problems.fail("format", "missing");
    }
    if (!format.equals(CatalogueWriter.FORMAT)) {
      throw problems.fail("format", quote(format) + " is not supported (expected "
          + CatalogueWriter.FORMAT + ")");
    }
  }

  private void requireFormatBefore(boolean formatSeen) {
    if (!formatSeen) {
      throw problems.fail("format", "missing (it must come before \"sources\" and \"videos\")");
    }
  }
}
