/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Makes AMV Tracker files for the command line's tests, from the schema of the format facts
 * ({@code shared/formats/amv-tracker.md}): the tables the program creates with the columns of a
 * sub-database in order, the template's "Genres" tag group, and rows as the program writes them.
 * No binary fixture is copied from anywhere. Public so that the example programs' tests use it too.
 */
public final class TrackerDatabases {

  /** The columns of a sub-database table, in order, with their declared types. */
  private static final List<String> COLUMNS = List.of(
      "video_id", "primary_editor_username TEXT", "primary_editor_pseudonyms TEXT",
      "addl_editors TEXT", "studio TEXT", "video_title TEXT", "release_date TEXT",
      "release_date_unknown INTEGER", "star_rating REAL", "video_footage TEXT", "song_artist TEXT",
      "song_title TEXT", "song_genre TEXT", "video_length INTEGER", "contests_entered TEXT",
      "awards_won TEXT", "video_description TEXT", "my_rating REAL", "notable INTEGER",
      "favorite INTEGER", "tags_1 TEXT", "tags_2 TEXT", "tags_3 TEXT", "tags_4 TEXT",
      "tags_5 TEXT", "tags_6 TEXT", "comments TEXT", "video_youtube_url TEXT",
      "video_org_url TEXT", "video_amvnews_url TEXT", "video_other_url TEXT", "local_file TEXT",
      "editor_youtube_channel_url TEXT", "editor_org_profile_url TEXT",
      "editor_amvnews_profile_url TEXT", "editor_other_profile_url TEXT", "sequence INTEGER",
      "date_entered TEXT", "play_count INTEGER", "vid_thumb_path TEXT", "sub_db TEXT",
      "video_source TEXT");

  /** The columns' names alone, in order. */
  public static final List<String> NAMES =
      COLUMNS.stream().map(column -> column.split(" ")[0]).toList();

  private TrackerDatabases() {}

  /**
   * Creates a database as the program's template is, with sub-databases {@code sub_db_0} ("Main
   * database") and {@code sub_db_1} ("Old favourites"), and these rows in the main one.
   *
   * @param file  where, not yet existing
   * @param rows  the rows, by column; columns left out are NULL
   * @return the file
   */
  @SafeVarargs
  public static Path create(Path file, Map<String, Object>... rows) {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      execute(connection, "PRAGMA synchronous = OFF");
      execute(connection, "CREATE TABLE db_name_lookup (table_name PRIMARY KEY, "
          + "user_subdb_name TEXT NOT NULL)");
      execute(connection, "CREATE TABLE tags_lookup (internal_field_name TEXT PRIMARY KEY, "
          + "user_field_name TEXT, in_use INTEGER)");
      for (int group = 1; group <= 6; group++) {
        execute(connection, "CREATE TABLE tags_" + group + " (tag_name TEXT PRIMARY KEY, "
            + "tag_desc TEXT, sort_order INTEGER, disable_tags TEXT)");
        insert(connection, "tags_lookup", Map.of("internal_field_name", "tags_" + group,
            "user_field_name", group == 1 ? "Genres" : "", "in_use", group == 1 ? 1 : 0));
      }
      execute(connection, "CREATE TABLE misc_settings (setting_name TEXT, value TEXT)");
      for (String table : List.of("sub_db_0", "sub_db_1")) {
        execute(connection, "CREATE TABLE " + table + " (" + String.join(", ", COLUMNS) + ")");
        insert(connection, "db_name_lookup", Map.of("table_name", table, "user_subdb_name",
            table.equals("sub_db_0") ? "Main database" : "Old favourites"));
      }
      connection.setAutoCommit(false);
      for (Map<String, Object> row : rows) {
        insert(connection, "sub_db_0", row);
      }
      connection.commit();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return file;
  }

  /**
   * Writes an export as the program does: UTF-16 (little-endian, with a byte-order mark),
   * tab-separated, a header line, NULL as {@code None}.
   *
   * @param file  where
   * @param rows  the rows, by column; columns left out are NULL
   * @return the file
   */
  @SafeVarargs
  public static Path export(Path file, Map<String, Object>... rows) throws java.io.IOException {
    StringBuilder text = new StringBuilder("\uFEFF").append(String.join("\t", NAMES)).append('\n');
    for (Map<String, Object> row : rows) {
      List<String> values = new ArrayList<>();
      for (String name : NAMES) {
        Object value = row.get(name);
        values.add(value == null ? "None" : value.toString());
      }
      text.append(String.join("\t", values)).append('\n');
    }
    Files.write(file, text.toString().getBytes(StandardCharsets.UTF_16LE));
    return file;
  }

  /**
   * A row as the program writes one, of a video whose footage the bundled reference knows.
   *
   * @param videoId  the id
   * @param title  the video's title
   * @param footage  the footage titles, joined with {@code "; "}
   * @param seconds  the length
   * @return the row, which can be changed, by column
   */
  public static Map<String, Object> row(String videoId, String title, String footage,
      int seconds) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("video_id", videoId);
    row.put("primary_editor_username", "SnowPaw");
    row.put("addl_editors", "");
    row.put("video_title", title);
    row.put("release_date", "2011/03/02");
    row.put("release_date_unknown", 0);
    row.put("video_footage", footage);
    row.put("song_artist", "Some Band");
    row.put("song_title", "Run");
    row.put("song_genre", "Rock");
    row.put("video_length", seconds);
    row.put("tags_1", "Drama");
    row.put("my_rating", 8.5);
    row.put("favorite", 1);
    return row;
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static void insert(Connection connection, String table, Map<String, ?> row)
      throws SQLException {
    StringJoiner marks = new StringJoiner(", ");
    row.keySet().forEach(column -> marks.add("?"));
    String sql = "INSERT INTO " + table + " (" + String.join(", ", row.keySet()) + ") VALUES ("
        + marks + ")";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      int index = 1;
      for (Object value : row.values()) {
        insert.setObject(index++, value);
      }
      insert.executeUpdate();
    }
  }
}
