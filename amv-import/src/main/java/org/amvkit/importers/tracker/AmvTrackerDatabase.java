/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.importers.tracker;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.amvkit.importers.ImportProblem.quote;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.amvkit.importers.ImportException;
import org.amvkit.importers.ImportProblem;
import org.amvkit.importers.OnBadValue;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * An AMV Tracker catalogue file, opened read-only: its sub-databases and their entries.
 *
 * <pre>{@code
 * try (AmvTrackerDatabase database = AmvTrackerDatabase.open(Path.of("my_database.db"));
 *     TrackerEntries entries = database.entries()) {        // the main sub-database
 *   database.subDatabases();   // [SubDatabase[table=sub_db_0, name=Main database], …]
 *   entries.forEachRemaining(entry -> System.out.println(entry.title()));
 * }
 * }</pre>
 *
 * <p><b>The user's file is never changed.</b> SQLite opens it read-only (the URI's
 * {@code mode=ro} and a read-only connection): nothing is written to it, no write lock is taken,
 * and no journal is left beside it. Reading takes SQLite's shared lock only while a statement runs,
 * so AMV Tracker itself can keep the file open meanwhile.
 *
 * <p><b>Bad input</b> is reported by an {@link ImportException} whose message names the file, the
 * table, the row ({@code video_id}) and the column: a file that is not SQLite, one without AMV
 * Tracker's tables, an unknown sub-database, a missing column, or a value that cannot be read (see
 * {@link TrackerEntries}). Not thread-safe; closing the database closes what was read from it.
 */
public final class AmvTrackerDatabase implements AutoCloseable {

  /** The first 16 bytes of every SQLite 3 database file. */
  private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(US_ASCII);

  private final Connection connection;
  private final String file;
  private final List<SubDatabase> subDatabases;
  private final Map<Column, String> tagGroups;

  private AmvTrackerDatabase(Connection connection, String file) {
    this.connection = connection;
    this.file = file;
    Schema schema = new Schema(connection, file);
    schema.requireTrackerTables();
    this.subDatabases = schema.subDatabases();
    this.tagGroups = schema.tagGroups();
  }

  /**
   * Opens an AMV Tracker file read-only and reads the names of its parts.
   *
   * @param file  the file, not null
   * @return the database, not null
   * @throws NoSuchFileException if there is no such file
   * @throws IOException if the file cannot be read
   * @throws ImportException if it is not an SQLite database, or not AMV Tracker's
   */
  public static AmvTrackerDatabase open(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    String name = file.toString();
    if (!isSqlite(file)) {
      throw new ImportException(ImportProblem.in(name)
          .because("not an SQLite database: it does not start with SQLite's header"));
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    config.setOpenMode(SQLiteOpenMode.OPEN_URI);
    Connection connection;
    try {
      connection = config.createConnection("jdbc:sqlite:" + readOnlyUri(file));
    } catch (SQLException e) {
      throw DatabaseRows.failed(ImportProblem.in(name), e);
    }
    try {
      return new AmvTrackerDatabase(connection, name);
    } catch (RuntimeException e) {
      closeQuietly(connection);
      throw e;
    }
  }

  /**
   * Tells whether a file is an SQLite database, by its first bytes, as a program that accepts
   * several kinds of catalogue tells them apart.
   *
   * @param file  the file, not null
   * @return true if it starts with SQLite's header
   * @throws NoSuchFileException if there is no such file
   * @throws IOException if the file cannot be read
   */
  public static boolean isSqlite(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
    }
  }

  /** SQLite's URI of the file, opened read-only; the path's special characters escaped. */
  private static String readOnlyUri(Path file) {
    // toUri() percent-encodes what SQLite's URIs reserve ('?', '#', '%', spaces).
    return file.toAbsolutePath().toUri() + "?mode=ro";
  }

  /**
   * Returns the sub-databases, by their user names.
   *
   * @return the sub-databases, in the order of their tables, not null
   */
  public List<SubDatabase> subDatabases() {
    return subDatabases;
  }

  /**
   * Finds a sub-database by the name the user gave it or by its table.
   *
   * @param name  the user's name, such as {@code "Main database"}, or a table, such as
   *     {@code "sub_db_1"}, not null
   * @return the sub-database, not null
   * @throws ImportException if the file has none of that name; the message lists those it has
   */
  public SubDatabase subDatabase(String name) {
    Objects.requireNonNull(name, "name");
    for (SubDatabase sub : subDatabases) {
      if (sub.name().equals(name)) {
        return sub;
      }
    }
    for (SubDatabase sub : subDatabases) {
      if (sub.table().equals(name)) {
        return sub;
      }
    }
    String known = subDatabases.stream().map(sub -> quote(sub.name()))
        .collect(Collectors.joining(", "));
    throw new ImportException(ImportProblem.in(file).table(Schema.NAMES)
        .because("no sub-database named " + quote(name) + " (the file has "
            + (known.isEmpty() ? "none" : known) + ")"));
  }

  /**
   * Returns the tag groups in use, by the user's name for each, in the order of their columns.
   *
   * @return the names, such as {@code ["Genres", "Footage"]}, not null
   */
  public List<String> tagGroups() {
    return List.copyOf(tagGroups.values());
  }

  /**
   * Reads the entries of the main sub-database, {@code sub_db_0}, stopping at the first value that
   * cannot be read.
   *
   * @return the entries, to be closed by the caller, not null
   * @throws ImportException if the main table lacks a column of AMV Tracker's
   * @throws IllegalStateException if the database is closed
   */
  public TrackerEntries entries() {
    return entries(SubDatabase.MAIN_TABLE, OnBadValue.STOP);
  }

  /**
   * Reads the entries of a sub-database.
   *
   * @param subDatabase  the user's name for it or its table, as {@link #subDatabase(String)} finds
   *     it, not null
   * @param onBad  what to do with a value that cannot be read, not null
   * @return the entries, to be closed by the caller, not null
   * @throws ImportException if there is no such sub-database, or its table is missing or lacks a
   *     column of AMV Tracker's
   * @throws IllegalStateException if the database is closed
   */
  public TrackerEntries entries(String subDatabase, OnBadValue onBad) {
    Objects.requireNonNull(onBad, "onBad");
    SubDatabase sub = subDatabase(subDatabase);
    requireOpen();
    new Schema(connection, file).requireColumns(sub.table());
    return new TrackerEntries(DatabaseRows.open(connection, file, sub.table()), tagGroups, onBad);
  }

  private void requireOpen() {
    try {
      if (connection.isClosed()) {
        throw new IllegalStateException("the database " + file + " is closed");
      }
    } catch (SQLException e) {
      throw DatabaseRows.failed(ImportProblem.in(file), e);
    }
  }

  /** Closes the file, and every entries read from it. Closing twice has no effect. */
  @Override
  public void close() {
    closeQuietly(connection);
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException e) {
      // Read-only: nothing is left to write or undo when closing fails.
    }
  }
}
