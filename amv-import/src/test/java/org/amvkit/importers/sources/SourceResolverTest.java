/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.importers.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.amvkit.core.Medium;
import org.amvkit.core.Source;
import org.amvkit.importers.sources.TitleTally.TitleCount;
import org.junit.jupiter.api.Test;

/** A footage title is looked up in the catalogue, then the user's reference, then the bundle. */
class SourceResolverTest {

  private static final Source OWN_BALTO = Source.of("my-balto", "Balto", Medium.ANIMATION);
  private static final Source USER_BOLT = Source.builder().id("user-bolt").title("Bolt")
      .medium(Medium.ANIMATION).addAliases("Bolt (2008 film)").build();

  private final SourceResolver resolver = SourceResolver.builder()
      .catalogue(List.of(OWN_BALTO)).reference(List.of(USER_BOLT)).bundled().build();

  @Test
  void the_catalogues_own_source_comes_first() {
    // when
    Resolution resolution = resolver.resolve("BALTO (1995)");

    // then
    assertThat(resolution).isEqualTo(
        new Resolution("BALTO (1995)", Optional.of(OWN_BALTO), Origin.CATALOGUE));
  }

  @Test
  void the_users_reference_comes_before_the_bundled_one() {
    // when / then
    assertThat(resolver.resolve("bolt").source()).contains(USER_BOLT);
    assertThat(resolver.resolve("bolt").origin()).isEqualTo(Origin.REFERENCE);
    assertThat(resolver.resolve("Bolt (2008 Film)").source()).contains(USER_BOLT);
  }

  @Test
  void the_bundled_reference_is_looked_up_last_by_title_and_alias() {
    // when
    Resolution resolution = resolver.resolve("Mononoke Hime");

    // then
    assertThat(resolution.origin()).isEqualTo(Origin.BUNDLED);
    assertThat(resolution.source().orElseThrow().id()).isEqualTo("princess-mononoke");
  }

  @Test
  void a_title_that_matches_nothing_is_unresolved() {
    // when
    Resolution resolution = resolver.resolve("My Own Short Film");

    // then
    assertThat(resolution.isResolved()).isFalse();
    assertThat(resolution.source()).isEmpty();
    assertThat(resolution.origin()).isEqualTo(Origin.UNRESOLVED);
  }

  @Test
  void a_title_wins_over_another_sources_alias_and_the_first_listed_wins() {
    // given
    Source first = Source.builder().id("first").title("Fang").medium(Medium.ANIME)
        .addAliases("Silver").build();
    Source second = Source.of("second", "Silver", Medium.ANIME);
    Source third = Source.of("third", "The Fang", Medium.ANIME);

    // when
    SourceResolver own = SourceResolver.builder().catalogue(List.of(first, second, third)).build();

    // then
    assertThat(own.resolve("silver").source()).contains(second);
    assertThat(own.resolve("fang").source()).contains(first);
  }

  @Test
  void the_tally_counts_by_origin_and_lists_unresolved_titles_most_frequent_first() {
    // given
    TitleTally tally = new TitleTally();

    // when
    for (String title : List.of("Balto", "Bolt", "Lion King, The", "Rare Fan Film",
        "My Own Short", "my own short!", "Balto")) {
      tally.add(resolver.resolve(title));
    }

    // then
    assertThat(tally.count(Origin.CATALOGUE)).isEqualTo(2);
    assertThat(tally.count(Origin.REFERENCE)).isEqualTo(1);
    assertThat(tally.count(Origin.BUNDLED)).isEqualTo(1);
    assertThat(tally.count(Origin.UNRESOLVED)).isEqualTo(3);
    assertThat(tally.resolved()).isEqualTo(4);
    assertThat(tally.unresolved()).containsExactly(new TitleCount("My Own Short", 2),
        new TitleCount("Rare Fan Film", 1));
  }
}
