/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.amvkit.core.Video;
import org.junit.jupiter.api.Test;

/** The state the hot-path benchmarks share hands out a trial's videos round robin. */
class RoundRobinBenchmarkTest {

  @Test
  void videos_are_taken_in_order_and_the_first_again_after_the_last() {
    // given
    List<Video> three = CatalogueGenerator.of(CatalogueGenerator.DEFAULT_SEED).videos(3);
    RoundRobinBenchmark state = new RoundRobinBenchmark() {
      @Override
      protected List<Video> generate() {
        return three;
      }
    };
    state.fill();

    // when
    List<Video> taken = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      taken.add(state.nextVideo());
    }

    // then
    assertThat(taken).containsExactly(three.get(0), three.get(1), three.get(2), three.get(0),
        three.get(1), three.get(2), three.get(0));
  }

  @Test
  void a_trial_without_videos_fails_in_its_setup_naming_the_benchmark() {
    // given
    RoundRobinBenchmark empty = new ClipsPerVideoBenchmark() {
      @Override
      protected List<Video> generate() {
        return List.of();
      }
    };

    // when / then
    assertThatThrownBy(empty::fill).isInstanceOf(IllegalStateException.class)
        .hasMessageEndingWith(" generated no video");
  }

  @Test
  void a_category_trial_takes_only_videos_of_its_category() {
    for (String category : List.of("single-source-music-video", "animash", "fan-vid",
        "not-a-music-video")) {
      // given
      CategoryBenchmark benchmark = new CategoryBenchmark();
      benchmark.category = category;

      // when
      List<Video> videos = benchmark.generate();

      // then
      assertThat(videos).as(category).isNotEmpty().hasSizeLessThanOrEqualTo(5_000)
          .allSatisfy(video -> assertThat(benchmark.classifier.classify(video).category())
              .isEqualTo(category));
    }
  }
}
