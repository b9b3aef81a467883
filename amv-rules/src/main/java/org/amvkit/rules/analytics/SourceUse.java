/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.analytics;

import java.util.Objects;

/**
 * How many videos of a catalogue use one source: one line of the "everyone uses the same movies"
 * table of {@link Analytics#sources()}.
 *
 * <pre>{@code
 * SourceUse top = analytics.sources().get(0);
 * top.id();       // "balto"
 * top.title();    // "Balto"
 * top.videos();   // 8
 * }</pre>
 *
 * @param id  the source's id, not null
 * @param title  the source's title, not null
 * @param videos  the number of videos that use the source, not negative (zero for a source the
 *     catalogue lists but no video uses)
 */
public record SourceUse(String id, String title, long videos) {

  /**
   * Checks the components.
   *
   * @param id  the source's id, not null
   * @param title  the source's title, not null
   * @param videos  the number of videos that use the source, not negative
   * @throws IllegalArgumentException if {@code videos} is negative
   */
  public SourceUse {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    if (videos < 0) {
      throw new IllegalArgumentException("source " + id + ": videos " + videos + " is negative");
    }
  }
}
