/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.analytics;

import java.util.Objects;

/**
 * A video and its {@linkplain Analytics#originality(org.amvkit.core.Video) originality}: one line
 * of {@link Analytics#mostOriginal(java.util.Iterator, int)}.
 *
 * @param id  the video's id, not null
 * @param title  the video's title, not null
 * @param originality  how rarely its sources are used, between 0 and 1
 */
public record OriginalVideo(String id, String title, double originality) {

  /**
   * Checks the components.
   *
   * @param id  the video's id, not null
   * @param title  the video's title, not null
   * @param originality  how rarely its sources are used, between 0 and 1
   * @throws IllegalArgumentException if {@code originality} is not between 0 and 1
   */
  public OriginalVideo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    if (!(originality >= 0 && originality <= 1)) {
      throw new IllegalArgumentException("video " + id + ": originality " + originality
          + " is not between 0 and 1");
    }
  }
}
