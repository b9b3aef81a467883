/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.importers.tracker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Makes AMV Tracker files for tests, from the schema of the format facts
 * ({@code shared/formats/amv-tracker.md}): the tables the program creates, with the exact columns
 * of a sub-database, and the template's tag groups. No binary fixture is copied from anywhere.
 */
final class TrackerFile implements AutoCloseable {

  /** The columns of a sub-database table, in order, with their declared types. */
  static final List<String> COLUMNS = List.of(
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
  static final List<String> NAMES = COLUMNS.stream().map(column -> column.split(" ")[0]).toList();

  /** The template's first tag group, "Genres". */
  static final List<String> TEMPLATE_GENRES = List.of("Action", "Character profile", "Comedy",
      "Dance", "Drama", "Fun", "Horror", "Other", "Parody", "Romance", "Sentimental", "Serious",
      "Trailer");

  private final Connection connection;

  private TrackerFile(Connection connection) {
    this.connection = connection;
  }

  /**
   * Creates a file as the program's template is: the tables, the main sub-database, the tag
   * groups named {@code Genres} (in use) and {@code tags_2} … {@code tags_6} (not in use).
   */
  static TrackerFile create(Path file) {
    TrackerFile tracker = bare(file);
    tracker.execute("CREATE TABLE db_name_lookup (table_name PRIMARY KEY, "
        + "user_subdb_name TEXT NOT NULL)");
    tracker.execute("CREATE TABLE tags_lookup (internal_field_name TEXT PRIMARY KEY, "
        + "user_field_name TEXT, in_use INTEGER)");
    for (int group = 1; group <= 6; group++) {
      tracker.execute("CREATE TABLE tags_" + group + " (tag_name TEXT PRIMARY KEY, tag_desc TEXT, "
          + "sort_order INTEGER, disable_tags TEXT)");
      tracker.insert("tags_lookup", "internal_field_name", "tags_" + group,
          "user_field_name", group == 1 ? "Genres" : "", "in_use", group == 1 ? 1 : 0);
    }
    for (int i = 0; i < TEMPLATE_GENRES.size(); i++) {
      tracker.insert("tags_1", "tag_name", TEMPLATE_GENRES.get(i), "sort_order", i);
    }
    tracker.execute("CREATE TABLE custom_tag_logic (ctlr_id TEXT PRIMARY KEY, field TEXT, "
        + "operation TEXT, value TEXT, tags_1 TEXT, tags_2 TEXT, tags_3 TEXT, tags_4 TEXT, "
        + "tags_5 TEXT, tags_6 TEXT, in_use INTEGER)");
    tracker.execute("CREATE TABLE custom_lists (cl_id TEXT PRIMARY KEY, list_name TEXT, "
        + "vid_ids TEXT, cl_desc TEXT)");
    tracker.execute("CREATE TABLE misc_settings (setting_name TEXT, value TEXT)");
    tracker.subDatabase("sub_db_0", "Main database");
    return tracker;
  }

  /** Creates an SQLite file with no table. */
  static TrackerFile bare(Path file) {
    try {
      TrackerFile tracker = new TrackerFile(DriverManager.getConnection("jdbc:sqlite:" + file));
      // Tests need no durability: without a sync per statement, making a file takes milliseconds.
      return tracker.execute("PRAGMA synchronous = OFF");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Adds a sub-database: its table, with every column, and its name. */
  TrackerFile subDatabase(String table, String name) {
    execute("CREATE TABLE " + table + " (" + String.join(", ", COLUMNS) + ")");
    insert("db_name_lookup", "table_name", table, "user_subdb_name", name);
    return this;
  }

  /** Names a tag group and says whether it is in use. */
  TrackerFile tagGroup(int group, String name, boolean inUse) {
    execute("UPDATE tags_lookup SET user_field_name = '" + name + "', in_use = " + (inUse ? 1 : 0)
        + " WHERE internal_field_name = 'tags_" + group + "'");
    return this;
  }

  /** Inserts a row given as column, value, column, value… */
  TrackerFile insert(String table, Object... columnsAndValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < columnsAndValues.length; i += 2) {
      row.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
    }
    return insert(table, row);
  }

  /** Inserts a row of these values by column. */
  TrackerFile insert(String table, Map<String, ?> row) {
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
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
    return this;
  }

  /** Inserts many rows in one transaction. */
  TrackerFile insertAll(String table, List<Map<String, Object>> rows) {
    try {
      connection.setAutoCommit(false);
      rows.forEach(row -> insert(table, row));
      connection.commit();
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return this;
  }

  /** Runs a statement. */
  TrackerFile execute(String sql) {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
    return this;
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }

  /** A row as the program writes one, every column filled; each value can be replaced. */
  static Map<String, Object> fullRow(String videoId) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("video_id", videoId);
    row.put("primary_editor_username", "SnowPaw");
    row.put("primary_editor_pseudonyms", "Snow Paw; SP");
    row.put("addl_editors", "FoxFan; Kitsune Kid");
    row.put("studio", "Northern Lights");
    row.put("video_title", "Run Free");
    row.put("release_date", "2011/03/02");
    row.put("release_date_unknown", 0);
    row.put("star_rating", 4.5);
    row.put("video_footage", "Balto; The Lion King; Wolf's Rain");
    row.put("song_artist", "Some Band");
    row.put("song_title", "Run");
    row.put("song_genre", "Rock");
    row.put("video_length", 221);
    row.put("contests_entered", "Animash Summer 2011\nOtakon 2011");
    row.put("awards_won", "Best Drama, Animash Summer 2011\n");
    row.put("video_description", "For FoxFan's birthday.\nEnjoy!");
    row.put("my_rating", 8.5);
    row.put("notable", 1);
    row.put("favorite", 0);
    row.put("tags_1", "Drama; Sentimental");
    row.put("tags_2", "Dogs");
    row.put("tags_3", "");
    row.put("tags_4", null);
    row.put("tags_5", null);
    row.put("tags_6", null);
    row.put("comments", "  Great timing  ");
    row.put("video_youtube_url", "https://www.youtube.com/watch?v=abcdefghijk");
    row.put("video_org_url", "");
    row.put("video_amvnews_url", null);
    row.put("video_other_url", "https://example.org/run-free");
    row.put("local_file", "C:\\AMVs\\Run Free.mp4");
    row.put("editor_youtube_channel_url", "https://www.youtube.com/@snowpaw");
    row.put("editor_org_profile_url", null);
    row.put("editor_amvnews_profile_url", "");
    row.put("editor_other_profile_url", null);
    row.put("sequence", 7);
    row.put("date_entered", "2020/01/15");
    row.put("play_count", 3);
    row.put("vid_thumb_path", "thumbnails/aB3dE5fG7h.jpg");
    row.put("sub_db", "sub_db_0");
    row.put("video_source", "YouTube");
    return row;
  }

  /** A row with only an id: every other column NULL. */
  static Map<String, Object> emptyRow(String videoId) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (String name : NAMES) {
      row.put(name, null);
    }
    row.put("video_id", videoId);
    return row;
  }

  /** The values of a row in the order of the columns, as the export writes them. */
  static List<String> exported(Map<String, Object> row) {
    List<String> values = new ArrayList<>();
    for (String name : NAMES) {
      Object value = row.get(name);
      values.add(value == null ? "None" : value.toString());
    }
    return values;
  }

  /** The columns' names, split and joined for an export's header. */
  static List<String> header() {
    return new ArrayList<>(Arrays.asList(NAMES.toArray(new String[0])));
  }
}
