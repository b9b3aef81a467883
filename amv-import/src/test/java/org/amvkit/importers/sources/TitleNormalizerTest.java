/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.importers.sources;

import static org.amvkit.importers.sources.TitleNormalizer.normalize;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Spellings that catalogues vary on reduce to one key. */
class TitleNormalizerTest {

  @Test
  void case_punctuation_and_diacritics_are_set_aside() {
    // when / then
    assertThat(normalize("Pokémon")).isEqualTo("pokemon");
    assertThat(normalize("POKEMON!")).isEqualTo("pokemon");
    assertThat(normalize("Spirit: Stallion of the Cimarron"))
        .isEqualTo(normalize("Spirit - Stallion Of The Cimarron"));
    assertThat(normalize("Wolf's Rain")).isEqualTo("wolfs rain").isEqualTo(normalize("Wolf’s Rain"));
    assertThat(normalize("Ｎａｒｕｔｏ")).isEqualTo("naruto");
  }

  @Test
  void a_leading_or_trailing_article_is_the_same_title() {
    // when / then
    assertThat(normalize("The Lion King")).isEqualTo("lion king")
        .isEqualTo(normalize("Lion King, The")).isEqualTo(normalize("Lion King"));
    assertThat(normalize("A Silent Voice")).isEqualTo(normalize("Silent Voice, A"));
    assertThat(normalize("The Fox and the Hound")).isEqualTo("fox and the hound");
  }

  @Test
  void articles_alone_are_kept_in_an_order_of_their_own() {
    // when / then
    assertThat(normalize("The")).isEqualTo("the");
    assertThat(normalize("The A")).isEqualTo("a the").isEqualTo(normalize("A, The"));
  }

  @Test
  void release_suffixes_are_set_aside() {
    // when / then
    assertThat(normalize("Kimba the White Lion (TV)")).isEqualTo("kimba the white lion");
    assertThat(normalize("Ginga Nagareboshi Gin (OAV)")).isEqualTo("ginga nagareboshi gin");
    assertThat(normalize("Hellsing (OVA) [2006]")).isEqualTo("hellsing");
    assertThat(normalize("Naruto (Movie)")).isEqualTo("naruto");
    assertThat(normalize("Balto (1995)")).isEqualTo("balto");
    assertThat(normalize("The Lion King, The (1994)")).isEqualTo("lion king");
    assertThat(normalize("(1995)")).isEqualTo("1995");
  }

  @Test
  void ampersand_is_and() {
    // when / then
    assertThat(normalize("Oliver & Company")).isEqualTo(normalize("Oliver and Company"));
  }

  @Test
  void roman_sequel_numbers_are_arabic() {
    // when / then
    assertThat(normalize("Balto II: Wolf Quest")).isEqualTo("balto 2 wolf quest")
        .isEqualTo(normalize("Balto 2 - Wolf Quest"));
    assertThat(normalize("Balto III: Wings of Change")).isEqualTo(normalize("Balto 3: Wings of Change"));
    assertThat(normalize("Final Fantasy VII")).isEqualTo("final fantasy 7");
  }

  @Test
  void a_title_without_letters_or_digits_has_an_empty_key() {
    // when / then
    assertThat(normalize(" -!? ")).isEmpty();
    assertThat(normalize("")).isEmpty();
  }
}
