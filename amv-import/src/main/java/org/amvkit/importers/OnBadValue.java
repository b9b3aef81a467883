/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.importers;

/**
 * What an importer does with a value it cannot read: a number that is text, a date in another
 * form. Either way the value is never dropped silently.
 *
 * <pre>{@code
 * try (TrackerEntries entries = database.entries("Main database", OnBadValue.SKIP)) {
 *   entries.forEachRemaining(catalogue::add);
 *   entries.skipped().forEach(problem -> System.err.println(problem.message()));
 * }
 * }</pre>
 */
public enum OnBadValue {

  /** Reading stops with an {@link ImportException} naming the value: the default. */
  STOP,

  /**
   * Reading goes on: the value is read as not recorded (a row without an id is left out), and the
   * problem is kept in the list of skipped values, so that it can be reported.
   */
  SKIP
}
