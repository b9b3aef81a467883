/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.amvkit.core.json.Documents.BALTO;
import static org.amvkit.core.json.Documents.bytes;
import static org.amvkit.core.json.Documents.catalogue;
import static org.amvkit.core.json.Documents.sources;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.amvkit.core.Problems;
import org.amvkit.core.Video;

/** A catalogue is refused if and only if some video id repeats, at the first repeat. */
class RepeatedVideoIdsProperties {

  @Property(tries = 300)
  void a_stream_is_refused_iff_an_id_repeats(@ForAll("ids") List<String> ids) throws IOException {
    String json = catalogue(sources(BALTO), ids.stream().map(Documents::video)
        .toArray(String[]::new));

    try (CatalogueReader reader = CatalogueReader.open(bytes(json))) {
      check(ids, reader);
    }
  }

  @Property(tries = 150)
  void a_file_is_refused_iff_an_id_repeats_even_where_fingerprints_collide_often(
      @ForAll("ids") List<String> ids) throws IOException {
    // Fingerprints of two values: about half of all pairs of distinct ids collide.
    Path file = Files.createTempFile("amv-repeated-ids", ".json");
    try {
      Files.writeString(file, catalogue(sources(BALTO), ids.stream().map(Documents::video)
          .toArray(String[]::new)), UTF_8);
      try (CatalogueReader reader = CatalogueReader.open(file,
          new RepeatedIds(id -> id.hashCode() & 1))) {
        check(ids, reader);
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** Ids from a small alphabet, so that about half the lists repeat one. */
  @Provide
  Arbitrary<List<String>> ids() {
    return Arbitraries.strings().withChars("ab-é").ofMinLength(1).ofMaxLength(3)
        .list().ofMaxSize(12);
  }

  private static void check(List<String> ids, CatalogueReader reader) {
    Map<String, Integer> first = new HashMap<>();
    int repeat = -1;
    for (int i = 0; i < ids.size() && repeat < 0; i++) {
      if (first.putIfAbsent(ids.get(i), i) != null) {
        repeat = i;
      }
    }
    if (repeat < 0) {
      assertThat(reader.readAll().videos()).extracting(Video::id).isEqualTo(ids);
    } else {
      CatalogueFormatException e = catchThrowableOfType(CatalogueFormatException.class,
          reader::readAll);
      String id = ids.get(repeat);
      assertThat(e).hasMessage("videos[" + repeat + "].id: " + Problems.quote(id)
          + " is already the id of videos[" + first.get(id) + "]");
    }
  }
}
