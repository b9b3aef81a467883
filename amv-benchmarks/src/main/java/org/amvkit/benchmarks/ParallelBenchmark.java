/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.benchmarks;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.amvkit.core.Video;
import org.amvkit.rules.Classification;
import org.amvkit.rules.Classifier;
import org.amvkit.rules.builtin.BuiltInProfiles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Classifying a whole list (100,000 videos) with one shared classifier, on a parallel stream run
 * in a fork/join pool of {@code threads} workers, against a plain loop: the time per list should
 * fall as workers are added, up to the cores there are.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class ParallelBenchmark {

  @Param({"1", "2"})
  int threads;

  private List<Video> videos;
  private ForkJoinPool pool;
  private final Classifier classifier = Classifier.of(BuiltInProfiles.allTheTropes());

  @Setup(Level.Trial)
  public void generate() {
    videos = CatalogueGenerator.of(CatalogueGenerator.DEFAULT_SEED).videos(100_000);
    pool = new ForkJoinPool(threads);
  }

  @TearDown(Level.Trial)
  public void stop() {
    pool.shutdown();
  }

  @Benchmark
  public List<Classification> parallelStream() throws InterruptedException, ExecutionException {
    return pool.submit(() -> videos.parallelStream().map(classifier::classify).toList()).get();
  }

  @Benchmark
  public List<Classification> loop() {
    Classification[] classifications = new Classification[videos.size()];
    for (int i = 0; i < classifications.length; i++) {
      classifications[i] = classifier.classify(videos.get(i));
    }
    return List.of(classifications);
  }
}
