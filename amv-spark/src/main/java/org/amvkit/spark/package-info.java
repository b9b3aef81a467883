/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * amvkit on Apache Spark: the classifier and the analytics over a catalogue's line form, per
 * partition, with the same answers as on one machine. Start at {@link org.amvkit.spark.AmvSpark};
 * {@link org.amvkit.spark.ClassifyJob} is the job for {@code spark-submit}.
 *
 * <p>Spark is a {@code provided} dependency: the cluster brings it. Nothing here is needed by a
 * user of amv-core or amv-rules alone.
 */
package org.amvkit.spark;
