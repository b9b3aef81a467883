/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.importers;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.amvkit.core.Problems;

/**
 * A value, a row or a whole file an importer could not read, and where it is: the file, the table
 * (or the line of a text file), the row and the column.
 *
 * <pre>{@code
 * ImportProblem problem = ImportProblem.in("my.db").table("sub_db_0").row(12, "aB3dE5fG7h")
 *     .column("video_length").because("\"3:45\" is not a whole number");
 * problem.message();
 * // my.db: table sub_db_0, row "aB3dE5fG7h", column video_length: "3:45" is not a whole number
 * }</pre>
 *
 * <p>The message is one line whatever the file holds: text quoted from it has its line breaks and
 * other control characters escaped, and long text is cut ({@link #quote(String)}).
 */
public final class ImportProblem {

  /** How much of a bad value a message quotes. */

  private final String file;
  private final String table;
  private final long line;
  private final long rowNumber;
  private final String videoId;
  private final String column;
  private final String reason;

  private ImportProblem(Builder builder, String reason) {
    this.file = builder.file;
    this.table = builder.table;
    this.line = builder.line;
    this.rowNumber = builder.rowNumber;
    this.videoId = builder.videoId;
    this.column = builder.column;
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * Starts describing a problem of a file.
   *
   * @param file  the file, as the user named it, not null
   * @return a builder, not null
   */
  public static Builder in(String file) {
    return new Builder(Objects.requireNonNull(file, "file"));
  }

  /**
   * Quotes text taken from a file for a message: in double quotes, with quotes, backslashes, line
   * breaks, tabs and other control characters escaped, cut after 60 characters, as
   * {@link Problems#quote} does for every message of amvkit.
   *
   * @param text  the text, not null
   * @return the quoted text, on one line, not null
   */
  public static String quote(String text) {
    return Problems.quote(text);   // one way of quoting bad values, everywhere
  }

  /**
   * Returns the file, as the user named it.
   *
   * @return the file, not null
   */
  public String file() {
    return file;
  }

  /**
   * Returns the table of a database the problem is in.
   *
   * @return the table, such as {@code "sub_db_0"}, or empty for a text file or the file as a whole,
   *     not null
   */
  public Optional<String> table() {
    return Optional.ofNullable(table);
  }

  /**
   * Returns the line of a text file the problem is on.
   *
   * @return the line, counting from one, or empty for a database, not null
   */
  public OptionalLong line() {
    return line > 0 ? OptionalLong.of(line) : OptionalLong.empty();
  }

  /**
   * Returns the row's {@code video_id}.
   *
   * @return the id, or empty when the problem is not in a row or the row has no id, not null
   */
  public Optional<String> videoId() {
    return Optional.ofNullable(videoId);
  }

  /**
   * Returns the position of the row among the rows read.
   *
   * @return the row number, counting from one, or empty when the problem is not in a row, not null
   */
  public OptionalLong rowNumber() {
    return rowNumber > 0 ? OptionalLong.of(rowNumber) : OptionalLong.empty();
  }

  /**
   * Returns the column of the bad value.
   *
   * @return the column, such as {@code "video_length"}, or empty when the problem is not one
   *     value's, not null
   */
  public Optional<String> column() {
    return Optional.ofNullable(column);
  }

  /**
   * Returns what is wrong, without the place.
   *
   * @return the reason, such as {@code "\"3:45\" is not a whole number"}, not null
   */
  public String reason() {
    return reason;
  }

  /**
   * Returns the problem in one line: the file, where in it, and what is wrong.
   *
   * @return the message, not null
   */
  public String message() {
    StringBuilder where = new StringBuilder();
    if (table != null) {
      where.append("table ").append(table);
    }
    if (line > 0) {
      where.append(where.length() > 0 ? ", " : "").append("line ").append(line);
    }
    if (videoId != null) {
      where.append(where.length() > 0 ? ", " : "").append("row ").append(quote(videoId));
    } else if (rowNumber > 0) {
      where.append(where.length() > 0 ? ", " : "").append("row #").append(rowNumber);
    }
    if (column != null) {
      where.append(where.length() > 0 ? ", " : "").append("column ").append(column);
    }
    return file + ": " + (where.length() > 0 ? where + ": " : "") + reason;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ImportProblem problem && message().equals(problem.message());
  }

  @Override
  public int hashCode() {
    return message().hashCode();
  }

  @Override
  public String toString() {
    return message();
  }

  /** Says where a problem is, then what it is; obtained from {@link ImportProblem#in(String)}. */
  public static final class Builder {

    private final String file;
    private String table;
    private long line;
    private long rowNumber;
    private String videoId;
    private String column;

    private Builder(String file) {
      this.file = file;
    }

    /**
     * Places the problem in a table of a database.
     *
     * @param table  the table, not null
     * @return this builder, not null
     */
    public Builder table(String table) {
      this.table = Objects.requireNonNull(table, "table");
      return this;
    }

    /**
     * Places the problem on a line of a text file.
     *
     * @param line  the line, counting from one
     * @return this builder, not null
     * @throws IllegalArgumentException if the line is not positive
     */
    public Builder line(long line) {
      if (line < 1) {
        throw new IllegalArgumentException("line " + line + " is not positive");
      }
      this.line = line;
      return this;
    }

    /**
     * Places the problem in a row.
     *
     * @param number  the row's position among the rows read, counting from one
     * @param videoId  the row's {@code video_id}, or null if it has none
     * @return this builder, not null
     * @throws IllegalArgumentException if the number is not positive
     */
    public Builder row(long number, String videoId) {
      if (number < 1) {
        throw new IllegalArgumentException("row " + number + " is not positive");
      }
      this.rowNumber = number;
      this.videoId = videoId == null || videoId.isBlank() ? null : videoId;
      return this;
    }

    /**
     * Places the problem in a column of the row.
     *
     * @param column  the column, not null
     * @return this builder, not null
     */
    public Builder column(String column) {
      this.column = Objects.requireNonNull(column, "column");
      return this;
    }

    /**
     * Says what is wrong, and makes the problem.
     *
     * @param reason  what is wrong, such as {@code "\"3:45\" is not a whole number"}, not null
     * @return the problem, not null
     */
    public ImportProblem because(String reason) {
      return new ImportProblem(this, reason);
    }
  }
}
