/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.amvkit.core.Video;

/**
 * Parses the videos of a split catalogue ({@link VideoSlice}s), each on its own, with the checks
 * of the whole document's reader but that of repeated ids, which need the videos before
 * ({@link SplitReading} makes it, in document order). One instance serves one thread: its
 * readers are made once and moved from slice to slice.
 */
final class SliceReader {

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private final UnitProblems problems = new UnitProblems(null);
  private final JsonCursor json = new JsonCursor(null, problems);
  private final VideoReader videos;

  /** @param sources  the catalogue's sources, which videos may name; only read */
  SliceReader(SourcesById sources) {
    ValueReader values = new ValueReader(json, problems);
    SourceReader known = new SourceReader(json, values, problems);
    known.know(sources);
    this.videos = new VideoReader(json, values, problems, known, null, null);
  }

  /**
   * What parsing a slice found.
   *
   * @param slice  the slice parsed
   * @param video  the video, or null if it had problems or the slice is not one well-formed object
   * @param id  the video's id, or null if it gave none (or the slice is not well-formed)
   * @param problems  its problems, where they are in the file; null if it had none
   * @param fieldsValid  whether its fields had no problem (its problems are the value type's)
   * @param wellFormed  false if the slice is not exactly one well-formed JSON object: the cut
   *     cannot be trusted, and the document is to be read in one piece from there
   */
  record Parsed(VideoSlice slice, Video video, String id, CatalogueFormatException problems,
      boolean fieldsValid, boolean wellFormed) {
  }

  Parsed read(VideoSlice slice) {
    try (JsonParser parser = JSON.createParser(slice.bytes(), slice.offset(), slice.length())) {
      json.moveTo(parser, slice.index());
      parser.nextToken();   // the opening brace: a slice starts with one
      Video video = videos.read();
      CatalogueFormatException found = null;
      try {
        problems.throwIfAny();
      } catch (CatalogueFormatException e) {
        found = slice.inFile(e);
      }
      boolean wellFormed = parser.nextToken() == null;
      return new Parsed(slice, video, videos.id(), found, videos.fieldsValid(), wellFormed);
    } catch (JsonProcessingException e) {
      return new Parsed(slice, null, null, null, false, false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);   // not expected: bytes in memory are read
    }
  }
}
