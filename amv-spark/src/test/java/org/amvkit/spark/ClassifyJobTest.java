/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.amvkit.examples.cli.JsonOutput;
import org.amvkit.rules.Classifier;
import org.amvkit.rules.builtin.BuiltInProfiles;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job spark-submit runs, run here in the tests' Spark session. */
class ClassifyJobTest {

  private static final SparkSession SPARK = LocalSpark.session();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private Path write(String name, List<String> lines) throws IOException {
    return Files.write(dir.resolve(name), lines, UTF_8);
  }

  private Path sources() throws IOException {
    return Files.writeString(dir.resolve("sources.json"), SampleLines.sources());
  }

  private static List<JsonNode> jsonLines(Path folder) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    try (Stream<Path> parts = Files.list(folder)) {
      for (Path part : parts.filter(file -> file.getFileName().toString().startsWith("part-"))
          .sorted().toList()) {
        for (String line : Files.readAllLines(part, UTF_8)) {
          nodes.add(JSON.readTree(line));
        }
      }
    }
    return nodes;
  }

  /** Runs the job, giving its exit code and what it printed on standard output. */
  private static Result run(String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, UTF_8));
    try {
      int code = ClassifyJob.run(args);
      return new Result(code, out.toString(UTF_8));
    } finally {
      System.setOut(original);
    }
  }

  private record Result(int code, String out) {}

  @Test
  void writes_what_amv_classify_writes_as_json_lines() throws IOException {
    Path videos = write("videos.ndjson", SampleLines.videos());
    Path out = dir.resolve("out");

    Result result = run("--sources", sources().toString(), "--videos", videos.toString(),
        "--out", out.toString());

    StringWriter expected = new StringWriter();
    Classifier classifier = Classifier.of(BuiltInProfiles.allTheTropes());
    try (JsonOutput json = JsonOutput.lines(expected)) {
      SampleLines.videoValues().forEach(video -> json.writeClassification(
          classifier.classify(video)));
    }
    List<JsonNode> wanted = new ArrayList<>();
    for (String line : expected.toString().split("\n")) {
      wanted.add(JSON.readTree(line));
    }
    assertThat(result.code()).isZero();
    assertThat(result.out()).isEqualTo(String.format("classified %d videos into %s/classified"
        + " (json); 0 lines could not be read (0 problems, in %s/errors)%n", wanted.size(), out,
        out));
    assertThat(jsonLines(out.resolve("classified"))).containsExactlyElementsOf(wanted);
    assertThat(jsonLines(out.resolve("errors"))).isEmpty();
  }

  @Test
  void bad_lines_are_written_apart_and_make_the_exit_code_1() throws IOException {
    List<String> lines = new ArrayList<>(SampleLines.videos());
    lines.add(1, "{\"id\": \"v-x\", \"title\": \"X\", \"duration\": \"soon\", \"sources\": []}");
    Path out = dir.resolve("out");

    Result result = run("--sources", sources().toString(),
        "--videos", write("videos.ndjson", lines).toString(), "--out", out.toString(),
        "--format", "parquet", "--profile", "wolfpack");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.out()).endsWith("; 1 line could not be read (1 problem, in " + out
        + "/errors)" + System.lineSeparator());
    assertThat(jsonLines(out.resolve("errors"))).containsExactly(JSON.readTree(
        "{\"line\": 2, \"path\": \"duration\", \"message\": \"\\\"soon\\\" is not a valid duration\"}"));
    List<Row> parquet = SPARK.read().parquet(out.resolve("classified").toString())
        .collectAsList();
    assertThat(parquet).hasSize(SampleLines.videoValues().size());
    assertThat(parquet).extracting(row -> row.getString(row.fieldIndex("category")))
        .contains("canine-animash");
  }

  @Test
  void a_profile_file_is_read_and_a_missing_file_is_one_line() throws IOException {
    Path profile = Files.writeString(dir.resolve("pack-profile.json"),
        SampleLines.text("pack-profile.json"));
    Path out = dir.resolve("out");

    Result ok = run("--sources", sources().toString(),
        "--videos", write("videos.ndjson", SampleLines.videos()).toString(),
        "--out", out.toString(), "--profile", profile.toString());
    assertThat(ok.code()).isZero();
    assertThat(jsonLines(out.resolve("classified")))
        .anySatisfy(node -> assertThat(node.get("category").asText()).isEqualTo("pack"));

    PrintStream originalErr = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, UTF_8));
    try {
      assertThat(run("--sources", dir.resolve("nowhere.json").toString(), "--videos", "x",
          "--out", out.toString()).code()).isEqualTo(1);
      assertThat(run("--videos", "x", "--out", out.toString()).code()).isEqualTo(2);
    } finally {
      System.setErr(originalErr);
    }
    assertThat(err.toString(UTF_8)).startsWith("ClassifyJob: ")
        .contains("nowhere.json").contains("Missing required option: '--sources=FILE'");
  }
}
