/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * What every importer shares: the one exception bad input is reported by,
 * {@link org.amvkit.importers.ImportException}, the {@link org.amvkit.importers.ImportProblem} it
 * carries (the file, the table or line, the row and the column of a value that cannot be read), and
 * {@link org.amvkit.importers.OnBadValue}, which says whether reading stops at such a value or skips
 * it and reads on. The importers themselves live in {@link org.amvkit.importers.tracker} (AMV
 * Tracker); {@link org.amvkit.importers.sources} turns the footage titles they read into sources.
 */
package org.amvkit.importers;
