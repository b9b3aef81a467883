/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.importers.sources;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.amvkit.core.Source;
import org.amvkit.core.json.CatalogueReader;

/**
 * The well-known sources amvkit ships: the animal-centred animated films and series Animash editors
 * use, and the anime most used in AMVs, each with its medium, form, year, studio, franchise, other
 * titles and principal characters with their species. "Everyone seems to be using the same
 * movies", so a few hundred sources cover most videos.
 *
 * <pre>{@code
 * List<Source> wellKnown = BundledReference.sources();
 * }</pre>
 *
 * <p>It is an {@code amv-catalogue/1} document of sources only, the resource {@value #RESOURCE} of
 * this module, read once on first use. Its facts are those of each work's public record; a fact
 * that is not certain is left out rather than guessed.
 */
public final class BundledReference {

  /** Where the reference is, as a resource of this module. */
  public static final String RESOURCE = "/org/amvkit/importers/sources/bundled-sources.json";

  /** Read on first use; immutable once read. */
  private static List<Source> sources;

  private BundledReference() {}

  /**
   * Returns the sources of the reference.
   *
   * @return the sources, unique by id, not null
   * @throws IllegalStateException if the resource is missing or cannot be read: a broken build
   */
  public static synchronized List<Source> sources() {
    if (sources == null) {
      sources = read();
    }
    return sources;
  }

  private static List<Source> read() {
    try (InputStream in = BundledReference.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the bundled reference " + RESOURCE + " is missing");
      }
      try (CatalogueReader reader = CatalogueReader.open(in)) {
        return reader.sources();
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException("the bundled reference " + RESOURCE + " cannot be read: "
          + e.getMessage(), e);
    }
  }
}
