/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.spark;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.amvkit.core.json.VideoLineException;
import org.amvkit.core.json.VideoLineReader;
import org.amvkit.rules.Classifier;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import scala.Tuple2;

/**
 * Classifies the lines of one partition, each with its index in the whole file. The reader of
 * lines and the classifier are built once per partition, on the worker, from what travels: the
 * sources document and the {@link ProfileChoice}. Rows are made as Spark asks for them, so a
 * partition is never held in memory.
 */
final class PartitionClassifier implements FlatMapFunction<Iterator<Tuple2<String, Long>>, Row> {

  private static final long serialVersionUID = 1L;

  private final String sources;
  private final ProfileChoice profile;

  PartitionClassifier(String sources, ProfileChoice profile) {
    this.sources = sources;
    this.profile = profile;
  }

  @Override
  public Iterator<Row> call(Iterator<Tuple2<String, Long>> lines) {
    VideoLineReader reader = VideoLineReader.of(sources);
    Classifier classifier = profile.classifier();
    return new Iterator<>() {
      private final ArrayDeque<Row> pending = new ArrayDeque<>();

      @Override
      public boolean hasNext() {
        while (pending.isEmpty() && lines.hasNext()) {
          Tuple2<String, Long> next = lines.next();
          read(next._1(), next._2() + 1);
        }
        return !pending.isEmpty();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return pending.poll();
      }

      private void read(String line, long number) {
        if (line.isBlank()) {
          return;   // a blank line (the end of a file, often) is no video
        }
        try {
          pending.add(LineRows.classified(number,
              classifier.classify(reader.read(line, number))));
        } catch (VideoLineException e) {
          pending.addAll(LineRows.unreadable(number, e));
        }
      }
    };
  }
}
