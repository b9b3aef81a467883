/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every command has from the top one, in picocli's idiom: {@code --help} and
 * {@code --version} (inherited, so listed once), the exit codes in the help, formats read in any
 * case and listed from their enum.
 */
class UsageTest {

  private static final List<String> COMMANDS =
      List.of("classify", "explain", "profiles", "rules", "stats", "contest");

  @Test
  void every_command_has_help_and_version_once_from_the_top_command() {
    for (String command : COMMANDS) {
      // when
      Cli help = Cli.run(command, "--help");
      Cli version = Cli.run(command, "--version");

      // then
      assertThat(help.exitCode).as(command).isZero();
      assertThat(help.out).as(command).startsWith("Usage: amv " + command + " [-hV]");
      assertThat(help.outLines()).as(command)
          .filteredOn(line -> line.contains("-h, --help")).hasSize(1);
      assertThat(help.outLines()).as(command)
          .filteredOn(line -> line.contains("-V, --version")).hasSize(1);
      assertThat(version.exitCode).as(command).isZero();
      assertThat(version.out).as(command).startsWith("amv ");
    }
  }

  @Test
  void every_command_lists_the_exit_codes_and_contest_its_own() {
    for (String command : COMMANDS.subList(0, 5)) {
      // when
      Cli help = Cli.run("help", command);

      // then
      assertThat(help.outLines()).as(command)
          .contains("Exit codes:", "  0   all went well", "  2   bad usage");
    }

    // when
    Cli contest = Cli.run("help", "contest");

    // then
    assertThat(contest.outLines()).contains("Exit codes:",
        "  0   every entry accepted and no limit broken",
        "  3   some entry rejected or undetermined, or a limit broken");
  }

  @Test
  void formats_are_listed_from_their_enum_and_read_in_any_case() {
    // when
    Cli classifyHelp = Cli.run("classify", "--help");
    Cli statsHelp = Cli.run("stats", "--help");
    Cli upper = Cli.run("stats", "--format", "JSON");
    Cli lower = Cli.run("stats", "--format", "json");

    // then
    assertThat(classifyHelp.out).contains("text, json, csv, csv-raw, in any case");
    assertThat(statsHelp.out).contains("text, json, in any case");
    assertThat(upper.exitCode).isZero();
    assertThat(upper.out).startsWith("{").isEqualTo(lower.out);
  }

  @Test
  void a_bad_value_of_an_option_that_is_no_enum_keeps_picoclis_message() {
    // when
    Cli cli = Cli.run("stats", "--top", "many");

    // then
    assertThat(cli.exitCode).isEqualTo(2);
    assertThat(cli.errLines()).first()
        .isEqualTo("Invalid value for option '--top': 'many' is not an int");
  }
}
