/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * AMV Tracker's catalogues, read: {@link org.amvkit.importers.tracker.AmvTrackerDatabase} opens the
 * program's SQLite file read-only and lists its sub-databases,
 * {@link org.amvkit.importers.tracker.AmvTrackerExport} reads the program's text export, and both
 * hand out each row as a {@link org.amvkit.importers.tracker.TrackerEntry} through
 * {@link org.amvkit.importers.tracker.TrackerEntries}, one at a time, so that memory does not grow
 * with the number of rows. An entry keeps everything the user entered, typed, and says "not
 * recorded" where the program left a value empty.
 * {@link org.amvkit.importers.tracker.TrackerVideos} turns the entries into videos of
 * {@link org.amvkit.core}, with the footage titles resolved by {@link org.amvkit.importers.sources}.
 * The facts of the file are those of {@code shared/formats/amv-tracker.md}.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = false))
package org.amvkit.importers.tracker;

import org.immutables.value.Value;
