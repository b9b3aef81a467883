/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.amvkit.core.Source;
import org.amvkit.core.Video;
import org.amvkit.core.json.CatalogueReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueGeneratorTest {

  private final CatalogueGenerator generator = CatalogueGenerator.of(CatalogueGenerator.DEFAULT_SEED);

  @Test
  void the_same_seed_gives_the_same_videos_and_a_prefix_of_a_larger_catalogue_is_the_smaller_one() {
    assertThat(generator.videos(200)
        .equals(CatalogueGenerator.of(CatalogueGenerator.DEFAULT_SEED).videos(300).subList(0, 200)))
        .as("the same videos").isTrue();
    assertThat(CatalogueGenerator.of(1).videos(50).equals(generator.videos(50)))
        .as("the same videos for another seed").isFalse();
  }

  @Test
  void a_written_catalogue_reads_back_equal(@TempDir Path directory) throws IOException {
    // given
    Path file = directory.resolve("catalogue.json");

    // when
    generator.write(file, 300);

    // then
    List<Video> read = new ArrayList<>();
    try (CatalogueReader reader = CatalogueReader.open(file)) {
      assertThat(reader.sources()).isEqualTo(generator.sources());
      reader.forEachRemaining(read::add);
    }
    assertThat(read.equals(generator.videos(300))).as("the videos read back equal").isTrue();
    assertThat(Files.size(file)).isGreaterThan(300 * 500L);
  }

  @Test
  void everyone_uses_the_same_few_movies_in_1_to_40_clips_by_1_to_3_creators() {
    // when
    List<Video> videos = generator.videos(2_000);
    Map<Source, Long> uses = videos.stream().flatMap(video -> video.usedSources().stream())
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

    // then
    long total = uses.values().stream().mapToLong(Long::longValue).sum();
    long topTen = uses.values().stream().sorted((a, b) -> Long.compare(b, a)).limit(10)
        .mapToLong(Long::longValue).sum();
    assertThat(topTen).as("uses of the ten most used sources").isGreaterThan(total / 3);
    assertThat(uses.size()).as("distinct sources used").isGreaterThan(200);
    assertThat(videos).extracting(video -> video.clips().size())
        .allSatisfy(clips -> assertThat(clips).isBetween(1, 40)).contains(1, 40);
    assertThat(videos).extracting(video -> video.creators().size())
        .allSatisfy(creators -> assertThat(creators).isBetween(1, 3)).contains(1, 2, 3);
  }

  @Test
  void a_fixed_number_of_clips_is_honoured() {
    assertThat(generator.withClipsPerVideo(10).videos(100))
        .extracting(video -> video.clips().size()).containsOnly(10);
  }
}
