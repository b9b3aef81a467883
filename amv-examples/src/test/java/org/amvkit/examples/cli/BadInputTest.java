package org.amvkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input exits 1 with one line naming what is wrong; bad usage exits 2. */
class BadInputTest {

  @Test
  void a_missing_file_exits_1_naming_the_file() {
    // when
    Cli cli = Cli.run("classify", "no/such/catalogue.json");

    // then
    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.errLines()).containsExactly("amv: no such file: no/such/catalogue.json");
    assertThat(cli.out).isEmpty();
  }

  @Test
  void a_bad_value_exits_1_naming_its_json_path(@TempDir Path dir) throws Exception {
    // given
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"format\": \"amv-catalogue/1\", \"sources\": [{\"id\": \"a\","
        + " \"title\": \"A\", \"medium\": \"cartoon\"}], \"videos\": []}");

    // when
    Cli cli = Cli.run("classify", file.toString());

    // then
    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.errLines()).hasSize(1);
    assertThat(cli.errLines().get(0)).startsWith("amv: sources[0].medium: \"cartoon\" is not one"
        + " of anime, animation, live-action, video-game, other");
  }

  @Test
  void truncated_json_exits_1_with_line_and_column(@TempDir Path dir) throws Exception {
    // given
    Path file = dir.resolve("truncated.json");
    Files.writeString(file, "{\"format\": \"amv-catalogue/1\",\n \"sources\": [");

    // when
    Cli cli = Cli.run("classify", file.toString());

    // then
    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.errLines()).hasSize(1);
    assertThat(cli.errLines().get(0)).startsWith("amv: ").contains("line 2");
  }

  @Test
  void an_unknown_profile_exits_1_listing_the_registered_ones() {
    // when
    Cli cli = Cli.run("classify", "--profile", "strict");

    // then
    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.errLines()).containsExactly("amv: unknown profile \"strict\"; registered "
        + "profiles: all-the-tropes, all-the-tropes-strict, real-world, wolfpack");
  }

  @Test
  void a_bad_profile_file_exits_1_naming_its_json_path(@TempDir Path dir) throws Exception {
    // given
    Path profile = dir.resolve("typo.json");
    Files.writeString(profile, "{\"id\": \"p\", \"definitions\": [{\"id\": \"d\", \"label\": \"D\","
        + " \"required\": [\"has-musik\"]}]}");

    // when
    Cli cli = Cli.run("classify", "--profile", profile.toString());

    // then
    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.errLines()).hasSize(1);
    assertThat(cli.errLines().get(0)).startsWith("amv: " + profile
        + ": definitions[0].required[0]: unknown rule \"has-musik\"");
  }

  @Test
  void an_unknown_video_id_exits_1() {
    // when
    Cli cli = Cli.run("explain", "v-999");

    // then
    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.errLines()).containsExactly("amv: no video \"v-999\" in the sample catalogue");
  }

  @Test
  void an_unknown_option_is_bad_usage_and_exits_2() {
    // when
    Cli cli = Cli.run("classify", "--colour");

    // then
    assertThat(cli.exitCode).isEqualTo(2);
    assertThat(cli.err).startsWith("Unknown option: '--colour'");
  }

  @Test
  void an_unknown_format_is_bad_usage_and_exits_2() {
    // when
    Cli cli = Cli.run("classify", "--format", "xml");

    // then
    assertThat(cli.exitCode).isEqualTo(2);
    assertThat(cli.err).contains("\"xml\" is not one of text, json, csv");
  }

  @Test
  void help_and_version_exit_0() {
    // when
    Cli help = Cli.run("--help");
    Cli version = Cli.run("--version");

    // then
    assertThat(help.exitCode).isZero();
    assertThat(help.out).contains("Usage: amv", "classify", "explain", "profiles", "rules");
    assertThat(version.exitCode).isZero();
    assertThat(version.out).startsWith("amv ");
  }
}
