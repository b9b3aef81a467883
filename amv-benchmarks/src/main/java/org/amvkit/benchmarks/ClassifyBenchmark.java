/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.amvkit.core.Video;
import org.amvkit.rules.Classification;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The hot path, one video per operation, side by side: the classifier (category and deviations,
 * no explanation asked for), the hand-written {@code if} chain, Easy Rules, and — to show what
 * explanations cost when they are asked for — the classifier with every rule's explanation.
 *
 * <p>Each operation takes the next video of a generated catalogue of {@code size} videos, round
 * robin, and consumes the category and the deviations (and the classification itself, so that it
 * is really allocated, as it is when an application keeps it). The classifier and hand-written
 * benchmarks are {@link RoundRobinBenchmark}'s.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Thread)
public class ClassifyBenchmark extends RoundRobinBenchmark {

  @Param("10000")
  int size;

  private final EasyRulesClassifier easyRules = new EasyRulesClassifier();

  @Override
  protected List<Video> generate() {
    return CatalogueGenerator.of(CatalogueGenerator.DEFAULT_SEED).videos(size);
  }

  @Benchmark
  public void easyRules(Blackhole bh) {
    Result r = easyRules.classify(nextVideo());
    bh.consume(r.category());
    bh.consume(r.deviations());
    bh.consume(r);
  }

  /** Not the hot path: every definition's verdict and every rule's explanation, in words. */
  @Benchmark
  public void classifierExplained(Blackhole bh) {
    Classification c = classifier.classify(nextVideo());
    bh.consume(c.label());
    c.results().forEach(result -> result.outcomes().values()
        .forEach(outcome -> bh.consume(outcome.explain())));
  }
}
