/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's excerpts of {@code amv} output are what the command line prints. An excerpt is the
 * lines after a {@code $ java -jar amv-examples/target/amv.jar ...} prompt, up to the next prompt
 * or the end of the code block; a line that is only {@code …} or {@code ...} stands for one or
 * more lines left out, and a {@code # line N} comment after the command shows line N alone.
 * Commands run as from the repository's root, where the README says to run them; the README's
 * {@value #DATABASE} is an AMV Tracker database this test makes ({@link #readmeDatabase}).
 */
class ReadmeExcerptsTest {

  /** The README, and the directory its commands run in: this module's parent. */
  private static final Path ROOT = Path.of("..");
  private static final Path README = ROOT.resolve("README.md");
  private static final String PROMPT = "$ java -jar amv-examples/target/amv.jar ";
  private static final Pattern LINE_COMMENT = Pattern.compile("#\\s*line (\\d+)\\s*$");

  /** The AMV Tracker file the README's examples read. */
  static final String DATABASE = "my_database.db";

  record Excerpt(String command, List<String> expected) {}

  /** The README's {@value #DATABASE}: three videos, as the program writes them. */
  static Path readmeDatabase(Path dir) {
    Map<String, Object> bebop = TrackerDatabases.row("Xq3Lm9Tz0b", "Space Cowboys",
        "Cowboy Bebop (TV); Wolf's Rain", 246);
    bebop.put("primary_editor_username", "Jet Black");
    bebop.put("addl_editors", "Faye; Ein");
    bebop.put("tags_1", "Action; Fun");
    return TrackerDatabases.create(dir.resolve(DATABASE),
        TrackerDatabases.row("aB3dE5fG7h", "Run Free", "Balto; Lion King, The", 221),
        TrackerDatabases.row("Kd82jQpL0s", "Pride", "The Lion King II: Simba's Pride", 180),
        bebop);
  }

  @Test
  void every_excerpt_of_cli_output_in_the_readme_is_what_the_cli_prints(@TempDir Path dir)
      throws IOException {
    // given
    Path database = readmeDatabase(dir);
    List<Excerpt> excerpts = excerpts(Files.readAllLines(README));
    assertThat(excerpts).extracting(Excerpt::command).contains("classify",
        "classify --format json      # line 7", "explain v-007",
        "contest amv-examples/src/main/resources/org/amvkit/examples/sample-contest.json");

    for (Excerpt excerpt : excerpts) {
      // when
      Matcher comment = LINE_COMMENT.matcher(excerpt.command());
      String command = comment.replaceFirst("").trim();
      String[] args = Arrays.stream(command.split("\\s+"))
          .map(arg -> arg.equals(DATABASE) ? database.toString()
              : Files.isRegularFile(ROOT.resolve(arg)) ? ROOT.resolve(arg).toString() : arg)
          .toArray(String[]::new);
      List<String> actual = Cli.run(args).outLines();
      if (comment.find(0)) {
        actual = List.of(actual.get(Integer.parseInt(comment.group(1)) - 1));
      }

      // then
      assertThat(matches(excerpt.expected(), 0, actual, 0))
          .as("README excerpt of `amv %s`:%n%s%nis not what it prints:%n%s", command,
              String.join("\n", excerpt.expected()), String.join("\n", actual))
          .isTrue();
    }
  }

  @Test
  void an_elision_stands_for_one_or_more_lines_and_nothing_else_may_differ() {
    assertThat(matches(List.of("a", "…", "d"), 0, List.of("a", "b", "c", "d"), 0)).isTrue();
    assertThat(matches(List.of("a", "  ...", "d"), 0, List.of("a", "b", "d"), 0)).isTrue();
    assertThat(matches(List.of("a", "…", "d"), 0, List.of("a", "d"), 0)).isFalse();
    assertThat(matches(List.of("a", "d"), 0, List.of("a", "b", "d"), 0)).isFalse();
    assertThat(matches(List.of("a", "…"), 0, List.of("a", "b"), 0)).isTrue();
    assertThat(matches(List.of("a"), 0, List.of("a", "b"), 0)).isFalse();
  }

  /** The excerpts in the README's code blocks, in order. */
  private static List<Excerpt> excerpts(List<String> readme) {
    List<Excerpt> excerpts = new ArrayList<>();
    boolean inBlock = false;
    String command = null;
    List<String> expected = new ArrayList<>();
    for (String line : readme) {
      boolean fence = line.startsWith("```");
      if (command != null && (fence || line.startsWith(PROMPT))) {
        excerpts.add(new Excerpt(command, trimTrailingBlanks(expected)));
        command = null;
      }
      if (fence) {
        inBlock = !inBlock;
      } else if (inBlock && line.startsWith(PROMPT)) {
        command = line.substring(PROMPT.length()).trim();
        expected = new ArrayList<>();
      } else if (command != null) {
        expected.add(line);
      }
    }
    return excerpts;
  }

  private static List<String> trimTrailingBlanks(List<String> lines) {
    int end = lines.size();
    while (end > 0 && lines.get(end - 1).isBlank()) {
      end--;
    }
    return List.copyOf(lines.subList(0, end));
  }

  /** Whether the expected lines from {@code e} on match the actual lines from {@code a} on. */
  static boolean matches(List<String> expected, int e, List<String> actual, int a) {
    if (e == expected.size()) {
      return a == actual.size();
    }
    String line = expected.get(e);
    if (line.trim().equals("…") || line.trim().equals("...")) {
      for (int skip = a + 1; skip <= actual.size(); skip++) {
        if (matches(expected, e + 1, actual, skip)) {
          return true;
        }
      }
      return false;
    }
    return a < actual.size() && line.equals(actual.get(a))
        && matches(expected, e + 1, actual, a + 1);
  }
}
