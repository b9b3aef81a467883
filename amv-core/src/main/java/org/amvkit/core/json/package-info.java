/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The {@code amv-catalogue/1} JSON format: {@link org.amvkit.core.json.CatalogueReader} reads a
 * document's sources and then hands out its videos one by one, so that memory does not grow with
 * the number of videos, or reads a file on every core
 * ({@link org.amvkit.core.json.CatalogueReader#mapInOrder}, the results in document order);
 * {@link org.amvkit.core.json.CatalogueWriter} writes sources and videos as they come. What one writes, the other reads back equal. Bad input is reported by a
 * {@link org.amvkit.core.json.CatalogueFormatException} whose message starts with the JSON path of
 * the bad value ({@code videos[3].clips[0].end}); it is a
 * {@link org.amvkit.core.json.JsonFormatException}, as the exceptions of the profile and contest
 * readers of {@code org.amvkit.rules} are. A fact left out is not known, never "none": a
 * video's {@code "awards": []} records that it won none, while no {@code awards} at all says
 * nothing.
 *
 * <p>The codec uses Jackson's streaming API ({@code com.fasterxml.jackson.core}), an
 * <em>optional</em> dependency of amv-core: an application that reads or writes catalogues must
 * depend on {@code jackson-core} itself (on the module path, its module must be resolved, for
 * example by {@code requires com.fasterxml.jackson.core}); the rest of amv-core works without it.
 * The values read and written are those of {@link org.amvkit.core}, gathered in memory by
 * {@link org.amvkit.core.catalogue.Catalogue} when a document is small enough.
 */
package org.amvkit.core.json;
