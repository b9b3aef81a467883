/**
 * The {@code amv} command line and example programs that embed amvkit.
 */
module org.amvkit.examples {
  requires org.amvkit.core;
  requires org.amvkit.rules;

  exports org.amvkit.examples.cli;
}
