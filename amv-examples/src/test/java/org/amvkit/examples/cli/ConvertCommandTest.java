/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.amvkit.core.catalogue.Catalogue;
import org.amvkit.core.json.CatalogueReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code amv convert}: a catalogue to its line form and back, losing nothing. */
class ConvertCommandTest {

  @TempDir
  Path dir;

  private static Catalogue read(InputStream in) {
    try (CatalogueReader reader = CatalogueReader.open(in)) {
      return reader.readAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Catalogue sample() {
    return read(ConvertCommandTest.class.getResourceAsStream(CatalogueInput.SAMPLE));
  }

  @Test
  void the_sample_goes_to_lines_and_back_equal() throws IOException {
    Path lines = dir.resolve("lines");

    Cli there = Cli.run("convert", "--to", "lines", "-o", lines.toString());
    Cli back = Cli.run("convert", lines.toString(), "--to", "catalogue");

    assertThat(there.exitCode).isZero();
    assertThat(there.err).isEmpty();
    Catalogue sample = sample();
    List<String> videoLines = Files.readAllLines(lines.resolve("videos.ndjson"), UTF_8);
    assertThat(videoLines).hasSize(sample.videos().size())
        .allSatisfy(line -> assertThat(line).startsWith("{\"id\":").endsWith("}"));
    assertThat(read(Files.newInputStream(lines.resolve("sources.json"))).videos()).isEmpty();
    assertThat(back.exitCode).isZero();
    Catalogue roundTrip = read(new java.io.ByteArrayInputStream(back.out.getBytes(UTF_8)));
    assertThat(roundTrip.sources()).isEqualTo(sample.sources());
    assertThat(roundTrip.videos()).isEqualTo(sample.videos());
  }

  @Test
  void a_bad_line_is_one_error_naming_the_file_the_line_and_the_path() throws IOException {
    Path lines = dir.resolve("lines");
    Cli.run("convert", "--to", "lines", "-o", lines.toString());
    Path videos = lines.resolve("videos.ndjson");
    List<String> content = new java.util.ArrayList<>(Files.readAllLines(videos, UTF_8));
    content.set(2, content.get(2).replaceFirst("\"duration\":\"[^\"]*\"", "\"duration\":\"soon\""));
    Files.write(videos, content, UTF_8);

    Cli cli = Cli.run("convert", lines.toString(), "--to", "catalogue", "-o",
        dir.resolve("back.json").toString());

    assertThat(cli.exitCode).isEqualTo(Amv.EXIT_BAD_INPUT);
    assertThat(cli.errLines()).containsExactly("amv: " + videos
        + ": line 3: duration: \"soon\" is not a valid duration");
  }

  @Test
  void a_repeated_id_is_one_error_naming_both_lines() throws IOException {
    Path lines = dir.resolve("lines");
    Cli.run("convert", "--to", "lines", "-o", lines.toString());
    Path videos = lines.resolve("videos.ndjson");
    List<String> content = new java.util.ArrayList<>(Files.readAllLines(videos, UTF_8));
    content.add("");
    content.add(content.get(1));
    Files.write(videos, content, UTF_8);

    Cli cli = Cli.run("convert", lines.toString(), "--to", "catalogue");

    assertThat(cli.exitCode).isEqualTo(Amv.EXIT_BAD_INPUT);
    assertThat(cli.errLines()).containsExactly("amv: " + videos + ": line " + content.size()
        + ": id: \"v-002\" is already the id of line 2");
  }

  @Test
  void files_already_there_are_never_overwritten() throws IOException {
    Path lines = Files.createDirectories(dir.resolve("lines"));
    Path videos = Files.writeString(lines.resolve("videos.ndjson"), "mine\n");

    Cli cli = Cli.run("convert", "--to", "lines", "-o", lines.toString());

    assertThat(cli.exitCode).isEqualTo(Amv.EXIT_BAD_INPUT);
    assertThat(cli.errLines()).containsExactly("amv: " + videos
        + " already exists: amv convert writes only new files");
    assertThat(Files.readString(videos)).isEqualTo("mine\n");
    assertThat(lines.resolve("sources.json")).doesNotExist();
  }

  @Test
  void usage_and_missing_inputs_are_said_in_one_line() {
    Cli noOutput = Cli.run("convert", "--to", "lines");
    Cli notAFolder = Cli.run("convert", dir.resolve("nowhere").toString(), "--to", "catalogue");
    Cli noSources = Cli.run("convert", dir.toString(), "--to", "catalogue");

    assertThat(noOutput.exitCode).isEqualTo(Amv.EXIT_USAGE);
    assertThat(noOutput.errLines()).first().isEqualTo(
        "--to lines needs -o DIR, the folder to write");
    assertThat(notAFolder.errLines()).containsExactly("amv: --to catalogue reads a folder with"
        + " sources.json and videos.ndjson: not a folder: " + dir.resolve("nowhere"));
    assertThat(noSources.exitCode).isEqualTo(Amv.EXIT_BAD_INPUT);
    assertThat(noSources.errLines()).containsExactly("amv: no such file: "
        + dir.resolve("sources.json"));
  }
}
