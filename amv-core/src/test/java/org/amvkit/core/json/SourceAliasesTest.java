/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import static org.amvkit.core.json.Documents.catalogue;
import static org.amvkit.core.json.Documents.readAll;
import static org.amvkit.core.json.Documents.sources;
import static org.amvkit.core.json.Documents.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.amvkit.core.Medium;
import org.amvkit.core.Source;
import org.amvkit.core.catalogue.Catalogue;
import org.junit.jupiter.api.Test;

/** A source's optional {@code "aliases"}: its other titles, read, written and read back. */
class SourceAliasesTest {

  private static final String MONONOKE = """
      {"id": "princess-mononoke", "title": "Princess Mononoke", "medium": "anime",
       "aliases": ["Mononoke-hime", "Mononoke Hime"]}""";

  @Test
  void aliases_are_read_in_document_order() {
    // when
    Catalogue catalogue = readAll(catalogue(sources(MONONOKE)));

    // then
    assertThat(catalogue.sources().get(0).aliases())
        .containsExactly("Mononoke-hime", "Mononoke Hime");
  }

  @Test
  void a_source_without_aliases_has_none_and_none_are_written() {
    // given
    Source balto = Source.of("balto", "Balto", Medium.ANIMATION);

    // when
    String json = write(Catalogue.builder().addSources(balto).build());

    // then
    assertThat(balto.aliases()).isEmpty();
    assertThat(json).doesNotContain("aliases");
  }

  @Test
  void aliases_are_written_after_the_franchise_and_read_back_equal() {
    // given
    Source gin = Source.builder().id("ginga-nagareboshi-gin").title("Ginga Nagareboshi Gin")
        .medium(Medium.ANIME).franchise("Ginga").addAliases("Ginga: Nagareboshi Gin", "Silver Fang")
        .build();
    Catalogue catalogue = Catalogue.builder().addSources(gin).build();

    // when
    String json = write(catalogue);

    // then
    assertThat(json).contains("\"franchise\":\"Ginga\","
        + "\"aliases\":[\"Ginga: Nagareboshi Gin\",\"Silver Fang\"]");
    assertThat(readAll(json)).isEqualTo(catalogue);
  }

  @Test
  void a_blank_alias_is_rejected_with_its_path() {
    // given
    String json = catalogue(sources("""
        {"id": "bolt", "title": "Bolt", "medium": "animation", "aliases": ["Bolt (2008)", " "]}"""));

    // when / then
    assertThatThrownBy(() -> readAll(json)).isInstanceOf(CatalogueFormatException.class)
        .hasMessage("sources[0].aliases[1]: source bolt: aliases[1] is blank");
  }

  @Test
  void an_alias_that_is_not_a_string_is_rejected_with_its_path() {
    // given
    String json = catalogue(sources("""
        {"id": "bolt", "title": "Bolt", "medium": "animation", "aliases": [2008]}"""));

    // when / then
    assertThatThrownBy(() -> readAll(json)).isInstanceOf(CatalogueFormatException.class)
        .hasMessageStartingWith("sources[0].aliases[0]: ");
  }
}
