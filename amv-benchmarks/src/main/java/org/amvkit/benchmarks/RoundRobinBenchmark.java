/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.benchmarks;

import java.util.List;
import org.amvkit.core.Video;
import org.amvkit.rules.Category;
import org.amvkit.rules.Classification;
import org.amvkit.rules.Classifier;
import org.amvkit.rules.builtin.BuiltInProfiles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The hot path, one video per operation, over the videos of a trial taken round robin: the state
 * and the two benchmarks that {@link ClassifyBenchmark}, {@link CategoryBenchmark},
 * {@link CatalogueSizeBenchmark} and {@link ClipsPerVideoBenchmark} share. A subclass says which
 * videos a trial takes ({@link #generate()}, with its own {@code @Param}s) and may add
 * benchmarks; JMH names each benchmark after the subclass that runs it
 * ({@code ClassifyBenchmark.classifier}).
 *
 * <p>Each operation takes the next video and consumes the category and the deviations, and the
 * classification itself, so that it is really allocated, as it is when an application keeps it.
 * The state is per thread: each thread has its own position in the videos.
 */
@State(Scope.Thread)
public abstract class RoundRobinBenchmark {

  /** The classifier of the built-in {@code all-the-tropes} profile. */
  protected final Classifier classifier = Classifier.of(BuiltInProfiles.allTheTropes());

  private Video[] videos;
  private int next;

  /**
   * Returns the videos of a trial, in the order the operations take them; called once per trial,
   * after JMH has set the subclass's parameters.
   *
   * @return the videos, not null, not empty
   */
  protected abstract List<Video> generate();

  /**
   * Generates the videos of the trial.
   *
   * @throws IllegalStateException if {@link #generate()} gives no video
   */
  @Setup(Level.Trial)
  public final void fill() {
    videos = generate().toArray(new Video[0]);
    next = 0;
    // Settle the videos where a collection puts them before measuring: the first collection
    // during a trial copies them and changes how they lie in memory, so a benchmark that
    // allocates (and so collects) would be measured on one layout for some iterations and on
    // another for the rest, and one that allocates nothing on the first only (issue 14's
    // "bimodal" classifier). After this, every benchmark reads the videos as an application that
    // has run for a while does.
    System.gc();
    if (videos.length == 0) {
      throw new IllegalStateException(getClass().getSimpleName() + " generated no video");
    }
  }

  /**
   * Returns the next video, round robin: after the last, the first again.
   *
   * @return the video, not null
   */
  protected final Video nextVideo() {
    Video video = videos[next];
    if (++next == videos.length) {
      next = 0;
    }
    return video;
  }

  /**
   * The classifier: category and deviations, no explanation asked for.
   *
   * @param bh  consumes the results
   */
  @Benchmark
  public void classifier(Blackhole bh) {
    Classification c = classifier.classify(nextVideo());
    bh.consume(c.category());
    bh.consume(c.deviations());
    bh.consume(c);
  }

  /**
   * The classifier's answer alone ({@link Classifier#category}): what the hand-written chain
   * returns, the category and the deviations.
   *
   * @param bh  consumes the results
   */
  @Benchmark
  public void category(Blackhole bh) {
    Category c = classifier.category(nextVideo());
    bh.consume(c.id());
    bh.consume(c.deviations());
    bh.consume(c);
  }

  /**
   * The hand-written {@code if} chain: the practical limit.
   *
   * @param bh  consumes the results
   */
  @Benchmark
  public void handWritten(Blackhole bh) {
    Result r = HandWritten.classify(nextVideo());
    bh.consume(r.category());
    bh.consume(r.deviations());
    bh.consume(r);
  }
}
