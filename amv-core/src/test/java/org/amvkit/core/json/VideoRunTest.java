/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.amvkit.core.Problem;
import org.amvkit.core.internal.OrderedPipeline;
import org.junit.jupiter.api.Test;

class VideoRunTest {

  private final byte[] array = new byte[1 << 18];

  /** A slice of {@code length} bytes at {@code offset}, on line 3 from column 5. */
  private VideoSlice slice(byte[] bytes, int offset, int length, int index) {
    return new VideoSlice(bytes, offset, length, index, 3, 5, 3, 5 + length - 1, offset + length);
  }

  @Test
  void a_run_takes_videos_of_one_array_up_to_its_limits() {
    List<VideoSlice> run = new ArrayList<>(List.of(slice(array, 10, 100, 0)));

    assertThat(VideoRun.mayJoin(run, slice(array, 112, 100, 1))).isTrue();
    assertThat(VideoRun.mayJoin(run, slice(new byte[array.length], 112, 100, 1)))
        .as("another array").isFalse();
    assertThat(VideoRun.mayJoin(run, slice(array, 112, VideoRun.MAX_BYTES - 102, 1))).isTrue();
    assertThat(VideoRun.mayJoin(run, slice(array, 112, VideoRun.MAX_BYTES - 101, 1)))
        .as("past the bytes of a run").isFalse();
    while (run.size() < VideoRun.MAX_VIDEOS) {
      run.add(slice(array, 10 + 2 * run.size(), 1, run.size()));
    }
    assertThat(VideoRun.mayJoin(run, slice(array, 200, 1, run.size())))
        .as("past the videos of a run").isFalse();
  }

  @Test
  void a_run_spans_its_videos_and_weighs_at_least_a_batch_share_for_each() {
    VideoRun small = new VideoRun(List.of(slice(array, 10, 100, 0), slice(array, 115, 20, 1)));
    VideoRun large = new VideoRun(List.of(slice(array, 0, 50_000, 0)));

    assertThat(small.offset()).isEqualTo(10);
    assertThat(small.length()).isEqualTo(125);
    assertThat(small.weight())
        .isEqualTo(2 * OrderedPipeline.BATCH_WEIGHT / OrderedPipeline.BATCH);
    assertThat(large.weight()).isEqualTo(50_000);
  }

  @Test
  void a_problem_moves_to_the_file_from_the_run_first_line_and_column() {
    VideoRun run = new VideoRun(List.of(slice(array, 0, 10, 0), slice(array, 12, 10, 1)));
    List<Problem> problems = List.of(Problem.of("videos[1].id", "is bad"));

    CatalogueFormatException onFirstLine = run.inFile(new CatalogueFormatException(problems, 1, 14));
    CatalogueFormatException below = run.inFile(new CatalogueFormatException(problems, 4, 7));

    assertThat(onFirstLine.line()).isEqualTo(3);
    assertThat(onFirstLine.column()).isEqualTo(18);
    assertThat(below.line()).isEqualTo(6);
    assertThat(below.column()).isEqualTo(7);
    assertThat(below.problems()).isEqualTo(problems);
  }
}
