/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.spark;

import static org.apache.spark.sql.functions.col;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What {@link AmvSpark#classify} gives: the videos classified, and the lines that could not be
 * read. Nothing is dropped silently: every non-blank line is in one of the two.
 *
 * <p>Both are lazy selections of one pass over the lines (Spark computes them when an action asks);
 * a job that uses both should {@link Dataset#cache() cache} {@link #all()} first, or pay the pass
 * twice.
 */
public final class SparkClassification {

  private final Dataset<Row> all;

  SparkClassification(Dataset<Row> all) {
    this.all = all;
  }

  /**
   * Returns one row per video read, in the order of the lines, with the columns and values of
   * {@code amv classify --format json}: {@code id}, {@code category}, {@code label},
   * {@code deviations} (array of rule ids), {@code undetermined} (definition id to the rule ids
   * that could not tell), {@code errors} (rule id to why it broke) and {@code verdicts}
   * (definition id to {@code MET}, {@code NOT_MET} or {@code UNDETERMINED}).
   *
   * @return the classifications, not null
   */
  public Dataset<Row> classified() {
    return all.filter(col(LineRows.MESSAGE).isNull()).select(columns(LineRows.CLASSIFIED));
  }

  /**
   * Returns one row per problem of the lines that could not be read: {@code line} (its number in
   * the file, from 1), {@code path} (the JSON path in the video object, such as
   * {@code clips[0].end}; empty for a line that is not well-formed JSON) and {@code message}, as
   * {@link org.amvkit.core.json.VideoLineReader} reports them.
   *
   * @return the problems, none when every line was read, not null
   */
  public Dataset<Row> errors() {
    return all.filter(col(LineRows.MESSAGE).isNotNull()).select(columns(LineRows.ERRORS));
  }

  /**
   * Returns the pass both come from: every column of both, a line's classification or one of its
   * problems per row. Cache it to compute both from one pass.
   *
   * @return the rows, not null
   */
  public Dataset<Row> all() {
    return all;
  }

  private static Column[] columns(String[] names) {
    return Arrays.stream(names).map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
  }
}
