/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.importers.tracker;

import static org.amvkit.importers.ImportProblem.quote;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.amvkit.importers.ImportException;
import org.amvkit.importers.ImportProblem;

/**
 * What an AMV Tracker file declares about itself: its tables, its sub-databases and their names,
 * its tag groups and theirs. Everything read here comes from the user's file, so it is checked
 * before it is used: a table name only ever reaches SQL as {@code sub_db_N}.
 */
final class Schema {

  static final String NAMES = "db_name_lookup";
  static final String TAG_NAMES = "tags_lookup";
  private static final Pattern SUB_DB_TABLE = Pattern.compile("sub_db_(\\d{1,6})");

  private final Connection connection;
  private final String file;

  Schema(Connection connection, String file) {
    this.connection = connection;
    this.file = file;
  }

  /** Checks that the file has the tables of AMV Tracker that name its parts. */
  void requireTrackerTables() {
    Set<String> tables = new HashSet<>();
    query(ImportProblem.in(file), "SELECT name FROM sqlite_master WHERE type = 'table'",
        results -> tables.add(results.getString(1)));
    for (String table : List.of(NAMES, TAG_NAMES, SubDatabase.MAIN_TABLE)) {
      if (!tables.contains(table)) {
        throw new ImportException(ImportProblem.in(file)
            .because("not an AMV Tracker database: it has no table " + table));
      }
    }
  }

  /** The sub-databases, in the order of their tables' numbers. */
  List<SubDatabase> subDatabases() {
    List<SubDatabase> found = new ArrayList<>();
    query(ImportProblem.in(file).table(NAMES),
        "SELECT table_name, user_subdb_name FROM " + NAMES, results -> {
          String table = cell(results, 1, NAMES, "table_name");
          if (table == null || !SUB_DB_TABLE.matcher(table).matches()) {
            throw new ImportException(ImportProblem.in(file).table(NAMES).column("table_name")
                .because((table == null ? "NULL" : quote(table)) + " is not a table sub_db_N"));
          }
          String name = cell(results, 2, NAMES, "user_subdb_name");
          found.add(new SubDatabase(table, name == null ? table : name));
        });
    found.sort(Comparator.comparingInt(sub -> Integer.parseInt(sub.table().substring(7))));
    return List.copyOf(found);
  }

  /**
   * The tag groups in use, each tag column with its group's name; a name given to two groups is
   * told apart by its column, so that no group's tags hide another's.
   */
  Map<Column, String> tagGroups() {
    Map<Column, String> groups = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    query(ImportProblem.in(file).table(TAG_NAMES),
        "SELECT internal_field_name, user_field_name, in_use FROM " + TAG_NAMES, results -> {
          String internal = cell(results, 1, TAG_NAMES, "internal_field_name");
          ImportProblem.Builder where = ImportProblem.in(file).table(TAG_NAMES);
          try {
            if (Boolean.TRUE.equals(Values.flag(results.getObject(3)))) {
              String name = cell(results, 2, TAG_NAMES, "user_field_name");
              names.put(internal, name == null ? internal : name);
            }
          } catch (BadValue e) {
            throw new ImportException(where.column("in_use").because(
                (internal == null ? "" : "group " + quote(internal) + ": ") + e.getMessage()));
          }
        });
    Set<String> taken = new HashSet<>();
    for (Column column : Column.TAGS) {
      String name = names.get(column.sqlName());
      if (name != null) {
        groups.put(column, taken.add(name) ? name : name + " (" + column.sqlName() + ")");
      }
    }
    return groups;
  }

  /** Checks that a table has every column of a sub-database. */
  void requireColumns(String table) {
    Set<String> columns = new HashSet<>();
    query(ImportProblem.in(file).table(table), "PRAGMA table_info(\"" + table + "\")",
        results -> columns.add(results.getString("name")));
    if (columns.isEmpty()) {
      throw new ImportException(ImportProblem.in(file).table(table)
          .because("the table is missing"));
    }
    for (Column column : Column.values()) {
      if (!columns.contains(column.sqlName())) {
        throw new ImportException(ImportProblem.in(file).table(table).column(column.sqlName())
            .because("the column is missing"));
      }
    }
  }

  /** One-line text of a column of the file's own description; null if blank. */
  private String cell(ResultSet results, int index, String table, String column)
      throws SQLException {
    try {
      return Values.line(results.getObject(index));
    } catch (BadValue e) {
      throw new ImportException(ImportProblem.in(file).table(table).column(column)
          .because(e.getMessage()));
    }
  }

  /** Runs a query of the file's own description and hands each row over. */
  private void query(ImportProblem.Builder where, String sql, RowHandler handler) {
    try (Statement statement = connection.createStatement();
        ResultSet results = statement.executeQuery(sql)) {
      while (results.next()) {
        handler.handle(results);
      }
    } catch (SQLException e) {
      throw DatabaseRows.failed(where, e);
    }
  }

  @FunctionalInterface
  private interface RowHandler {
    void handle(ResultSet results) throws SQLException;
  }
}
