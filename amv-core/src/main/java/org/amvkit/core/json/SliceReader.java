/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.amvkit.core.Video;

/**
 * Parses the videos of a split catalogue ({@link VideoSlice}s), run by run ({@link VideoRun}: one
 * parser reads the videos of a run, one after another), each video with the checks
 * of the whole document's reader but that of repeated ids, which need the videos before
 * ({@link SplitReading} makes it, in document order). One instance serves one thread: its
 * readers are made once and moved from slice to slice.
 */
final class SliceReader {

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private final UnitProblems problems = new UnitProblems(null);
  private final JsonCursor json = new JsonCursor(null, problems);
  private final VideoReader videos;
  /** The video the last slice read held, or null: handed on with what parsing it found. */
  private Video video;

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
   * @param id  the video's id, or null if it gave none (or the slice is not well-formed)
   * @param problems  its problems, where they are in the file; null if it had none
   * @param fieldsValid  whether its fields had no problem (its problems are the value type's)
   * @param wellFormed  false if the slice is not exactly one well-formed JSON object: the cut
   *     cannot be trusted, and the document is to be read in one piece from there
   */
  record Parsed(VideoSlice slice, String id, CatalogueFormatException problems,
      boolean fieldsValid, boolean wellFormed) {
  }

  /** What is done with each video parsed, as soon as it is: the video is not kept. */
  @FunctionalInterface
  interface Then<T> {
    /**
     * @param parsed  what parsing the video found
     * @param video  the video, or null if it had problems or is not one well-formed object
     */
    T apply(Parsed parsed, Video video);
  }

  /**
   * Parses the videos of a run with one parser, in order, up to the first that is not one
   * well-formed object where the cut said (the cut cannot be trusted from there: nothing after it
   * is parsed).
   *
   * @return what {@code then} made of each video, up to that one
   */
  <T> List<T> read(VideoRun run, Then<T> then) {
    List<T> done = new ArrayList<>(run.slices().size());
    try (JsonParser parser = JSON.createParser(run.bytes(), run.offset(), run.length())) {
      for (VideoSlice slice : run.slices()) {
        Parsed parsed = read(parser, run, slice);
        done.add(then.apply(parsed, parsed.wellFormed() ? video : null));
        if (!parsed.wellFormed()) {
          break;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);   // not expected: bytes in memory are read
    }
    return done;
  }

  /**
   * Parses the next video of a run. The parser's offsets count from the run's start: the video
   * must open where its slice starts and close where it ends, as the splitter cut it.
   */
  private Parsed read(JsonParser parser, VideoRun run, VideoSlice slice) throws IOException {
    int start = slice.offset() - run.offset();
    video = null;
    try {
      if (parser.nextToken() != JsonToken.START_OBJECT
          || parser.currentTokenLocation().getByteOffset() != start) {
        return notWellFormed(slice);
      }
      json.moveTo(parser, slice.index());
      video = videos.read();
      CatalogueFormatException found = null;
      try {
        problems.throwIfAny();
      } catch (CatalogueFormatException e) {
        found = run.inFile(e);
      }
      boolean wellFormed = parser.currentToken() == JsonToken.END_OBJECT
          && parser.currentTokenLocation().getByteOffset() == start + slice.length() - 1;
      return new Parsed(slice, videos.id(), found, videos.fieldsValid(), wellFormed);
    } catch (JsonProcessingException e) {
      return notWellFormed(slice);
    }
  }

  private static Parsed notWellFormed(VideoSlice slice) {
    return new Parsed(slice, null, null, false, false);
  }
}
