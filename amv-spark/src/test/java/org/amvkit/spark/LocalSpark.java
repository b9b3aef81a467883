/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one local Spark session of the tests: starting one takes seconds, so every test class of
 * the module shares it (Surefire runs them in one JVM); the JVM's exit stops it.
 */
final class LocalSpark {

  private static SparkSession session;

  private LocalSpark() {}

  /** Two worker threads, no web UI, few shuffle partitions: small data, quickly. */
  static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSession.builder()
          .appName("amv-spark tests")
          .master("local[2]")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "2")
          .config("spark.driver.host", "127.0.0.1")
          .getOrCreate();
      session.sparkContext().setLogLevel("WARN");
    }
    return session;
  }
}
