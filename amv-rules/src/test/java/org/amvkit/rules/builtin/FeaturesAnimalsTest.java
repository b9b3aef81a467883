/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.builtin;

import static org.amvkit.rules.Fixtures.AKIRA;
import static org.amvkit.rules.Fixtures.BALTO;
import static org.amvkit.rules.Fixtures.UNLISTED;
import static org.amvkit.rules.Fixtures.video;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.amvkit.core.CastMember;
import org.amvkit.core.Medium;
import org.amvkit.core.Source;
import org.amvkit.core.species.Posture;
import org.amvkit.core.species.Species;
import org.amvkit.rules.Outcome;
import org.amvkit.rules.Rule;
import org.amvkit.rules.Status;
import org.amvkit.rules.builtin.BuiltInRules.Quantifier;
import org.amvkit.rules.registry.RuleRegistry;
import org.junit.jupiter.api.Test;

/**
 * {@code features-animals} on partial, real-world casts: species names the taxonomy does not
 * recognise, and the {@code posture} parameter.
 */
class FeaturesAnimalsTest {

  /** A source whose characters are of species the taxonomy does not recognise. */
  private static final Source SHAPESHIFTERS = source("shapeshifters", "Shapeshifters",
      CastMember.of("Mystery", "Shapeshifter"), CastMember.of("Blob", "kaiju"));
  /** Humans beside a species the taxonomy does not recognise. */
  private static final Source HUMANS_AND_A_STRANGER = source("strangers", "Strangers",
      CastMember.of("Kaneda", "human"), CastMember.of("Thing", "Shapeshifter"));
  /** Feral animals, as the catalogue records them. */
  private static final Source SPIRIT = source("spirit", "Spirit",
      CastMember.of("Spirit", Species.HORSE, Posture.FERAL),
      CastMember.of("Little Creek", Species.HUMAN));
  /** Anthropomorphic animals only. */
  private static final Source ZOOTOPIA = source("zootopia", "Zootopia",
      CastMember.of("Nick Wilde", "anthropomorphic fox"),
      CastMember.of("Judy Hopps", "rabbit (anthro)"));
  /** Animals whose posture no one recorded. */
  private static final Source BALTO_NO_POSTURE = BALTO;

  private static Source source(String id, String title, CastMember... cast) {
    return Source.builder().id(id).title(title).medium(Medium.ANIMATION).addCast(cast).build();
  }

  @Test
  void a_source_of_a_siberian_husky_and_an_arctic_fox_is_an_animal_source() {
    // given: the measured case of the issue
    Source snow = source("snow", "Snow Dogs", CastMember.of("Nana", "Siberian husky"),
        CastMember.of("Kit", "arctic fox"));

    // when
    Outcome outcome = BuiltInRules.featuresAnimals().evaluate(video("Snow", snow));

    // then
    assertThat(outcome).returns(Status.PASS, Outcome::status).returns(
        "with animals: Snow Dogs; without animals: none; no characters listed: none", Outcome::explain);
  }

  @Test
  void a_source_whose_only_characters_are_unrecognised_leaves_it_unknown_and_names_them() {
    // when
    Outcome outcome = BuiltInRules.featuresAnimals().evaluate(video("Odd", BALTO, SHAPESHIFTERS));

    // then
    assertThat(outcome).returns(Status.UNKNOWN, Outcome::status).returns(
        "with animals: Balto; without animals: none; no characters listed: none;"
            + " not known: Shapeshifters (species not recognised: Shapeshifter, kaiju)", Outcome::explain);
    assertThat(outcome.evidence().fact("unknown"))
        .isEqualTo(java.util.List.of("Shapeshifters (species not recognised: Shapeshifter, kaiju)"));
  }

  @Test
  void humans_beside_an_unrecognised_species_do_not_make_a_source_without_animals() {
    // when
    Outcome outcome = BuiltInRules.featuresAnimals()
        .evaluate(video("Odd", BALTO, HUMANS_AND_A_STRANGER));

    // then
    assertThat(outcome).returns(Status.UNKNOWN, Outcome::status).returns(
        "with animals: Balto; without animals: none; no characters listed: none;"
            + " not known: Strangers (species not recognised: Shapeshifter)", Outcome::explain);
  }

  @Test
  void a_recognised_animal_makes_an_animal_source_whatever_else_is_unrecognised() {
    // given
    Source mixed = source("mixed", "Mixed", CastMember.of("Thing", "Shapeshifter"),
        CastMember.of("Kiba", "grey wolf"));

    // when / then
    assertThat(BuiltInRules.featuresAnimals().evaluate(video("Mixed", mixed)))
        .returns(Status.PASS, Outcome::status);
  }

  @Test
  void a_source_of_known_non_animals_still_fails_it_beside_an_unrecognised_one() {
    // when / then
    assertThat(BuiltInRules.featuresAnimals().evaluate(video("Odd", AKIRA, SHAPESHIFTERS)))
        .returns(Status.FAIL, Outcome::status).returns(
            "with animals: none; without animals: Akira; no characters listed: none;"
                + " not known: Shapeshifters (species not recognised: Shapeshifter, kaiju)", Outcome::explain);
  }

  @Test
  void with_any_an_unrecognised_species_leaves_it_unknown_where_known_non_animals_fail_it() {
    // given
    Rule any = BuiltInRules.featuresAnimals(Quantifier.ANY);

    // when / then
    assertThat(any.evaluate(video("Odd", AKIRA, HUMANS_AND_A_STRANGER)))
        .returns(Status.UNKNOWN, Outcome::status);
    assertThat(any.evaluate(video("Odd", AKIRA))).returns(Status.FAIL, Outcome::status);
    assertThat(any.evaluate(video("Odd", SHAPESHIFTERS, BALTO))).returns(Status.PASS, Outcome::status);
  }

  @Test
  void an_unlisted_cast_and_an_unrecognised_one_are_both_unknown() {
    // when / then
    assertThat(BuiltInRules.featuresAnimals().evaluate(video("Odd", UNLISTED, SHAPESHIFTERS)))
        .returns(Status.UNKNOWN, Outcome::status).returns(
            "with animals: none; without animals: none; no characters listed: Alpha and Omega;"
                + " not known: Shapeshifters (species not recognised: Shapeshifter, kaiju)", Outcome::explain);
  }

  @Test
  void by_default_animals_of_every_posture_count() {
    // when / then
    assertThat(BuiltInRules.featuresAnimals().evaluate(video("Foxes", ZOOTOPIA, SPIRIT)))
        .returns(Status.PASS, Outcome::status);
  }

  @Test
  void counting_feral_animals_passes_a_source_of_feral_animals() {
    // when / then
    assertThat(BuiltInRules.featuresAnimals(Quantifier.EVERY, Posture.FERAL)
        .evaluate(video("Run", SPIRIT))).returns(Status.PASS, Outcome::status).returns(
            "with feral animals: Spirit; without feral animals: none; no characters listed: none", Outcome::explain);
  }

  @Test
  void counting_feral_animals_anthropomorphic_ones_do_not_count() {
    // when / then
    assertThat(BuiltInRules.featuresAnimals(Quantifier.EVERY, Posture.FERAL)
        .evaluate(video("Run", SPIRIT, ZOOTOPIA))).returns(Status.FAIL, Outcome::status).returns(
            "with feral animals: Spirit; without feral animals: Zootopia;"
                + " no characters listed: none", Outcome::explain);
  }

  @Test
  void counting_feral_animals_an_animal_of_unrecorded_posture_is_unknown_not_a_pass() {
    // when
    Outcome outcome = BuiltInRules.featuresAnimals(Quantifier.EVERY, Posture.FERAL)
        .evaluate(video("Run", SPIRIT, BALTO_NO_POSTURE));

    // then
    assertThat(outcome).returns(Status.UNKNOWN, Outcome::status).returns(
        "with feral animals: Spirit; without feral animals: none; no characters listed: none;"
            + " not known: Balto (posture not recorded: Balto, Jenna)", Outcome::explain);
  }

  @Test
  void counting_anthropomorphic_animals_feral_ones_do_not_count() {
    // given
    Rule anthro = BuiltInRules.featuresAnimals(Quantifier.ANY, Posture.ANTHROPOMORPHIC);

    // when / then
    assertThat(anthro.evaluate(video("Foxes", ZOOTOPIA, SPIRIT))).returns(Status.PASS, Outcome::status);
    assertThat(anthro.evaluate(video("Run", SPIRIT))).returns(Status.FAIL, Outcome::status);
  }

  @Test
  void every_posture_variant_keeps_the_id_features_animals() {
    for (Quantifier quantifier : Quantifier.values()) {
      for (Posture posture : Posture.values()) {
        assertThat(BuiltInRules.featuresAnimals(quantifier, posture).id())
            .isEqualTo("features-animals");
      }
    }
  }

  @Test
  void the_posture_parameter_makes_the_posture_variants_and_defaults_to_any() {
    // given
    RuleRegistry registry = RuleRegistry.of();

    // when / then
    assertThat(registry.create("features-animals", Map.of("posture", "feral")))
        .isSameAs(BuiltInRules.featuresAnimals(Quantifier.EVERY, Posture.FERAL));
    assertThat(registry.create("features-animals",
        Map.of("posture", "anthropomorphic", "quantifier", "any")))
        .isSameAs(BuiltInRules.featuresAnimals(Quantifier.ANY, Posture.ANTHROPOMORPHIC));
    assertThat(registry.create("features-animals", Map.of("posture", "any")))
        .isSameAs(BuiltInRules.featuresAnimals());
    assertThat(registry.create("features-animals")).isSameAs(BuiltInRules.featuresAnimals());
  }

  @Test
  void a_posture_that_is_no_choice_is_refused_with_the_choices() {
    // given
    RuleRegistry registry = RuleRegistry.of();

    // when / then
    assertThatThrownBy(() -> registry.create("features-animals", Map.of("posture", "furry")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("posture: \"furry\" is not a valid choice;"
            + " expected one of: any, feral, anthropomorphic");
  }

  @Test
  void the_strict_profile_counts_animals_of_every_posture_as_before() {
    // when / then
    assertThat(BuiltInDefinitions.strictAnimash().required())
        .contains(BuiltInRules.featuresAnimals());
    assertThat(BuiltInDefinitions.animash().conventions())
        .containsExactly(BuiltInRules.featuresAnimals());
  }
}
