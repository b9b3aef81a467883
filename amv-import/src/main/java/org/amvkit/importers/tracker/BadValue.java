/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.importers.tracker;

/**
 * A value of a column that cannot be read as the kind the program writes there; the message says
 * why, quoting the value. Caught where the row and column are known, and reported with them.
 */
final class BadValue extends RuntimeException {

  private static final long serialVersionUID = 1L;

  BadValue(String reason) {
    super(reason, null, false, false);
  }
}
