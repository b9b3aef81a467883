/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.importers.tracker;

import java.util.Objects;

/**
 * A sub-database of an AMV Tracker file: the table that holds it and the name the user gave it.
 *
 * @param table  the table, such as {@code "sub_db_0"}, not null
 * @param name  the user's name for it, such as {@code "Main database"}, not null
 */
public record SubDatabase(String table, String name) {

  /** The table of the main sub-database, which every file has. */
  public static final String MAIN_TABLE = "sub_db_0";

  /**
   * Checks the parts.
   *
   * @param table  the table, not null
   * @param name  the user's name for it, not null
   */
  public SubDatabase {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(name, "name");
  }

  /**
   * Tells whether this is the main sub-database, {@code sub_db_0}.
   *
   * @return true for the main one
   */
  public boolean isMain() {
    return MAIN_TABLE.equals(table);
  }
}
