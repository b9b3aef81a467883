/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Fingerprints of ids: an id noted before is always recognised, and different ids almost never. */
class SeenIdsProperties {

  @Property(tries = 300)
  void an_id_is_reported_seen_exactly_when_it_was_added_before(@ForAll("ids") List<String> ids) {
    SeenIds seen = new SeenIds();
    Set<String> model = new HashSet<>();

    for (String id : ids) {
      assertThat(seen.add(id)).as(id).isEqualTo(model.add(id));
    }
    assertThat(seen.size()).isEqualTo(model.size());
  }

  @Provide
  Arbitrary<List<String>> ids() {
    // few letters, so that lists repeat ids; long lists, so that the table grows
    return Arbitraries.strings().withChars("abv-0123").ofMinLength(1).ofMaxLength(6)
        .list().ofMaxSize(3_000);
  }

  @Test
  void a_million_distinct_ids_are_all_new_and_a_repeat_is_seen() {
    SeenIds seen = new SeenIds();
    for (int i = 0; i < 1_000_000; i++) {
      assertThat(seen.add("v-" + i)).isTrue();
    }
    assertThat(seen.add("v-123456")).isFalse();
    assertThat(seen.size()).isEqualTo(1_000_000);
  }

  @Test
  void at_base_1_ids_with_the_same_characters_in_any_order_collide() {
    // the fingerprint at base 1 is the sum of the characters plus one: a collision to test with
    SeenIds seen = new SeenIds(1);

    assertThat(seen.add("ab")).isTrue();
    assertThat(seen.add("ba")).isFalse();
  }
}
