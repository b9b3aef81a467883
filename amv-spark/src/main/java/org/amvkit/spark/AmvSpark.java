/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.spark;

import java.util.Objects;
import org.amvkit.core.json.VideoLineReader;
import org.amvkit.rules.analytics.Analytics;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * amvkit's classifier and analytics over a catalogue's line form on Apache Spark, with the same
 * answers as on one machine.
 *
 * <pre>{@code
 * SparkSession spark = SparkSession.builder().appName("amv").getOrCreate();
 * String sources = String.join("\n", spark.read().textFile("sources.json").collectAsList());
 * Dataset<String> videos = spark.read().textFile("videos.ndjson");
 *
 * SparkClassification result =
 *     AmvSpark.classify(videos, sources, ProfileChoice.id("all-the-tropes"));
 * result.classified().write().json("out/classified");   // the keys of amv classify --format json
 * result.errors().show();                                // line, path, message of bad lines
 *
 * Analytics analytics = AmvSpark.stats(videos, sources, ProfileChoice.id("all-the-tropes"));
 * }</pre>
 *
 * <p><b>The line form.</b> A cluster cannot split one JSON document, so a catalogue is given as a
 * sources file (an {@code amv-catalogue/1} document with sources and no videos, small enough to
 * send to every worker) and its videos one per line, each exactly as in a catalogue's
 * {@code videos} array ({@code amv convert CATALOGUE --to lines -o DIR} writes both). Blank lines
 * are skipped; lines are numbered in the order of the dataset, from 1, as in the file a
 * {@code textFile} read.
 *
 * <p><b>On the workers.</b> Neither the profile nor its rules travel (rules need not be
 * serializable): each partition rebuilds the reader of lines from the sources text and the
 * classifier from the {@link ProfileChoice}, with the rule providers its class loader finds, so a
 * plug-in rule works when its jar is among the job's jars. Results are plain rows and values.
 *
 * <p>Numbering lines costs one extra Spark job, which counts the lines of each partition
 * ({@code zipWithIndex}).
 */
public final class AmvSpark {

  private AmvSpark() {}

  /**
   * Classifies every video line.
   *
   * @param videoLines  the videos, one JSON object per line, not null
   * @param sources  the sources document's text, not null
   * @param profile  the profile to classify with, not null
   * @return the classified videos and the lines that could not be read, not null
   * @throws org.amvkit.core.json.CatalogueFormatException if the sources document is not valid
   * @throws IllegalArgumentException if the profile cannot be resolved (checked on the driver)
   */
  public static SparkClassification classify(Dataset<String> videoLines, String sources,
      ProfileChoice profile) {
    check(videoLines, sources, profile);
    Dataset<Row> all = videoLines.sparkSession().createDataFrame(
        numbered(videoLines).mapPartitions(new PartitionClassifier(sources, profile)),
        LineRows.SCHEMA);
    return new SparkClassification(all);
  }

  /**
   * Computes the analytics of every video line, as {@code amv stats} does on one machine, per
   * partition and merged ({@link Analytics#merge}).
   *
   * @param videoLines  the videos, one JSON object per line, not null
   * @param sources  the sources document's text, not null
   * @param profile  the profile whose categories to count, not null
   * @return the analytics, not null
   * @throws org.amvkit.core.json.CatalogueFormatException if the sources document is not valid
   * @throws IllegalArgumentException if the profile cannot be resolved, or a line could not be
   *     read (the message counts them and gives the first's line, path and problem)
   */
  public static Analytics stats(Dataset<String> videoLines, String sources,
      ProfileChoice profile) {
    check(videoLines, sources, profile);
    return numbered(videoLines).mapPartitions(PartitionStats.counting(sources, profile))
        .fold(PartitionStats.none(sources), PartitionStats::merge)
        .analytics();
  }

  private static void check(Dataset<String> videoLines, String sources, ProfileChoice profile) {
    Objects.requireNonNull(videoLines, "videoLines");
    Objects.requireNonNull(sources, "sources");
    Objects.requireNonNull(profile, "profile").check();
    VideoLineReader.of(sources);   // a bad sources file is reported here, not on every worker
  }

  private static JavaPairRDD<String, Long> numbered(Dataset<String> videoLines) {
    return videoLines.javaRDD().zipWithIndex();
  }
}
