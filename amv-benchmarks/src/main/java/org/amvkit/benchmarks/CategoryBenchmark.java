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
 * The hot path of {@link ClassifyBenchmark} for the videos of one category at a time: where the
 * classifier spends its time that the hand-written chain does not. A single-source video, a fan
 * vid or a video without music is decided by facts the video computed when it was built; an
 * Animash also has its sources' characters looked at, by both.
 *
 * <p>Each trial takes the first 5,000 videos of the {@code category} among the first 20,000 of
 * the default generated catalogue (fewer for the rarer categories), round robin; the benchmarks
 * are {@link RoundRobinBenchmark}'s.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Thread)
public class CategoryBenchmark extends RoundRobinBenchmark {

  @Param({"single-source-music-video", "animash", "fan-vid", "not-a-music-video"})
  String category;

  @Override
  protected List<Video> generate() {
    List<Video> all = CatalogueGenerator.of(CatalogueGenerator.DEFAULT_SEED).videos(20_000);
    List<Video> videos = all.stream()
        .filter(video -> classifier.classify(video).category().equals(category))
        .limit(5_000)
        .toList();
    if (videos.isEmpty()) {
      throw new IllegalStateException("no generated video is a " + category);
    }
    return videos;
  }
}
