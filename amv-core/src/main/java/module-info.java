/**
 * amvkit's value model of fan-made music videos. No runtime dependencies.
 */
module org.amvkit.core {
  requires static org.immutables.value.annotations;

  exports org.amvkit.core;
  exports org.amvkit.core.species;
  exports org.amvkit.core.timeline;
  exports org.amvkit.core.catalogue;
}
