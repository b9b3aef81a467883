/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.amvkit.core.Video;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost per video against the number of clips per video (1, 10, 40; a catalogue of 10,000 videos),
 * for the classifier and the hand-written baseline ({@link RoundRobinBenchmark}'s benchmarks).
 * The facts the rules read are computed when a video is built, so classifying depends on the
 * number of distinct sources (at most the number of clips, here at most 8), not on the clips
 * themselves.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Thread)
public class ClipsPerVideoBenchmark extends RoundRobinBenchmark {

  @Param({"1", "10", "40"})
  int clips;

  @Override
  protected List<Video> generate() {
    return CatalogueGenerator.of(CatalogueGenerator.DEFAULT_SEED)
        .withClipsPerVideo(clips).videos(10_000);
  }
}
