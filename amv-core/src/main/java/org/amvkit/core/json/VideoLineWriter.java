/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.amvkit.core.Video;

/**
 * Writes a video as one line of a catalogue's line form (see {@link VideoLineReader}): the video
 * object exactly as {@link CatalogueWriter} writes it in a {@code videos} array, on one line.
 */
public final class VideoLineWriter {

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private VideoLineWriter() {
  }

  /**
   * Writes one video as a line.
   *
   * @param video  the video, not null
   * @return the video object as compact JSON, without a line break, not null
   */
  public static String toLine(Video video) {
    Objects.requireNonNull(video, "video");
    StringWriter out = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(out)) {
      new ObjectWriter(json).writeVideo(video);
    } catch (IOException e) {
      throw new UncheckedIOException(e);   // not expected: a string is written
    }
    return out.toString();
  }
}
