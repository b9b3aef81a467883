/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.importers.sources;

import java.util.Objects;
import java.util.Optional;
import org.amvkit.core.Source;

/**
 * What a footage title resolved to: a source and where it was found, or nothing.
 *
 * @param title  the title as given, not null
 * @param source  the source it names, or empty if unresolved, not null
 * @param origin  where the source was found; {@link Origin#UNRESOLVED} exactly when there is none,
 *     not null
 */
public record Resolution(String title, Optional<Source> source, Origin origin) {

  /**
   * Checks that the origin agrees with the source.
   *
   * @param title  the title as given, not null
   * @param source  the source, or empty, not null
   * @param origin  where it was found, not null
   * @throws IllegalArgumentException if a source is given with {@link Origin#UNRESOLVED}, or none
   *     with another origin
   */
  public Resolution {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(origin, "origin");
    if (source.isPresent() == (origin == Origin.UNRESOLVED)) {
      throw new IllegalArgumentException("title " + title + ": origin " + origin
          + (source.isPresent() ? " with a source" : " without a source"));
    }
  }

  /**
   * Tells whether a source was found.
   *
   * @return true if the title names a known source
   */
  public boolean isResolved() {
    return source.isPresent();
  }
}
