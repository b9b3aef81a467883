package org.amvkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegistryCommandsTest {

  @Test
  void explain_gives_every_rule_outcome_in_words() {
    // when
    Cli cli = Cli.run("explain", "v-015");

    // then
    assertThat(cli.exitCode).isZero();
    assertThat(cli.outLines()).startsWith(
        "v-015 \"Secret Friends\": Animash (animash)",
        "profile all-the-tropes:",
        "  single-source-music-video: NOT_MET");
    assertThat(cli.outLines()).contains("    UNKNOWN features-animals       convention with"
        + " animals: Robin Hood; without animals: none; no characters listed: The Secret of NIMH");
  }

  @Test
  void explain_names_the_deviations_from_the_conventions() {
    // when
    Cli cli = Cli.run("explain", "v-007");

    // then
    assertThat(cli.outLines()).contains("deviates from the conventions: features-animals");
  }

  @Test
  void profiles_lists_built_in_and_plug_in_profiles_with_their_definitions() {
    // when
    Cli cli = Cli.run("profiles");

    // then
    assertThat(cli.exitCode).isZero();
    assertThat(cli.outLines()).filteredOn(line -> !line.startsWith(" "))
        .extracting(line -> line.split(":")[0])
        .containsExactly("all-the-tropes", "all-the-tropes-strict", "real-world", "wolfpack");
    assertThat(cli.out).contains("  animash                    \"Animash\"  required: has-music, "
        + "multiple-sources, animated-footage-only; convention: features-animals");
  }

  @Test
  void rules_lists_built_in_and_plug_in_rules_with_their_providers() {
    // when
    Cli cli = Cli.run("rules");

    // then
    assertThat(cli.exitCode).isZero();
    assertThat(cli.out).contains("has-music", "features-animals", "quantifier",
        "features-canines", "[org.amvkit.examples.CanineRules]");
  }
}
