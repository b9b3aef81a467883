/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Other programs' catalogues as amvkit values: AMV Tracker's SQLite file and its text export, read
 * without ever being written, row by row; footage titles resolved to sources against the
 * catalogue's own, a user's reference and a bundled reference of well-known sources.
 */
module org.amvkit.importers {
  requires transitive org.amvkit.core;
  requires java.sql;
  requires org.xerial.sqlitejdbc;
  // The bundled reference is an amv-catalogue/1 document, read with amv-core's codec.
  requires com.fasterxml.jackson.core;
  requires static org.immutables.value.annotations;

  exports org.amvkit.importers;
  exports org.amvkit.importers.tracker;
  exports org.amvkit.importers.sources;
}
