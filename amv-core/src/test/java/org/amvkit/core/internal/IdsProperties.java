/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.amvkit.core.Medium;
import org.amvkit.core.MusicKind;
import org.amvkit.core.Occasion;

/**
 * Identifiers: normalizing takes a short cut for text that is already an identifier, and enum
 * constants are found through a table made once; both must answer what the plain definitions do.
 */
class IdsProperties {

  @Property(tries = 2000)
  void normalizing_agrees_with_its_definition(@ForAll("names") String name) {
    assertThat(Ids.normalize(name)).isEqualTo(byDefinition(name));
  }

  @Property(tries = 1000)
  void text_taken_for_an_identifier_is_one_and_is_returned_as_it_is(@ForAll("names") String name) {
    boolean taken = Ids.isIdentifier(name);
    Statistics.label("taken for an identifier").collect(taken);
    if (taken) {
      assertThat(byDefinition(name)).isEqualTo(name);
      assertThat(Ids.normalize(name)).isSameAs(name);
    }
    Statistics.label("taken for an identifier").coverage(coverage -> {
      coverage.check(true).percentage(p -> p > 20);
      coverage.check(false).percentage(p -> p > 20);
    });
  }

  @Property(tries = 500)
  void parsing_finds_the_constant_whose_identifier_matches(@ForAll("names") String name) {
    String id = byDefinition(name);
    MusicKind match = Arrays.stream(MusicKind.values())
        .filter(kind -> byDefinition(kind.name()).equals(id)).findFirst().orElse(null);
    if (match != null) {
      assertThat(Ids.parse(MusicKind.class, name)).isSameAs(match);
    } else {
      assertThatIllegalArgumentException().isThrownBy(() -> Ids.parse(MusicKind.class, name))
          .withMessageEndingWith(" is not one of " + Ids.allowed(MusicKind.class));
    }
  }

  @Example
  void every_constant_is_found_under_its_identifier_and_its_spellings() {
    for (Class<? extends Enum<?>> type : java.util.List.of(Medium.class, Occasion.class,
        MusicKind.class)) {
      for (Enum<?> constant : type.getEnumConstants()) {
        String id = Ids.of(constant);
        assertThat(parse(type, id)).isSameAs(constant);
        assertThat(parse(type, " " + constant.name() + " ")).isSameAs(constant);
        assertThat(parse(type, id.toUpperCase(Locale.ROOT).replace('-', '_'))).isSameAs(constant);
      }
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Enum<?> parse(Class<? extends Enum<?>> type, String text) {
    return Ids.parse((Class) type, text);
  }

  /** Identifier-like text, often exactly an identifier, with the characters that change one. */
  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> idLike = Arbitraries.strings().withChars("abz09-").ofMaxLength(8);
    Arbitrary<String> any = Arbitraries.strings().withChars("aZ9- _\t.é\u00a0\u2003İ")
        .ofMaxLength(8);
    Arbitrary<String> words = Arbitraries.of("song", "live-action", "LIVE_ACTION", "anime",
        " birthday", "other ", "video-game", "video--game", "-song", "song-");
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, idLike), net.jqwik.api.Tuple.of(3, any),
        net.jqwik.api.Tuple.of(3, words));
  }

  /** The definition: trim, lower-case, join the words with single hyphens. */
  private static String byDefinition(String name) {
    String text = name.strip().toLowerCase(Locale.ROOT);
    return String.join("-", Arrays.stream(text.split("[ _\\-\\t]+"))
        .filter(word -> !word.isEmpty()).toList());
  }
}
