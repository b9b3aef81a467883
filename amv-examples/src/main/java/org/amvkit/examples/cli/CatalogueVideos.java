/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import static org.amvkit.core.Problems.quote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import org.amvkit.core.Video;
import org.amvkit.core.json.CatalogueReader;
import org.amvkit.core.json.JsonFormatException;

/**
 * A catalogue's videos as a command reads them: errors name the catalogue, and a video whose id
 * an earlier video has is bad input naming both ({@code videos[523].id: "v-7" repeats the id of
 * videos[17]}), found while the catalogue streams. Ids are remembered as fingerprints
 * ({@link SeenIds}); a fingerprint seen before is confirmed by reading the file again up to that
 * video, which also finds the earlier one, and a false alarm is passed over. Standard input cannot
 * be read again: there, a repeated fingerprint is reported as a repeated id of an earlier video,
 * which is wrong with a chance under one in 200,000 for a million videos.
 */
final class CatalogueVideos implements Iterator<Video> {

  private final String name;
  private final CatalogueReader reader;
  private final Path rereadable;
  private final SeenIds seen;
  private int index;

  /**
   * @param rereadable  the file to read again to confirm a repeated id, or null if there is none
   */
  CatalogueVideos(String name, CatalogueReader reader, Path rereadable, SeenIds seen) {
    this.name = name;
    this.reader = reader;
    this.rereadable = rereadable;
    this.seen = seen;
  }

  @Override
  public boolean hasNext() {
    try {
      return reader.hasNext();
    } catch (JsonFormatException e) {
      throw CatalogueInput.named(name, e);
    }
  }

  @Override
  public Video next() {
    Video video;
    try {
      video = reader.next();
    } catch (JsonFormatException e) {
      throw CatalogueInput.named(name, e);
    }
    int position = index++;
    if (!seen.add(video.id())) {
      confirmRepeated(video.id(), position);
    }
    return video;
  }

  /** Throws if an earlier video has the id; returns after a false alarm. */
  private void confirmRepeated(String id, int position) {
    String repeated = name + ": videos[" + position + "].id: " + quote(id) + " repeats the id of ";
    if (rereadable == null) {
      throw new BadInputException(repeated + "an earlier video");
    }
    try (CatalogueReader again = CatalogueReader.open(rereadable)) {
      for (int earlier = 0; earlier < position && again.hasNext(); earlier++) {
        if (again.next().id().equals(id)) {
          throw new BadInputException(repeated + "videos[" + earlier + "]");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
