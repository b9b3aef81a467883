/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.amvkit.core.CastMember;
import org.amvkit.core.Creator;
import org.amvkit.core.Dedication;
import org.amvkit.core.EditingSoftware;
import org.amvkit.core.Genre;
import org.amvkit.core.Medium;
import org.amvkit.core.Music;
import org.amvkit.core.Source;
import org.amvkit.core.Video;
import org.amvkit.core.json.CatalogueWriter;

/**
 * Writes a large, deterministic catalogue for the memory tests: 500 sources (a few popular, most
 * rare: source {@code i} is picked with a weight falling with {@code i}), 2,000 creators from
 * eight countries, one to three sources and creators per video, a birthday present now and then.
 */
final class LargeCatalogue {

  static final int SOURCES = 500;
  static final int CREATORS = 2000;
  private static final String[] COUNTRIES = {"US", "BR", "GB", "NL", "JP", "MY", "DE", "PL"};
  private static final Genre[] GENRES = {Genre.POP, Genre.ROCK, Genre.TECHNO, Genre.SOUNDTRACK};
  private static final EditingSoftware[] SOFTWARE = {EditingSoftware.SONY_VEGAS,
      EditingSoftware.ADOBE_AFTER_EFFECTS, EditingSoftware.ADOBE_PREMIERE};

  private LargeCatalogue() {}

  /** Writes the catalogue unless a file of that name exists already; returns its path. */
  static Path write(Path directory, int videos) throws IOException {
    Files.createDirectories(directory);
    Path file = directory.resolve("large-catalogue-v1-" + videos + ".json");
    if (Files.exists(file)) {
      return file;
    }
    Path partial = directory.resolve(file.getFileName() + ".partial");
    List<Source> sources = new ArrayList<>();
    for (int i = 0; i < SOURCES; i++) {
      sources.add(Source.builder().id("s-" + i).title("Source " + i)
          .medium(i % 3 == 0 ? Medium.ANIME : Medium.ANIMATION)
          .addCast(CastMember.of("Wolf " + i, "wolf")).build());
    }
    List<Creator> creators = new ArrayList<>();
    for (int i = 0; i < CREATORS; i++) {
      creators.add(Creator.of("maker-" + i, COUNTRIES[i % COUNTRIES.length]));
    }
    SplittableRandom random = new SplittableRandom(42);
    try (CatalogueWriter writer = CatalogueWriter.open(partial)) {
      sources.forEach(writer::write);
      for (int v = 0; v < videos; v++) {
        Video.Builder video = Video.builder().id("v-" + v).title("Video " + v)
            .duration(Duration.ofMinutes(3))
            .addMusic(Music.builder().title("Song " + (v % 1000)).artist("Band")
                .genre(GENRES[v % GENRES.length]).build())
            .addSoftware(SOFTWARE[v % SOFTWARE.length]);
        int used = 1 + random.nextInt(3);
        java.util.Set<Source> picked = new java.util.LinkedHashSet<>();
        for (int s = 0; s < used; s++) {
          // Squaring a uniform number favours small indexes: a few sources are used by many.
          double u = random.nextDouble();
          picked.add(sources.get((int) (u * u * SOURCES)));
        }
        video.addAllSources(picked);
        int makers = random.nextInt(10) < 8 ? 1 : 2 + random.nextInt(2);
        int first = random.nextInt(CREATORS);
        for (int c = 0; c < makers; c++) {
          video.addCreators(creators.get((first + c * 7) % CREATORS));
        }
        if (v % 7 == 0) {
          video.dedication(Dedication.birthday("maker-" + random.nextInt(CREATORS)));
        }
        writer.write(video.build());
      }
    }
    Files.move(partial, file);
    return file;
  }
}
