/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps a stream of items on worker threads and hands the results on, in the order the items came.
 *
 * <p>The caller's thread reads (calls {@link #accept}) and consumes the results; the workers only
 * map. Items go to the workers in batches, so that handing over costs little per item, and at most
 * {@code 2 × workers} batches are in flight: when that many wait, the caller consumes the oldest
 * before it reads on. So memory holds a bounded number of items, whatever the length of the
 * stream, and the output order is the input order, always. With one thread in all, there are no
 * workers and each item is mapped and consumed as it comes, exactly as a plain loop would.
 *
 * <p>A mapping that throws ends the pipeline: the exception reaches the caller from the
 * {@code accept} or {@link #finish} that consumes its batch, and no later result is consumed.
 *
 * @param <I> the items read
 * @param <O> what they are mapped to
 */
final class OrderedPipeline<I, O> implements AutoCloseable {

  /** Items a worker maps in one go: enough that the hand-over is cheap, few enough to stay small. */
  static final int BATCH = 256;

  private final Function<? super I, ? extends O> mapping;
  private final Consumer<? super O> sink;
  private final ExecutorService workers;
  private final int maxInFlight;
  private final Deque<Future<List<O>>> inFlight = new ArrayDeque<>();
  private List<I> batch = new ArrayList<>(BATCH);

  private OrderedPipeline(int threads, Function<? super I, ? extends O> mapping,
      Consumer<? super O> sink) {
    this.mapping = Objects.requireNonNull(mapping, "mapping");
    this.sink = Objects.requireNonNull(sink, "sink");
    int workerCount = threads - 1;
    this.workers = workerCount == 0 ? null : Executors.newFixedThreadPool(workerCount, task -> {
      Thread thread = new Thread(task, "amv-worker");
      thread.setDaemon(true);
      return thread;
    });
    this.maxInFlight = 2 * Math.max(1, workerCount);
  }

  /**
   * Starts a pipeline.
   *
   * @param threads  the threads in all, the caller's included: 1 maps on the caller's thread
   * @param mapping  what a worker does with an item, not null
   * @param sink  what the caller's thread does with each result, in input order, not null
   * @param <I> the items read
   * @param <O> what they are mapped to
   * @return the pipeline, not null
   * @throws IllegalArgumentException if threads is below 1
   */
  static <I, O> OrderedPipeline<I, O> start(int threads, Function<? super I, ? extends O> mapping,
      Consumer<? super O> sink) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    return new OrderedPipeline<>(threads, mapping, sink);
  }

  /**
   * Takes the next item; may first consume the results of earlier ones.
   *
   * @param item  the item, in input order
   */
  void accept(I item) {
    if (workers == null) {
      sink.accept(mapping.apply(item));
      return;
    }
    batch.add(item);
    if (batch.size() == BATCH) {
      submit();
    }
  }

  /** Maps what is left and consumes every result still owed; call once, after the last item. */
  void finish() {
    if (workers == null) {
      return;
    }
    if (!batch.isEmpty()) {
      submit();
    }
    while (!inFlight.isEmpty()) {
      consumeOldest();
    }
  }

  /** Stops the workers; results not yet consumed are dropped. */
  @Override
  public void close() {
    if (workers != null) {
      inFlight.forEach(future -> future.cancel(true));
      workers.shutdownNow();
    }
  }

  private void submit() {
    if (inFlight.size() == maxInFlight) {
      consumeOldest();
    }
    List<I> items = batch;
    batch = new ArrayList<>(BATCH);
    inFlight.addLast(workers.submit(() -> {
      List<O> results = new ArrayList<>(items.size());
      for (I item : items) {
        results.add(mapping.apply(item));
      }
      return results;
    }));
  }

  private void consumeOldest() {
    List<O> results;
    try {
      results = inFlight.removeFirst().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a worker", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
    results.forEach(sink);
  }
}
