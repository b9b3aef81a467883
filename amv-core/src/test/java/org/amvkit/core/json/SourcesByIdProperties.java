/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.amvkit.core.Medium;
import org.amvkit.core.Source;

/** The table of sources by id finds exactly the source of each id, from characters in place. */
class SourcesByIdProperties {

  @Property(tries = 300)
  void a_name_finds_the_source_of_that_id_and_no_other(@ForAll("ids") Set<String> ids,
      @ForAll("ids") Set<String> names) {
    // given
    List<Source> sources = ids.stream().map(id -> Source.builder().id(id).title("Title " + id)
        .medium(Medium.ANIMATION).build()).toList();
    SourcesById table = new SourcesById(sources);

    for (String name : names) {
      // when: the name held among other characters, as a JSON parser holds a string
      char[] held = ("\"" + name + "\",").toCharArray();
      Source found = table.get(held, 1, name.length());

      // then
      if (ids.contains(name)) {
        assertThat(found).isNotNull().extracting(Source::id).isEqualTo(name);
      } else {
        assertThat(found).isNull();
      }
    }
    sources.forEach(source -> assertThat(table.get(source.id().toCharArray(), 0,
        source.id().length())).isSameAs(source));
  }

  @Property(tries = 1000)
  void a_name_is_hashed_as_a_string_hashes_itself(@ForAll String name,
      @ForAll @IntRange(max = 5) int before, @ForAll @IntRange(max = 5) int after) {
    char[] held = ("x".repeat(before) + name + "y".repeat(after)).toCharArray();

    assertThat(SourcesById.hash(held, before, name.length())).isEqualTo(name.hashCode());
  }

  /** Ids from a small alphabet, where strings of one hash are common ("Aa" and "BB"). */
  @Provide
  Arbitrary<Set<String>> ids() {
    return Arbitraries.strings().withChars("AaBb-é🐺").ofMinLength(1).ofMaxLength(4)
        .filter(id -> !id.isBlank()).set().ofMaxSize(40);
  }
}
