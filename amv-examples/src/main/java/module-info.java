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

  provides org.amvkit.rules.spi.RuleProvider with org.amvkit.examples.CanineRules;

  // picocli fills the commands' option fields reflectively.
  opens org.amvkit.examples.cli to info.picocli;
}
