/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.amvkit.examples.CaninePlugIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifyCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void classifies_the_sample_catalogue_as_an_aligned_table() {
    // when
    Cli cli = Cli.run("classify");

    // then
    assertThat(cli.exitCode).isZero();
    assertThat(cli.err).isEmpty();
    assertThat(cli.outLines()).hasSize(29);
    assertThat(cli.outLines().get(0))
        .matches("ID +CATEGORY +LABEL +DEVIATIONS +COULD ALSO BE +ERRORS");
    assertThat(cli.outLines()).contains(
        "v-004  single-source-music-video  Balto music video                   "
            + "          -                 -                                 -",
        "v-007  animash                    Animash                             "
            + "          features-animals  -                                 -",
        "v-013  not-a-music-video          Not a music video                   "
            + "          -                 -                                 -",
        "v-028  fan-vid                    Fan vid                             "
            + "          -                 animash (animated-footage-only?)  -");
  }

  @Test
  void json_format_writes_one_object_per_video_with_category_label_deviations_and_verdicts()
      throws Exception {
    // when
    Cli cli = Cli.run("classify", "--format", "json");

    // then
    assertThat(cli.exitCode).isZero();
    List<JsonNode> videos = new ArrayList<>();
    for (String line : cli.outLines()) {
      videos.add(JSON.readTree(line));
    }
    assertThat(videos).hasSize(28);
    JsonNode neoTokyo = videos.get(6);
    assertThat(neoTokyo.get("id").asText()).isEqualTo("v-007");
    assertThat(neoTokyo.get("category").asText()).isEqualTo("animash");
    assertThat(neoTokyo.get("label").asText()).isEqualTo("Animash");
    assertThat(neoTokyo.get("deviations").toString()).isEqualTo("[\"features-animals\"]");
    assertThat(neoTokyo.get("undetermined").toString()).isEqualTo("{}");
    assertThat(neoTokyo.get("errors").toString()).isEqualTo("{}");
    assertThat(neoTokyo.get("verdicts").toString()).isEqualTo("{\"single-source-music-video\":"
        + "\"NOT_MET\",\"animash\":\"MET\",\"anime-music-video\":\"MET\",\"fan-vid\":\"MET\"}");
  }

  @Test
  void json_format_of_a_catalogue_without_videos_writes_nothing(@TempDir Path dir)
      throws Exception {
    // given
    Path file = dir.resolve("empty.json");
    Files.writeString(file, "{\"format\": \"amv-catalogue/1\", \"sources\": [], \"videos\": []}");

    // when
    Cli cli = Cli.run("classify", "--format", "json", file.toString());

    // then: no blank line, which an NDJSON reader would take for a broken record
    assertThat(cli.exitCode).isZero();
    assertThat(cli.err).isEmpty();
    assertThat(cli.out).isEmpty();
  }

  @Test
  void csv_format_has_a_header_row_and_quotes_labels_with_commas() {
    // when
    Cli cli = Cli.run("classify", "-f", "CSV");

    // then
    assertThat(cli.exitCode).isZero();
    assertThat(cli.outLines()).hasSize(29)
        .startsWith("id,category,label,deviations,undetermined,errors", "v-001,animash,Animash,,,")
        .contains("v-007,animash,Animash,features-animals,,");
  }

  @Test
  void the_strict_profile_refuses_an_animash_without_animals() {
    // when
    Cli cli = Cli.run("classify", "--profile", "all-the-tropes-strict", "--format", "csv");

    // then
    assertThat(cli.outLines()).contains("v-007,anime-music-video,Anime music video,,,",
        // issue 12: NIMH lists no characters, so it is not known not to be an animash
        "v-015,fan-vid,Fan vid,,animash(features-animals),");
  }

  @Test
  void the_real_world_profile_calls_anime_only_videos_anime_music_videos() {
    // when
    Cli cli = Cli.run("classify", "--profile", "real-world", "--format", "csv");

    // then
    assertThat(cli.outLines()).contains(
        "v-009,anime-music-video,Anime music video,,,",
        "v-001,fan-vid,Fan vid,,,");
  }

  @Test
  void a_profile_can_be_read_from_a_json_file(@TempDir Path dir) throws Exception {
    // given
    Path profile = dir.resolve("canines.json");
    Files.writeString(profile, "{\"id\": \"only-canines\", \"definitions\": [{\"id\": \"pack\","
        + " \"label\": \"Pack video\", \"required\": [\"has-music\", \"features-canines\"]}]}");
    Path plugIns = Files.createDirectory(dir.resolve("plugins"));
    CaninePlugIn.writeInto(plugIns);

    // when
    Cli cli = Cli.run("--plugins", plugIns.toString(), "classify", "--profile", profile.toString(),
        "--format", "csv");

    // then
    assertThat(cli.exitCode).isZero();
    assertThat(cli.outLines()).contains("v-001,pack,Pack video,,,", "v-003,not-a-music-video,"
        + "Not a music video,,,",
        // issue 12: NIMH lists no characters, so whether it features canines is not known
        "v-015,undetermined,Undetermined,,pack(features-canines),");
  }

  @Test
  void a_catalogue_file_is_read_when_given(@TempDir Path dir) throws Exception {
    // given
    Path file = dir.resolve("one.json");
    Files.writeString(file, "{\"format\": \"amv-catalogue/1\", \"sources\": [{\"id\": \"akira\","
        + " \"title\": \"Akira\", \"medium\": \"anime\"}], \"videos\": [{\"id\": \"x-1\","
        + " \"title\": \"Bike\", \"duration\": \"PT2M\", \"creators\": [{\"name\": \"K\"}],"
        + " \"sources\": [\"akira\"], \"music\": [{\"title\": \"Kaneda\", \"artist\": \"G\"}]}]}");

    // when
    Cli cli = Cli.run("classify", "-f", "csv", file.toString());

    // then
    assertThat(cli.exitCode).isZero();
    assertThat(cli.outLines()).containsExactly("id,category,label,deviations,undetermined,errors",
        "x-1,single-source-music-video,Akira music video,,,");
  }

  @Test
  void a_profile_naming_uses_rare_source_counts_the_sources_in_a_first_pass(@TempDir Path dir)
      throws Exception {
    // given: once "unknown rule" (issue 17); rare = used by no other video of the catalogue
    Path profile = dir.resolve("rare.json");
    Files.writeString(profile, "{\"id\": \"rare-finds\", \"extends\": \"all-the-tropes\","
        + " \"insert\": [{\"before\": \"single-source-music-video\", \"definitions\": [{\"id\":"
        + " \"rare-find\", \"label\": \"Rare find\", \"required\": [\"has-music\", {\"rule\":"
        + " \"uses-rare-source\", \"params\": {\"threshold\": 1}}]}]}]}");

    // when
    Cli cli = Cli.run("classify", "--profile", profile.toString(), "--format", "csv");
    Cli fromStdin = Cli.run("classify", "--profile", profile.toString(), "-");

    // then: the three sample videos with a source no other sample video uses
    assertThat(cli.exitCode).isZero();
    assertThat(cli.outLines()).filteredOn(line -> line.contains(",rare-find,"))
        .extracting(line -> line.split(",")[0]).containsExactly("v-015", "v-016", "v-028");
    assertThat(fromStdin.exitCode).isEqualTo(1);
    assertThat(fromStdin.errLines()).containsExactly("amv: " + profile + " uses uses-rare-source,"
        + " which needs the catalogue read twice (once to count the sources): give a file, not -");
  }
}
