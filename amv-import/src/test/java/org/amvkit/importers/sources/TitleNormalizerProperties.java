/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.importers.sources;

import static org.amvkit.importers.sources.TitleNormalizer.normalize;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Normalizing is idempotent, and blind to case and to where the article stands. */
class TitleNormalizerProperties {

  @Property(tries = 1000)
  void normalizing_a_key_again_gives_the_same_key(@ForAll("anyText") String text) {
    // when
    String key = normalize(text);

    // then
    assertThat(normalize(key)).isEqualTo(key);
  }

  @Property(tries = 500)
  void normalizing_is_blind_to_case(@ForAll("titles") String title) {
    // when / then
    assertThat(normalize(title.toUpperCase(Locale.ROOT)))
        .isEqualTo(normalize(title.toLowerCase(Locale.ROOT)))
        .isEqualTo(normalize(title));
  }

  @Property(tries = 500)
  void a_leading_article_is_the_same_as_a_trailing_one(@ForAll("titles") String title,
      @ForAll("articles") String article) {
    // when / then
    assertThat(normalize(article + " " + title)).isEqualTo(normalize(title + ", " + article));
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(30),
        titles().map(title -> "The " + title + " (TV), the"));
  }

  /** Titles of words in Latin letters with and without diacritics, digits and punctuation. */
  @Provide
  Arbitrary<String> titles() {
    Arbitrary<String> words = Arbitraries.oneOf(
        Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
            .withChars("éÉèüÜñÑçÇøØæÆßœ").ofMinLength(1).ofMaxLength(8),
        Arbitraries.of("II", "iii", "IV", "2", "1995", "&", "-", "'s", ":", "The", "a", "An",
            "(TV)", "(OVA)"));
    return words.list().ofMinSize(1).ofMaxSize(5).map(list -> String.join(" ", list))
        .filter(title -> !title.isBlank());
  }

  @Provide
  Arbitrary<String> articles() {
    return Arbitraries.of("The", "the", "THE", "A", "An");
  }
}
