/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.amvkit.core.Video;
import org.amvkit.rules.builtin.BuiltInProfiles;

/** One classifier serves any number of threads: eight at once see what one thread sees. */
class ConcurrentClassificationProperties {

  private static final int THREADS = 8;
  private static final ExecutorService POOL = Executors.newFixedThreadPool(THREADS);
  private static final Classifier SHARED = Classifier.of(BuiltInProfiles.allTheTropes());

  @AfterContainer
  static void shutDown() throws InterruptedException {
    POOL.shutdownNow();
    POOL.awaitTermination(10, TimeUnit.SECONDS);
  }

  @Provide
  Arbitrary<List<Video>> batches() {
    return Generators.videos().list().ofMinSize(20).ofMaxSize(40);
  }

  @Property(tries = 20)
  void classification_from_eight_threads_at_once_is_identical_to_a_sequential_run(
      @ForAll("batches") List<Video> videos) throws Exception {
    // given
    List<Map<String, Object>> sequential = new ArrayList<>();
    for (Video video : videos) {
      sequential.add(Generators.summary(SHARED.classify(video)));
    }
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<Map<String, Object>>>> futures = new ArrayList<>();

    // when
    for (int t = 0; t < THREADS; t++) {
      Callable<List<Map<String, Object>>> task = () -> {
        start.await();
        List<Map<String, Object>> results = new ArrayList<>();
        for (Video video : videos) {
          results.add(Generators.summary(SHARED.classify(video)));
        }
        return results;
      };
      futures.add(POOL.submit(task));
    }
    start.countDown();

    // then
    for (Future<List<Map<String, Object>>> future : futures) {
      assertThat(future.get(30, TimeUnit.SECONDS)).isEqualTo(sequential);
    }
  }

  @Property(tries = 20)
  void one_classification_explained_from_eight_threads_at_once_says_the_same_everywhere(
      @ForAll("batches") List<Video> videos) throws Exception {
    // given: classifications whose lazy evidence nobody has asked for yet
    List<Classification> shared = new ArrayList<>();
    for (Video video : videos) {
      shared.add(SHARED.classify(video));
    }
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<Map<String, Object>>>> futures = new ArrayList<>();

    // when
    for (int t = 0; t < THREADS; t++) {
      futures.add(POOL.submit(() -> {
        start.await();
        List<Map<String, Object>> results = new ArrayList<>();
        for (Classification classification : shared) {
          results.add(Generators.summary(classification));
        }
        return results;
      }));
    }
    start.countDown();

    // then
    List<Map<String, Object>> expected = new ArrayList<>();
    for (Video video : videos) {
      expected.add(Generators.summary(SHARED.classify(video)));
    }
    for (Future<List<Map<String, Object>>> future : futures) {
      assertThat(future.get(30, TimeUnit.SECONDS)).isEqualTo(expected);
    }
  }
}
