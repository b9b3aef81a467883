/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.amvkit.core.Genre;
import org.amvkit.core.Interval;
import org.amvkit.core.Music;
import org.amvkit.core.MusicKind;

/**
 * Reads a music of a video. Its position on the video's timeline is optional, but given whole:
 * {@code start} and {@code end} together.
 */
final class MusicReader extends ObjectReader<Music> {

  /** Cleared for each value: builders copy what they hold into the value they build. */
  private final Music.Builder builder = Music.builder();
  private String title;
  private String artist;
  private Duration start;
  private Duration end;

  MusicReader(JsonCursor json, ValueReader values, UnitProblems problems) {
    super(json, values, problems);
  }

  @Override
  void begin() {
    builder.clear();
    title = null;
    artist = null;
    start = null;
    end = null;
  }

  @Override
  void readField(String field) throws IOException {
    switch (field) {
      case "title" -> title = values.string();
      case "artist" -> artist = values.string();
      case "genre" -> builder.genre(Optional.ofNullable(values.parsed(Genre::parse)));
      case "kind" -> {
        MusicKind kind = values.parsed(MusicKind::parse);
        if (kind != null) {
          builder.kind(kind);
        }
      }
      case "start" -> start = values.duration();
      case "end" -> end = values.duration();
      default -> json.skipValue();
    }
  }

  @Override
  Music complete() {
    require(title, "title");
    require(artist, "artist");
    if (start != null || end != null) {
      String both = "missing (a music position needs both start and end)";
      if (start == null) {
        requireAs("start", both);
      }
      if (end == null) {
        requireAs("end", both);
      }
    }
    if (!isValid()) {
      return null;
    }
    if (start != null) {
      try {
        builder.position(Interval.of(start, end));
      } catch (IllegalArgumentException e) {
        problems.report(path() + ".end", String.valueOf(e.getMessage()));
        return null;
      }
    }
    return builder.title(title).artist(artist).build();
  }
}
