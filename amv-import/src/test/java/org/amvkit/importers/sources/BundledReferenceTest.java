package org.amvkit.importers.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.amvkit.core.Source;
import org.amvkit.core.json.CatalogueReader;
import org.junit.jupiter.api.Test;

/**
 * The bundled reference is consistent: it reads as {@code amv-catalogue/1}, its ids are unique,
 * and no two sources share a title or an alias once normalized, so that a title finds one source.
 *
 * <p>To come: a check that every species of every cast is known to the taxonomy, once the extended
 * taxonomy lands (today's lacks some the reference uses, such as "dinosaur" and "red panda").
 */
class BundledReferenceTest {

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
