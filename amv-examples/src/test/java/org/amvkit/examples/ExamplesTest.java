/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.amvkit.core.Video;
import org.amvkit.core.json.CatalogueReader;
import org.amvkit.rules.Classifier;
import org.amvkit.rules.builtin.BuiltInProfiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each example runs and prints what its javadoc promises ({@code ContestCheckerTest} has its own). */
class ExamplesTest {

  private static List<String> run(Consumer<PrintStream> example) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    example.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void embed_quickstart_classifies_an_animash_and_a_single_source_video_and_says_why() {
    // when
    List<String> lines = run(EmbedQuickstart::run);

    // then
    assertThat(lines).containsExactly(
        "v-001 \"Run Free\" is: Animash",
        "  has-music              PASS  set to \"Run\" by Snow Patrol",
        "  multiple-sources       PASS  uses 2 distinct sources: Balto, Bolt",
        "  animated-footage-only  PASS  every source is animated: Balto, Bolt",
        "  features-animals       PASS  with animals: Balto, Bolt; without animals: none;"
            + " no characters listed: none",
        "v-002 \"Here I Am\" is: Balto music video",
        "  has-music              PASS  set to \"Here I Am\" by Bryan Adams",
        "  single-source          PASS  uses 1 distinct source: Balto");
  }

  @Test
  void category_counts_reads_a_file_on_every_core_and_counts_as_one_thread_would(@TempDir Path dir)
      throws IOException {
    // given: the sample as a file, and its categories counted video by video with classify
    Path file = dir.resolve("sample.json");
    try (InputStream in = Samples.catalogue()) {
      Files.copy(in, file);
    }
    Map<String, Long> expected;
    Classifier classifier = Classifier.of(BuiltInProfiles.allTheTropes());
    try (Stream<Video> videos = CatalogueReader.open(file).videos()) {
      expected = videos.collect(Collectors.groupingBy(
          video -> classifier.classify(video).category(), TreeMap::new, Collectors.counting()));
    }

    // when
    List<String> onTwo = run(out -> CategoryCounts.run(file, 2, out));
    List<String> onOne = run(out -> CategoryCounts.run(file, 1, out));

    // then
    assertThat(onTwo).isEqualTo(onOne).hasSize(expected.size()).containsExactlyElementsOf(
        expected.entrySet().stream().map(e -> String.format("%-26s %d", e.getKey(), e.getValue()))
            .toList());
    assertThat(expected.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(28);
  }

  @Test
  void plugin_rules_finds_the_canine_plug_in_and_classifies_with_its_profile(@TempDir Path dir)
      throws IOException {
    // given
    Path plugIns = CaninePlugIn.writeInto(dir);

    // when
    List<String> lines = run(out -> PluginRules.run(plugIns, out));

    // then: every source of these has a dog, wolf, wolfdog or fox (checked against the sample)
    assertThat(lines).containsExactly(
        "rule features-canines registered by CanineRules",
        "v-001 \"Run Free\": Canine Animash",
        "v-002 \"Pack of Heroes\": Canine Animash",
        "v-009 \"Howl\": Canine Animash",
        "v-017 \"Best of Frenemies\": Canine Animash",
        "v-019 \"Alpha Pack\": Canine Animash",
        "v-025 \"Hound's Lament\": Canine Animash");
  }

  @Test
  void json_profile_counts_the_sample_per_category_of_a_contest_profile_read_from_json() {
    // when
    List<String> lines = run(JsonProfile::run);

    // then: 11 animal Animashes, 6 anime-only; undetermined (issue 12), no longer not a music
    // video: v-015, whose NIMH lists no characters, and v-028, whose Watership Down has no
    // recorded medium, are not known not to be animal Animashes
    assertThat(lines).containsExactly(
        "profile anime-contest-2026:",
        "  animal-animash       11",
        "  anime-entry          6",
        "  not-a-music-video    9",
        "  undetermined         2");
  }
}
