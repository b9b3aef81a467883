/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The {@code amv} command line and example programs that embed amvkit.
 */
module org.amvkit.examples {
  requires org.amvkit.core;
  requires org.amvkit.rules;
  requires org.amvkit.importers;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires info.picocli;
  requires me.tongfei.progressbar;
  requires org.jline.terminal;

  exports org.amvkit.examples;
  exports org.amvkit.examples.cli;

  // The demo plug-in CanineRules is not provided here: an installed amv never registers it. It
  // ships as its own jar (target/plugins), for "amv --plugins target/plugins".

  // picocli fills the commands' option fields reflectively.
  opens org.amvkit.examples.cli to info.picocli;
}
