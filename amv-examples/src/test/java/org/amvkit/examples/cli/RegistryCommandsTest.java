/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.amvkit.examples.CaninePlugIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
  void profiles_lists_the_built_in_profiles_and_no_demo_plug_in() {
    // when
    Cli cli = Cli.run("profiles");

    // then
    assertThat(cli.exitCode).isZero();
    assertThat(cli.outLines()).filteredOn(line -> !line.startsWith(" "))
        .extracting(line -> line.split(":")[0])
        .containsExactly("all-the-tropes", "all-the-tropes-strict", "real-world");
    assertThat(cli.out).contains("  animash                    \"Animash\"  required: has-music, "
        + "multiple-sources, animated-footage-only; convention: features-animals");
  }

  @Test
  void profiles_lists_the_profiles_of_the_plug_ins_given(@TempDir Path dir) throws IOException {
    // when
    Cli cli = Cli.run("--plugins", CaninePlugIn.writeInto(dir).toString(), "profiles");

    // then
    assertThat(cli.exitCode).isZero();
    assertThat(cli.err).isEmpty();
    assertThat(cli.outLines()).filteredOn(line -> !line.startsWith(" "))
        .extracting(line -> line.split(":")[0])
        .containsExactly("all-the-tropes", "all-the-tropes-strict", "real-world", "wolfpack");
  }

  @Test
  void rules_lists_built_in_and_plug_in_rules_with_their_providers(@TempDir Path dir)
      throws IOException {
    // when: the option given after the command, as picocli lets an inherited option be
    Cli cli = Cli.run("rules", "--plugins", CaninePlugIn.writeInto(dir).toString());

    // then
    assertThat(cli.exitCode).isZero();
    assertThat(cli.out).contains("has-music", "features-animals", "quantifier",
        "features-canines", "[org.amvkit.examples.CanineRules]");
  }

  @Test
  void without_plug_ins_the_demo_rule_is_not_there() {
    // when
    Cli cli = Cli.run("rules");

    // then
    assertThat(cli.exitCode).isZero();
    assertThat(cli.out).contains("has-music").doesNotContain("features-canines");
  }

  @Test
  void a_plug_in_folder_that_is_not_there_exits_1_naming_it() {
    // when
    Cli cli = Cli.run("--plugins", "no/such/folder", "rules");

    // then
    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.errLines()).containsExactly("amv: --plugins: no such folder: no/such/folder");
    assertThat(cli.out).isEmpty();
  }

  @Test
  void a_broken_plug_in_is_skipped_in_one_line_and_the_command_runs(@TempDir Path dir)
      throws IOException {
    // given
    writeBrokenPlugIn(dir);

    // when
    Cli cli = Cli.run("--plugins", dir.toString(), "classify", "--format", "csv");

    // then
    assertThat(cli.exitCode).isZero();
    assertThat(cli.errLines()).containsExactly("amv: skipped a plug-in:"
        + " org.amvkit.rules.spi.RuleProvider: Provider com.example.Missing not found");
    assertThat(cli.outLines()).contains("v-001,animash,Animash,,,");
  }

  @Test
  void a_profile_a_broken_plug_in_would_have_given_fails_saying_it_was_skipped(@TempDir Path dir)
      throws IOException {
    // given
    writeBrokenPlugIn(dir);

    // when
    Cli cli = Cli.run("--plugins", dir.toString(), "classify", "--profile", "wolfpack");

    // then
    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.errLines()).containsExactly(
        "amv: skipped a plug-in: org.amvkit.rules.spi.RuleProvider:"
            + " Provider com.example.Missing not found",
        "amv: unknown profile \"wolfpack\"; registered profiles: all-the-tropes,"
            + " all-the-tropes-strict, real-world; skipped plug-ins:"
            + " org.amvkit.rules.spi.RuleProvider: Provider com.example.Missing not found");
  }

  /** A plug-in jar whose services file names a class it does not hold. */
  private static void writeBrokenPlugIn(Path dir) throws IOException {
    try (JarOutputStream jar = new JarOutputStream(
        Files.newOutputStream(dir.resolve("broken.jar")))) {
      jar.putNextEntry(new JarEntry("META-INF/services/org.amvkit.rules.spi.RuleProvider"));
      jar.write("com.example.Missing\n".getBytes(StandardCharsets.UTF_8));
    }
  }
}
