/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.importers.tracker;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.StringJoiner;
import org.amvkit.importers.ImportException;
import org.amvkit.importers.ImportProblem;

/**
 * The rows of one sub-database table, read through a forward-only result set: SQLite steps
 * through the table as the rows are asked for, so memory does not grow with their number.
 */
final class DatabaseRows implements Rows {

  private final String file;
  private final String table;
  private final Statement statement;
  private final ResultSet results;

  private DatabaseRows(String file, String table, Statement statement, ResultSet results) {
    this.file = file;
    this.table = table;
    this.statement = statement;
    this.results = results;
  }

  /**
   * Starts reading a table whose columns were checked.
   *
   * @param table  the table's name, already checked to be {@code sub_db_N}
   * @throws ImportException if SQLite cannot read the table
   */
  static DatabaseRows open(Connection connection, String file, String table) {
    StringJoiner columns = new StringJoiner(", ");
    for (Column column : Column.values()) {
      columns.add('"' + column.sqlName() + '"');
    }
    Statement statement = null;
    try {
      statement = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY,
          ResultSet.CONCUR_READ_ONLY);
      ResultSet results = statement.executeQuery("SELECT " + columns + " FROM \"" + table + '"');
      return new DatabaseRows(file, table, statement, results);
    } catch (SQLException e) {
      closeQuietly(statement);
      throw failed(ImportProblem.in(file).table(table), e);
    }
  }

  @Override
  public boolean next() {
    try {
      return results.next();
    } catch (SQLException e) {
      throw failed(here(), e);
    }
  }

  @Override
  public ImportProblem rowProblem() {
    return null;
  }

  @Override
  public Object get(Column column) {
    try {
      return results.getObject(column.ordinal() + 1);
    } catch (SQLException e) {
      throw failed(here().column(column.sqlName()), e);
    }
  }

  @Override
  public ImportProblem.Builder here() {
    return ImportProblem.in(file).table(table);
  }

  @Override
  public void close() {
    closeQuietly(statement);
  }

  /** SQLite's own failure, on one line: a damaged file, a file locked by a writer. */
  static ImportException failed(ImportProblem.Builder where, SQLException e) {
    String message = String.valueOf(e.getMessage()).replaceAll("\\s+", " ").strip();
    return new ImportException(where.because("SQLite cannot read it: " + message), e);
  }

  private static void closeQuietly(Statement statement) {
    if (statement != null) {
      try {
        statement.close();
      } catch (SQLException e) {
        // Nothing was written: a statement that fails to close leaves nothing behind to undo.
      }
    }
  }
}
