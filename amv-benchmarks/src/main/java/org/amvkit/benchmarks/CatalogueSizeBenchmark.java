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
 * Cost per video against the size of the catalogue held in memory (1k, 10k, 100k, 1M videos), for the
 * classifier and the hand-written baseline ({@link RoundRobinBenchmark}'s benchmarks): linear
 * cost means a flat time per video. Larger catalogues no longer fit in the CPU caches, which both
 * pay for.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@State(Scope.Thread)
public class CatalogueSizeBenchmark extends RoundRobinBenchmark {

  @Param({"1000", "10000", "100000", "1000000"})
  int size;

  @Override
  protected List<Video> generate() {
    return CatalogueGenerator.of(CatalogueGenerator.DEFAULT_SEED).videos(size);
  }
}
