/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.species;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The taxonomy's data file is read, and a wrong row is reported with its line. */
class TaxonomyFileTest {

  private static Taxonomy read(String... lines) throws IOException {
    return TaxonomyFile.read(new BufferedReader(new StringReader(String.join("\n", lines))),
        "test.tsv");
  }

  @Test
  void the_built_in_file_is_read_and_lists_the_seed_animals() {
    // when
    Taxonomy taxonomy = TaxonomyFile.builtIn();

    // then
    assertThat(taxonomy.all()).contains(Species.DOG, Species.CAT, Species.WOLF, Species.FOX,
        Species.HORSE, Species.LION).doesNotHaveDuplicates();
  }

  @Test
  void rows_give_species_plurals_modifiers_young_forms_and_postures() throws IOException {
    // given
    Taxonomy taxonomy = read(
        "# a comment",
        "species\tcanine\tdog\tpuppy, sled dog",
        "",
        "species\t\tfeline\t\tcat",
        "plural\tdogz\tdog",
        "modifier\tgrey",
        "young\tpup",
        "posture\tanthropomorphic\tanthro");

    // when
    Taxonomy.Reading reading = taxonomy.read("anthro grey Sled-Dog pups");

    // then
    assertThat(reading.species()).map(Species::canonicalName).contains("dog");
    assertThat(reading.posture()).contains(Posture.ANTHROPOMORPHIC);
    assertThat(taxonomy.read("grey dogz").species()).map(Species::canonicalName).contains("dog");
    assertThat(taxonomy.read("cat").species()).map(Species::family).contains(Family.FELINE);
    assertThat(taxonomy.read("wolf")).isEqualTo(
        new Taxonomy.Reading(Optional.empty(), Optional.empty()));
  }

  @Test
  void a_name_given_twice_names_both_lines() {
    assertThatIllegalStateException().isThrownBy(() -> read(
            "species\tcanine\tfox\tkit",
            "species\tfeline\tcat\tKit"))
        .withMessage("test.tsv line 2: \"kit\" is already a name on line 1");
  }

  @Test
  void an_unknown_family_lists_those_allowed() {
    assertThatIllegalStateException().isThrownBy(() -> read("species\tcanid\tdog"))
        .withMessageStartingWith("test.tsv line 1: family \"canid\" is not one of canine, feline,");
  }

  @Test
  void the_unknown_family_is_not_for_rows() {
    assertThatIllegalStateException().isThrownBy(() -> read("species\tunknown\tthing"))
        .withMessage("test.tsv line 1: family \"unknown\" is for names the taxonomy does not"
            + " recognise");
  }

  @Test
  void an_unknown_posture_lists_those_allowed() {
    assertThatIllegalStateException().isThrownBy(() -> read("posture\tstanding\tupright"))
        .withMessage("test.tsv line 1: posture \"standing\" is not one of feral,"
            + " anthropomorphic");
  }

  @Test
  void an_unknown_row_kind_lists_those_allowed() {
    assertThatIllegalStateException().isThrownBy(() -> read("", "breed\tdog\thusky"))
        .withMessage("test.tsv line 2: unknown row kind \"breed\" (expected species, plural,"
            + " modifier, young or posture)");
  }

  @Test
  void a_row_with_too_few_fields_says_which_it_needs() {
    assertThatIllegalStateException().isThrownBy(() -> read("species\tcanine"))
        .withMessage("test.tsv line 1: a species row has 3 to 4 tab-separated fields (kind,"
            + " family, canonical name, aliases), not 2");
  }

  @Test
  void a_plural_of_a_name_the_table_lacks_is_reported() {
    assertThatIllegalStateException().isThrownBy(() -> read(
            "plural\tgeese\tgoose",
            "species\tbird\tduck"))
        .withMessage("test.tsv line 1: the singular \"goose\" of \"geese\" is not a species name");
  }

  @Test
  void a_modifier_of_several_words_is_reported() {
    assertThatIllegalStateException().isThrownBy(() -> read("modifier\tgrey, north american"))
        .withMessage("test.tsv line 1: \"north american\" is not a single word");
  }

  @Test
  void a_word_listed_twice_names_both_lines() {
    assertThatIllegalStateException().isThrownBy(() -> read("modifier\tbaby", "young\tbaby"))
        .withMessage("test.tsv line 2: \"baby\" is already listed on line 1");
  }

  @Test
  void a_modifier_that_is_a_species_name_is_reported() {
    assertThatIllegalStateException().isThrownBy(() -> read(
            "species\tcanine\tdog", "modifier\tdog"))
        .withMessage("test.tsv line 2: \"dog\" is a species name, so it cannot modify one");
  }

  @Test
  void a_canonical_name_stating_a_posture_is_reported_as_it_would_not_read_back() {
    assertThatIllegalStateException().isThrownBy(() -> read(
            "species\tfeline\tferal cat", "posture\tferal\tferal"))
        .withMessage("test.tsv line 1: the canonical name \"feral-cat\" begins with a posture"
            + " word");
  }
}
