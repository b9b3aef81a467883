/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.amvkit.core.json.CatalogueReader;
import org.amvkit.examples.cli.JsonOutput;
import org.amvkit.rules.Classification;
import org.amvkit.rules.Classifier;
import org.amvkit.rules.builtin.BuiltInProfiles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * End to end over an {@code amv-catalogue/1} file, in a 128 MB heap: reading it alone (the I/O
 * limit: Jackson streaming, every value built and checked, then dropped), reading and classifying,
 * and reading, classifying and writing the NDJSON that {@code amv classify --format json} writes,
 * with its own writer ({@link JsonOutput}), to a discarding stream. The file ({@code videos}
 * videos) is generated once per fork into a temporary directory, or read from
 * {@code -Damv.catalogue=FILE} if given.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 2, jvmArgsAppend = {"-Xmx128m"})
@State(Scope.Benchmark)
public class FileBenchmark {

  @Param("100000")
  int videos;

  private Path file;
  private boolean generated;
  private final Classifier classifier = Classifier.of(BuiltInProfiles.allTheTropes());

  @Setup(Level.Trial)
  public void generate() throws IOException {
    String given = System.getProperty("amv.catalogue");
    if (given != null) {
      file = Path.of(given);
      return;
    }
    file = Files.createTempFile("amv-catalogue-", ".json");
    generated = true;
    CatalogueGenerator.of(CatalogueGenerator.DEFAULT_SEED).write(file, videos);
  }

  @TearDown(Level.Trial)
  public void delete() throws IOException {
    if (generated) {
      Files.deleteIfExists(file);
    }
  }

  @Benchmark
  public long parseOnly(Blackhole bh) throws IOException {
    try (CatalogueReader reader = CatalogueReader.open(file)) {
      while (reader.hasNext()) {
        bh.consume(reader.next());
      }
      return reader.videosRead();
    }
  }

  @Benchmark
  public long parseAndClassify(Blackhole bh) throws IOException {
    try (CatalogueReader reader = CatalogueReader.open(file)) {
      while (reader.hasNext()) {
        Classification c = classifier.classify(reader.next());
        bh.consume(c.category());
        bh.consume(c.deviations());
      }
      return reader.videosRead();
    }
  }

  @Benchmark
  public long parseClassifyAndWriteJson(Blackhole bh) throws IOException {
    // As the command line writes to standard output: characters, encoded to bytes.
    try (CatalogueReader reader = CatalogueReader.open(file);
        JsonOutput json = JsonOutput.lines(
            new OutputStreamWriter(OutputStream.nullOutputStream(), StandardCharsets.UTF_8))) {
      while (reader.hasNext()) {
        json.writeClassification(classifier.classify(reader.next()));
      }
      return reader.videosRead();
    }
  }
}
