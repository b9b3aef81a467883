/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.spark;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Classifies a catalogue's line form on Spark: the job {@code spark-submit} runs.
 *
 * <pre>
 * spark-submit --class org.amvkit.spark.ClassifyJob amv-spark-VERSION-job.jar \
 *     --sources sources.json --videos videos.ndjson --out results
 * </pre>
 *
 * <p>Writes {@code OUT/classified} (Spark's JSON lines with the keys of
 * {@code amv classify --format json}, or Parquet) and {@code OUT/errors} (JSON lines of
 * {@code line}, {@code path}, {@code message} for the lines that could not be read), then one line
 * of totals. Paths are read and written by Spark, so they may be a cluster's ({@code hdfs://},
 * {@code s3a://}). The master is {@code spark-submit}'s, or {@code --master} when the job is run
 * with plain {@code java}.
 *
 * <p>Exit codes as the {@code amv} command's: 0 every line classified, 1 some lines could not be
 * read (the rest were classified and written) or the input is bad, 2 bad usage.
 */
@Command(name = "ClassifyJob", mixinStandardHelpOptions = true,
    description = "Classifies a catalogue's line form (a sources file and one video per line)"
        + " on Apache Spark.")
public final class ClassifyJob implements Callable<Integer> {

  @Option(names = "--sources", required = true, paramLabel = "FILE",
      description = "the sources file: an amv-catalogue/1 document with sources and no videos")
  String sources;

  @Option(names = "--videos", required = true, paramLabel = "PATH",
      description = "the videos, one JSON object per line (a file, a folder or a glob)")
  String videos;

  @Option(names = "--profile", paramLabel = "ID|FILE.json", defaultValue = "all-the-tropes",
      description = "a registered profile id or a JSON profile file (default: ${DEFAULT-VALUE})")
  String profile;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "where to write classified/ and errors/ (replaced if there)")
  String out;

  @Option(names = "--format", defaultValue = "json", paramLabel = "json|parquet",
      description = "the format of classified/: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(names = "--master", paramLabel = "URL",
      description = "the Spark master when not run by spark-submit, such as local[*]")
  String master;

  /** The formats {@code classified/} can be written in. */
  enum Format { json, parquet }

  /**
   * Runs the job and exits with its code.
   *
   * @param args  the options, as {@code --help} lists them
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs the job in this JVM, with the active Spark session if there is one (then left running).
   *
   * @param args  the options
   * @return the exit code
   */
  static int run(String... args) {
    CommandLine command = new CommandLine(new ClassifyJob()).setExpandAtFiles(false)
        .setCaseInsensitiveEnumValuesAllowed(true);
    command.setExecutionExceptionHandler((e, line, parsed) -> {
      line.getErr().println("ClassifyJob: " + e.getMessage());
      return 1;
    });
    return command.execute(args);
  }

  @Override
  public Integer call() {
    boolean ours = SparkSession.getActiveSession().isEmpty();
    SparkSession.Builder builder = SparkSession.builder().appName("amvkit ClassifyJob");
    if (master != null) {
      builder.master(master);
    }
    SparkSession spark = builder.getOrCreate();
    try {
      return classify(spark, new PrintWriter(System.out, true));
    } finally {
      if (ours) {
        spark.stop();
      }
    }
  }

  private int classify(SparkSession spark, PrintWriter report) {
    String sourcesText = text(spark, sources);
    ProfileChoice choice = profile.endsWith(".json")
        ? ProfileChoice.json(text(spark, profile)) : ProfileChoice.id(profile);
    SparkClassification result = AmvSpark.classify(spark.read().textFile(videos), sourcesText,
        choice);
    Dataset<Row> all = result.all().persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Dataset<Row> classified = result.classified();
      classified.write().mode(SaveMode.Overwrite).format(format.name()).save(out + "/classified");
      result.errors().write().mode(SaveMode.Overwrite).json(out + "/errors");
      long videoCount = classified.count();
      Dataset<Row> errors = result.errors();
      long problems = errors.count();
      long badLines = problems == 0 ? 0 : errors.select(LineRows.LINE).distinct().count();
      report.println(String.format(Locale.ROOT, "classified %s into %s/classified (%s);"
          + " %s could not be read (%s, in %s/errors)", count(videoCount, "video"), out, format,
          count(badLines, "line"), count(problems, "problem"), out));
      return badLines == 0 ? 0 : 1;
    } finally {
      all.unpersist();
    }
  }

  private static String count(long count, String noun) {
    return String.format(Locale.ROOT, "%,d %s%s", count, noun, count == 1 ? "" : "s");
  }

  /** A small text file, read by Spark so that it may be on the cluster's file system. */
  private static String text(SparkSession spark, String path) {
    return String.join("\n", spark.read().textFile(path).collectAsList());
  }
}
