/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.amvkit.core.catalogue.Catalogue;

/** Small catalogue documents for tests, written as text. */
final class Documents {

  /** The catalogue of DESIGN.md §5, with the source "bolt" it refers to added. */
  static final String DESIGN_EXAMPLE = """
      {
        "format": "amv-catalogue/1",
        "sources": [
          {"id": "balto", "title": "Balto", "medium": "animation", "form": "film", "year": 1995,
           "characters": [{"name": "Balto", "species": "wolfdog"}, {"name": "Jenna", "species": "dog"}]},
          {"id": "bolt", "title": "Bolt", "medium": "animation", "form": "film", "year": 2008,
           "studio": "Walt Disney Animation Studios",
           "characters": [{"name": "Bolt", "species": "dog"}, {"name": "Mittens", "species": "cat"}]}
        ],
        "videos": [
          {"id": "v-001", "title": "Run Free", "duration": "PT3M41S",
           "creators": [{"name": "SnowPaw", "country": "NL"}],
           "sources": ["balto", "bolt"],
           "clips": [{"source": "balto", "start": "PT0S", "end": "PT4.5S"}],
           "music": [{"title": "Run", "artist": "Some Band", "genre": "rock", "kind": "song"}],
           "software": ["sony-vegas"],
           "published": "2011-03-02",
           "dedication": {"occasion": "birthday", "recipient": "FoxFan"}}
        ]
      }
      """;

  /** A valid source of id {@code balto}. */
  static final String BALTO = """
      {"id": "balto", "title": "Balto", "medium": "animation",
       "characters": [{"name": "Balto", "species": "wolfdog"}]}""";

  /** A valid source of id {@code bolt}. */
  static final String BOLT = """
      {"id": "bolt", "title": "Bolt", "medium": "animation"}""";

  private Documents() {}

  /** A document with these sources and videos, each given as JSON text. */
  static String catalogue(String[] sources, String... videos) {
    return "{\"format\": \"amv-catalogue/1\",\n\"sources\": [" + String.join(",\n", sources)
        + "],\n\"videos\": [\n" + String.join(",\n", videos) + "\n]}\n";
  }

  /** Sources, for {@link #catalogue(String[], String...)}. */
  static String[] sources(String... sources) {
    return sources;
  }

  /** A valid video of this id, using balto, with no more than it needs. */
  static String video(String id) {
    return "{\"id\": \"" + id + "\", \"title\": \"Title " + id + "\", \"duration\": \"PT3M41S\","
        + " \"creators\": [{\"name\": \"SnowPaw\"}], \"sources\": [\"balto\"]}";
  }

  /** {@code count} valid videos v-0, v-1, …, then {@code last}. */
  static String[] videosThen(int count, String last) {
    String[] videos = new String[count + 1];
    for (int i = 0; i < count; i++) {
      videos[i] = video("v-" + i);
    }
    videos[count] = last;
    return videos;
  }

  static InputStream bytes(String json) {
    return new ByteArrayInputStream(json.getBytes(UTF_8));
  }

  /** Reads a whole document. */
  static Catalogue readAll(String json) {
    try (CatalogueReader reader = CatalogueReader.open(bytes(json))) {
      return reader.readAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a catalogue, compact. */
  static String write(Catalogue catalogue) {
    java.io.StringWriter out = new java.io.StringWriter();
    try (CatalogueWriter writer = CatalogueWriter.open(out)) {
      writer.writeAll(catalogue);
    }
    return out.toString();
  }

  static String lines(String... lines) {
    return Arrays.stream(lines).collect(Collectors.joining("\n", "", "\n"));
  }
}
