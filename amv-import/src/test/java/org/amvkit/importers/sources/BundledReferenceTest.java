/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.importers.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.amvkit.core.CastMember;
import org.amvkit.core.Source;
import org.amvkit.core.json.CatalogueReader;
import org.junit.jupiter.api.Test;

/**
 * The bundled reference is consistent: it reads as {@code amv-catalogue/1}, its ids are unique,
 * no two sources share a title or an alias once normalized, so that a title finds one source, and
 * every species of every cast is known to the taxonomy or deliberately left unrecognised.
 */
class BundledReferenceTest {

  /**
   * The species names of the reference the taxonomy leaves unrecognised on purpose, each with why:
   * not known to be an animal or not, they leave {@code features-animals} unknown.
   */
  private static final Map<String, String> DELIBERATELY_UNRECOGNISED = Map.of(
      "alien", "drawn as an animal (Stitch) or as a person (Goku): the taxonomy cannot tell",
      "ghoul", "Tokyo Ghoul's ghouls: people-shaped predators, neither human nor animal",
      "parasite", "Parasyte's Migi: a shape-shifting creature of no animal kind",
      "pig mole", "Gurren Lagann's Boota: a fictional species",
      "snowman", "Frozen's Olaf: a living snowman, a being the taxonomy has no family for");

  @Test
  void the_reference_reads_with_the_catalogue_reader_and_holds_at_least_150_sources()
      throws IOException {
    // when
    List<Source> sources;
    try (InputStream in = BundledReference.class.getResourceAsStream(BundledReference.RESOURCE);
        CatalogueReader reader = CatalogueReader.open(in)) {
      sources = reader.sources();
      assertThat(reader.hasNext()).isFalse();
    }

    // then
    assertThat(sources).hasSizeGreaterThanOrEqualTo(150).isEqualTo(BundledReference.sources());
  }

  @Test
  void every_title_and_alias_normalized_names_one_source_only() {
    // given
    Map<String, String> owners = new HashMap<>();
    List<String> clashes = new ArrayList<>();

    // when
    for (Source source : BundledReference.sources()) {
      List<String> names = new ArrayList<>(source.aliases());
      names.add(0, source.title());
      for (String name : names) {
        String key = TitleNormalizer.normalize(name);
        String owner = owners.putIfAbsent(key, source.id());
        if (owner != null && !owner.equals(source.id())) {
          clashes.add("\"" + name + "\" of " + source.id() + " is also " + owner);
        }
      }
    }

    // then
    assertThat(clashes).isEmpty();
  }

  @Test
  void every_source_has_its_facts_and_a_cast() {
    // when / then
    assertThat(BundledReference.sources()).allSatisfy(source -> {
      assertThat(source.form()).as(source.id() + " form").isPresent();
      assertThat(source.year()).as(source.id() + " year").isPresent();
      assertThat(source.isAnimated()).as(source.id() + " animated").isTrue();
      assertThat(source.cast()).as(source.id() + " cast").isNotEmpty();
    });
  }

  @Test
  void every_species_of_every_cast_is_known_or_deliberately_unrecognised() {
    // given
    Map<String, List<String>> unrecognised = new TreeMap<>();

    // when
    for (Source source : BundledReference.sources()) {
      for (CastMember member : source.cast()) {
        if (!member.species().isKnown()) {
          unrecognised.computeIfAbsent(member.species().name().toLowerCase(Locale.ROOT),
              name -> new ArrayList<>()).add(source.id());
        }
      }
    }

    // then: every name left unrecognised is so on purpose, and every purpose is still needed
    assertThat(unrecognised.keySet()).as("unrecognised species, with the sources using them: %s",
        unrecognised).isEqualTo(new TreeSet<>(DELIBERATELY_UNRECOGNISED.keySet()));
  }

  @Test
  void the_sources_the_seed_names_are_there_with_their_animals() {
    // given
    SourceResolver resolver = SourceResolver.builder().bundled().build();

    // when / then
    for (String title : List.of("Balto", "Bolt", "The Lion King", "Wolf's Rain",
        "Princess Mononoke", "Kimba the White Lion (TV)", "Lion King, The", "Balto 2",
        "Ginga: Nagareboshi Gin", "Mononoke-hime", "Shingeki no Kyojin")) {
      Resolution resolution = resolver.resolve(title);
      assertThat(resolution.origin()).as(title).isEqualTo(Origin.BUNDLED);
    }
    assertThat(resolver.resolve("Balto").source().orElseThrow().featuresAnimals()).isTrue();
    assertThat(resolver.resolve("Akira").source().orElseThrow().featuresAnimals()).isFalse();
  }
}
