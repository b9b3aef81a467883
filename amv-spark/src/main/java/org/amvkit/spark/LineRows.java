/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amvkit.core.Problem;
import org.amvkit.core.json.VideoLineException;
import org.amvkit.rules.Classification;
import org.amvkit.rules.Outcome;
import org.amvkit.rules.Verdict;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The rows one pass over the lines makes: for a line that reads, its classification; for a line
 * that does not, one row per problem. Both kinds share one schema, so that one pass gives both
 * {@link SparkClassification#classified()} and {@link SparkClassification#errors()}, each a
 * selection of it. The classification's columns and their names are those of
 * {@code amv classify --format json}.
 */
final class LineRows {

  static final String LINE = "line";
  static final String PATH = "path";
  static final String MESSAGE = "message";

  /** The columns of {@link SparkClassification#classified()}, in order. */
  static final String[] CLASSIFIED = {
      "id", "category", "label", "deviations", "undetermined", "errors", "verdicts"};
  /** The columns of {@link SparkClassification#errors()}, in order. */
  static final String[] ERRORS = {LINE, PATH, MESSAGE};

  private static final DataType STRINGS = DataTypes.createArrayType(DataTypes.StringType, false);

  static final StructType SCHEMA = new StructType()
      .add(LINE, DataTypes.LongType, false)
      .add("id", DataTypes.StringType, true)
      .add("category", DataTypes.StringType, true)
      .add("label", DataTypes.StringType, true)
      .add("deviations", STRINGS, true)
      .add("undetermined", DataTypes.createMapType(DataTypes.StringType, STRINGS, false), true)
      .add("errors", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false),
          true)
      .add("verdicts", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false),
          true)
      .add(PATH, DataTypes.StringType, true)
      .add(MESSAGE, DataTypes.StringType, true);

  private LineRows() {}

  /** The row of a line that was classified. */
  static Row classified(long line, Classification classification) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (Map.Entry<String, Outcome> error : classification.errors().entrySet()) {
      errors.put(error.getKey(), error.getValue().explain());
    }
    Map<String, String> verdicts = new LinkedHashMap<>();
    for (Map.Entry<String, Verdict> verdict : classification.verdicts().entrySet()) {
      verdicts.put(verdict.getKey(), verdict.getValue().name());
    }
    Map<String, String[]> undetermined = new LinkedHashMap<>();
    classification.undetermined().forEach((definition, rules) ->
        undetermined.put(definition, rules.toArray(String[]::new)));
    // A row holds Scala's collections (or arrays) for Spark's arrays and maps, not Java's.
    return RowFactory.create(line, classification.videoId(), classification.category(),
        classification.label(), classification.deviations().toArray(String[]::new),
        CollectionConverters.asScala(undetermined), CollectionConverters.asScala(errors),
        CollectionConverters.asScala(verdicts), null, null);
  }

  /**
   * The rows of a line that could not be read: one per problem listed, and one more saying how
   * many were not listed, if some were not. A line not well-formed JSON has the path {@code ""}.
   */
  static List<Row> unreadable(long line, VideoLineException e) {
    List<Row> rows = new ArrayList<>(e.problems().size() + 1);
    for (Problem problem : e.problems()) {
      rows.add(problem(line, problem.field(), problem.field().isEmpty() && e.column() > 0
          ? "column " + e.column() + ": " + problem.message() : problem.message()));
    }
    if (e.omitted() > 0) {
      rows.add(problem(line, "", "… and " + e.omitted() + " more problems"));
    }
    return rows;
  }

  private static Row problem(long line, String path, String message) {
    return RowFactory.create(line, null, null, null, null, null, null, null, path, message);
  }
}
