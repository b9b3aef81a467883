/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.builtin;

import static org.amvkit.rules.Fixtures.BALTO;
import static org.amvkit.rules.Fixtures.LION_KING;
import static org.amvkit.rules.Fixtures.LION_KING_II;
import static org.amvkit.rules.Fixtures.video;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.amvkit.core.Video;
import org.amvkit.rules.Classification;
import org.amvkit.rules.Classifier;
import org.amvkit.rules.Outcome;
import org.amvkit.rules.Profile;
import org.amvkit.rules.Status;
import org.amvkit.rules.builtin.BuiltInRules.CountBy;
import org.amvkit.rules.json.ProfileReader;
import org.amvkit.rules.registry.RuleRegistry;
import org.junit.jupiter.api.Test;

/** {@code single-source} counts sources by title or, like {@code multiple-sources}, by franchise. */
class SingleSourceTest {

  private static final Video CIRCLE_OF_LIFE = video("Circle of Life", LION_KING, LION_KING_II);

  @Test
  void counted_by_franchise_the_lion_king_and_its_sequel_are_a_single_source() {
    // when / then
    assertThat(BuiltInRules.singleSource(CountBy.FRANCHISE).evaluate(CIRCLE_OF_LIFE))
        .returns(Status.PASS, Outcome::status).returns("uses 1 distinct franchise: The Lion King", Outcome::explain);
    assertThat(BuiltInRules.singleSource(CountBy.TITLE).evaluate(CIRCLE_OF_LIFE))
        .returns(Status.FAIL, Outcome::status);
  }

  @Test
  void counted_by_franchise_two_franchises_are_not_a_single_source() {
    // when / then
    assertThat(BuiltInRules.singleSource(CountBy.FRANCHISE)
        .evaluate(video("Kings and Dogs", LION_KING, BALTO)))
        .returns(Status.FAIL, Outcome::status)
        .returns("uses 2 distinct franchises: Balto, The Lion King", Outcome::explain);
  }

  @Test
  void counted_by_franchise_the_lion_king_and_its_sequel_make_a_single_source_music_video() {
    // given: the single-source music video, counting franchises, as a JSON profile writes it
    Profile byFranchise = ProfileReader.with(RuleRegistry.of()).read("{\"id\": \"by-franchise\","
        + " \"definitions\": [{\"id\": \"single-source-music-video\","
        + " \"label\": \"{source} music video\", \"required\": [\"has-music\","
        + " {\"rule\": \"single-source\", \"params\": {\"count-by\": \"franchise\"}}]}]}");

    // when
    Classification classification = Classifier.of(byFranchise).classify(CIRCLE_OF_LIFE);

    // then
    assertThat(classification).returns("single-source-music-video", Classification::category);
    assertThat(classification.label()).isEqualTo("The Lion King music video");
  }

  @Test
  void the_count_by_parameter_makes_both_variants_with_one_id() {
    // given
    RuleRegistry registry = RuleRegistry.of();

    // when / then
    assertThat(registry.create("single-source", Map.of("count-by", "franchise")))
        .isSameAs(BuiltInRules.singleSource(CountBy.FRANCHISE));
    assertThat(registry.create("single-source")).isSameAs(BuiltInRules.singleSource());
    assertThat(BuiltInRules.singleSource(CountBy.TITLE)).isSameAs(BuiltInRules.singleSource());
    assertThat(BuiltInRules.singleSource(CountBy.FRANCHISE).id()).isEqualTo("single-source");
  }
}
