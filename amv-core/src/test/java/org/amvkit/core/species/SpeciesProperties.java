/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.species;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/** Reading a species name ignores case, surrounding space and word separators, and never fails. */
class SpeciesProperties {

  /** A known species and one way a catalogue might spell its canonical name. */
  @Provide
  Arbitrary<Tuple2<Species, String>> spelledSpecies() {
    Arbitrary<String> padding = Arbitraries.of("", " ", "  ", "\t");
    Arbitrary<String> separators = Arbitraries.of("-", "_", " ", "  ");
    return Combinators.combine(Arbitraries.of(Species.known()), padding, separators,
            Arbitraries.of(true, false), padding)
        .as((species, before, separator, upper, after) -> {
          String name = species.canonicalName().replace("-", separator);
          return Tuple.of(species,
              before + (upper ? name.toUpperCase(Locale.ROOT) : name) + after);
        });
  }

  @Property
  void every_known_species_is_read_back_whatever_its_case_spacing_and_separators(
      @ForAll("spelledSpecies") Tuple2<Species, String> spelled) {
    // when
    Species species = Species.parse(spelled.get2());

    // then
    assertThat(species).isEqualTo(spelled.get1());
    assertThat(species.family()).isEqualTo(spelled.get1().family());
    assertThat(species.isKnown()).isTrue();
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '-', 'A', 'Z')
        .ofMinLength(1).ofMaxLength(12).filter(name -> name.chars().anyMatch(Character::isLetter));
  }

  @Property
  void any_name_is_read_without_failing_and_an_unknown_one_is_kept_as_given(
      @ForAll("names") String name) {
    // when
    Species species = Species.parse(name);

    // then
    if (!species.isKnown()) {
      assertThat(species.name()).isEqualTo(name.strip());
      assertThat(species.isAnimal()).isFalse();
      assertThat(species.family()).isEqualTo(Family.UNKNOWN);
    }
    assertThat(Species.parse(name.toUpperCase(Locale.ROOT))).isEqualTo(species);
  }
}
