/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Maps a stream of items on worker threads and hands the results on, in the order the items came.
 *
 * <p>The caller's thread reads (calls {@link #accept}) and consumes the results; the workers only
 * map. Items go to the workers in batches, so that handing over costs little per item, and at most
 * {@code 2 × workers} batches are in flight: when that many wait, the caller consumes the oldest
 * before it reads on. So memory holds a bounded number of items, whatever the length of the
 * stream, and the output order is the input order, always. With no workers, each item is mapped
 * and consumed on the caller's thread as it comes, exactly as a plain loop would.
 *
 * <p>How many workers to start is the caller's choice: one fewer than the threads it may use when
 * reading is heavy work of its own (the caller's thread then maps nothing but reads); as many as
 * the threads when reading is light (a catalogue split into each video's bytes, parsed by the
 * workers).
 *
 * <p>A mapping that throws ends the pipeline: the exception reaches the caller from the
 * {@code accept} or {@link #finish} that consumes its batch, and no later result is consumed.
 *
 * <p>Used by {@code org.amvkit.core.json}'s reader and, through a qualified export, by the
 * {@code amv} command line (for the inputs it reads itself).
 *
 * @param <I> the items read
 * @param <O> what they are mapped to
 */
public final class OrderedPipeline<I, O> implements AutoCloseable {

  /** Items a worker maps in one go: enough that the hand-over is cheap, few enough to stay small. */
  public static final int BATCH = 256;
  /**
   * The weight that ends a batch before it has {@link #BATCH} items: the bytes a video was read
   * from, for a catalogue, so that a few large videos are not held by the hundred.
   */
  public static final long BATCH_WEIGHT = 1 << 20;

  private final Function<? super I, ? extends O> mapping;
  private final Consumer<? super O> sink;
  private final ExecutorService workers;
  private final int maxInFlight;
  private final Deque<Future<List<O>>> inFlight = new ArrayDeque<>();
  private List<I> batch = new ArrayList<>(BATCH);
  private long batchWeight;

  private OrderedPipeline(int workerCount, Function<? super I, ? extends O> mapping,
      Consumer<? super O> sink) {
    this.mapping = Objects.requireNonNull(mapping, "mapping");
    this.sink = Objects.requireNonNull(sink, "sink");
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
   * @param workers  the worker threads to start: 0 maps on the caller's thread
   * @param mapping  what a worker does with an item, not null
   * @param sink  what the caller's thread does with each result, in input order, not null
   * @param <I> the items read
   * @param <O> what they are mapped to
   * @return the pipeline, not null
   * @throws IllegalArgumentException if workers is negative
   */
  public static <I, O> OrderedPipeline<I, O> start(int workers,
      Function<? super I, ? extends O> mapping, Consumer<? super O> sink) {
    if (workers < 0) {
      throw new IllegalArgumentException("workers must not be negative, not " + workers);
    }
    return new OrderedPipeline<>(workers, mapping, sink);
  }

  /**
   * Maps every item an iterator gives, read on the caller's thread: a pipeline from start to
   * finish. An item the iterator cannot give (it throws) ends the reading: the results of the
   * items before it still reach the sink, and then its exception is thrown.
   *
   * @param items  the items, read on the caller's thread, not null
   * @param workers  the worker threads to start: 0 maps on the caller's thread
   * @param mapping  what a worker does with an item, not null
   * @param sink  what the caller's thread does with each result, in input order, not null
   * @param <I> the items read
   * @param <O> what they are mapped to
   * @throws IllegalArgumentException if workers is negative
   */
  public static <I, O> void mapAll(Iterator<? extends I> items, int workers,
      Function<? super I, ? extends O> mapping, Consumer<? super O> sink) {
    mapAll(items, item -> 0, workers, mapping, sink);
  }

  /**
   * Maps every item an iterator gives, as {@link #mapAll(Iterator, int, Function, Consumer)}
   * does, each with a weight (see {@link #accept(Object, long)}).
   *
   * @param items  the items, read on the caller's thread, not null
   * @param weight  the weight of an item, asked on the caller's thread just after the item is
   *     read, not null
   * @param workers  the worker threads to start: 0 maps on the caller's thread
   * @param mapping  what a worker does with an item, not null
   * @param sink  what the caller's thread does with each result, in input order, not null
   * @param <I> the items read
   * @param <O> what they are mapped to
   * @throws IllegalArgumentException if workers is negative
   */
  public static <I, O> void mapAll(Iterator<? extends I> items, ToLongFunction<? super I> weight,
      int workers, Function<? super I, ? extends O> mapping, Consumer<? super O> sink) {
    try (OrderedPipeline<I, O> pipeline = start(workers, mapping, sink)) {
      try {
        items.forEachRemaining(item -> pipeline.accept(item, weight.applyAsLong(item)));
      } catch (RuntimeException readFailure) {
        try {
          pipeline.finish();
        } catch (RuntimeException sinkFailure) {
          readFailure.addSuppressed(sinkFailure);
        }
        throw readFailure;
      }
      pipeline.finish();
    }
  }

  /**
   * Takes the next item; may first consume the results of earlier ones.
   *
   * @param item  the item, in input order
   */
  public void accept(I item) {
    accept(item, 0);
  }

  /**
   * Takes the next item, with its weight: a batch ends at {@link #BATCH} items or once its items
   * weigh {@link #BATCH_WEIGHT}, so that what is in flight stays small whatever the items.
   *
   * @param item  the item, in input order
   * @param weight  what it weighs, such as the bytes it was read from; not negative
   */
  public void accept(I item, long weight) {
    if (workers == null) {
      sink.accept(mapping.apply(item));
      return;
    }
    batch.add(item);
    batchWeight += weight;
    if (batch.size() == BATCH || batchWeight >= BATCH_WEIGHT) {
      submit();
    }
  }

  /** Maps what is left and consumes every result still owed; call once, after the last item. */
  public void finish() {
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
    batchWeight = 0;
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
