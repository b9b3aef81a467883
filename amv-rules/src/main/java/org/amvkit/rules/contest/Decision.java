/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.contest;

/** What a contest coordinator does with one entry. */
public enum Decision {
  /** The entry meets every required rule and has no fault of its own. */
  ACCEPTED,
  /**
   * The entry breaks a required rule, is filed in a style (category) the contest does not have, or was
   * submitted by someone who did not make the video.
   */
  REJECTED,
  /**
   * Nothing rejects the entry, but something needed to decide is missing: its video is not in the
   * catalogue, or a required rule cannot tell (no clip timeline, no publication date, a content
   * flag not recorded).
   */
  UNDETERMINED
}
