/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Footage titles made sources: catalogues such as AMV Tracker's name the films and series a video
 * uses by title alone, spelled as each user spells them. {@link
 * org.amvkit.importers.sources.TitleNormalizer} reduces a title to what does not vary between
 * spellings, {@link org.amvkit.importers.sources.SourceResolver} looks it up in the catalogue's own
 * sources, a reference the user gives and the {@link
 * org.amvkit.importers.sources.BundledReference bundled reference} of well-known sources, in that
 * order, and a {@link org.amvkit.importers.sources.TitleTally} counts what was found where and
 * which titles matched nothing. Depends on {@link org.amvkit.core} only.
 */
package org.amvkit.importers.sources;
