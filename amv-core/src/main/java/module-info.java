/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * amvkit's value model of fan-made music videos. No required runtime dependencies: Jackson's
 * streaming core ({@code com.fasterxml.jackson.core}) is needed only by the catalogue codec in
 * {@code org.amvkit.core.json}, and only when it is used.
 */
module org.amvkit.core {
  requires static org.immutables.value.annotations;
  requires static com.fasterxml.jackson.core;

  exports org.amvkit.core;
  exports org.amvkit.core.species;
  exports org.amvkit.core.timeline;
  exports org.amvkit.core.catalogue;
  exports org.amvkit.core.json;
  // The spelling of ids is shared with the rules (parameter choices), and the ordered pipeline
  // of the catalogue reader with the command line's other inputs; neither with users.
  exports org.amvkit.core.internal to org.amvkit.rules, org.amvkit.examples;
}
