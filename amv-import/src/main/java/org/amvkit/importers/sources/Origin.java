/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.importers.sources;

/** Where a footage title was found, in the order {@link SourceResolver} looks. */
public enum Origin {

  /** Among the catalogue's own sources. */
  CATALOGUE,

  /** In the reference the user gave. */
  REFERENCE,

  /** In the {@link BundledReference bundled reference} of well-known sources. */
  BUNDLED,

  /** Nowhere: the title matches no source. */
  UNRESOLVED
}
