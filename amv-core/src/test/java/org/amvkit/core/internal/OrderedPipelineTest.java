/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class OrderedPipelineTest {

  @Property(tries = 40)
  void results_come_in_input_order_whatever_the_workers(
      @ForAll @IntRange(min = 0, max = 4) int workers,
      @ForAll @IntRange(min = 0, max = 3000) int items) {
    // given
    List<Integer> out = new ArrayList<>();

    // when
    try (OrderedPipeline<Integer, Integer> pipeline =
        OrderedPipeline.start(workers, i -> i * 2, out::add)) {
      IntStream.range(0, items).forEach(pipeline::accept);
      pipeline.finish();
    }

    // then
    assertThat(out).isEqualTo(IntStream.range(0, items).map(i -> i * 2).boxed()
        .collect(Collectors.toList()));
  }

  @Test
  void with_workers_the_mapping_runs_off_the_callers_thread() {
    // given
    Set<String> mappingThreads = ConcurrentHashMap.newKeySet();
    Set<String> sinkThreads = ConcurrentHashMap.newKeySet();

    // when
    try (OrderedPipeline<Integer, Integer> pipeline = OrderedPipeline.start(2, i -> {
      mappingThreads.add(Thread.currentThread().getName());
      return i;
    }, i -> sinkThreads.add(Thread.currentThread().getName()))) {
      IntStream.range(0, 5 * OrderedPipeline.BATCH).forEach(pipeline::accept);
      pipeline.finish();
    }

    // then
    assertThat(mappingThreads).containsOnly("amv-worker");
    assertThat(sinkThreads).containsOnly(Thread.currentThread().getName());
  }

  @Test
  void no_more_than_two_batches_a_worker_are_in_flight() {
    // given: a caller that reads faster than anyone maps
    AtomicInteger mapped = new AtomicInteger();
    AtomicInteger consumed = new AtomicInteger();
    int maxAhead = 0;

    // when
    try (OrderedPipeline<Integer, Integer> pipeline =
        OrderedPipeline.start(1, i -> mapped.incrementAndGet(), i -> consumed.incrementAndGet())) {
      for (int i = 0; i < 20 * OrderedPipeline.BATCH; i++) {
        pipeline.accept(i);
        maxAhead = Math.max(maxAhead, i + 1 - consumed.get());
      }
      pipeline.finish();
    }

    // then: read but not consumed never exceeds the batches in flight and the one being filled
    assertThat(maxAhead).isLessThanOrEqualTo(3 * OrderedPipeline.BATCH);
    assertThat(consumed).hasValue(20 * OrderedPipeline.BATCH);
  }

  @Test
  void heavy_items_end_their_batches_early_so_that_few_are_read_ahead() {
    // given: items that each weigh half a batch
    AtomicInteger consumed = new AtomicInteger();
    int maxAhead = 0;

    // when
    try (OrderedPipeline<Integer, Integer> pipeline =
        OrderedPipeline.start(1, i -> i, i -> consumed.incrementAndGet())) {
      for (int i = 0; i < 100; i++) {
        pipeline.accept(i, OrderedPipeline.BATCH_WEIGHT / 2);
        maxAhead = Math.max(maxAhead, i + 1 - consumed.get());
      }
      pipeline.finish();
    }

    // then: two batches of two in flight, and the one being filled
    assertThat(maxAhead).isLessThanOrEqualTo(6);
    assertThat(consumed).hasValue(100);
  }

  @Test
  void a_mapping_that_throws_reaches_the_caller_and_nothing_after_it_is_consumed() {
    // given
    List<Integer> out = new ArrayList<>();
    int failing = OrderedPipeline.BATCH + 7;

    // when
    try (OrderedPipeline<Integer, Integer> pipeline = OrderedPipeline.start(1, i -> {
      if (i == failing) {
        throw new IllegalArgumentException("bad item " + i);
      }
      return i;
    }, out::add)) {
      assertThatThrownBy(() -> {
        IntStream.range(0, 10 * OrderedPipeline.BATCH).forEach(pipeline::accept);
        pipeline.finish();
      }).isInstanceOf(IllegalArgumentException.class).hasMessage("bad item " + failing);
    }

    // then
    assertThat(out).hasSize(OrderedPipeline.BATCH)
        .isEqualTo(IntStream.range(0, OrderedPipeline.BATCH).boxed().collect(Collectors.toList()));
  }

  @Test
  void an_iterator_that_fails_ends_the_reading_after_the_results_of_the_items_before_it() {
    // given: items that cannot be read past the thousandth
    Iterator<Integer> items = IntStream.range(0, 5000).map(i -> {
      if (i == 1000) {
        throw new IllegalStateException("cannot read item 1000");
      }
      return i;
    }).iterator();
    List<Integer> out = new ArrayList<>();

    // when, then
    assertThatThrownBy(() -> OrderedPipeline.mapAll(items, 2, i -> i + 1, out::add))
        .isInstanceOf(IllegalStateException.class).hasMessage("cannot read item 1000");
    assertThat(out).isEqualTo(IntStream.range(1, 1001).boxed().collect(Collectors.toList()));
  }

  @Test
  void a_negative_number_of_workers_is_refused() {
    assertThatThrownBy(() -> OrderedPipeline.start(-1, i -> i, i -> { }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("workers must not be negative, not -1");
  }
}
