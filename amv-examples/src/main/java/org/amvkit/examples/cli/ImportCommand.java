/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import org.amvkit.core.Source;
import org.amvkit.core.json.CatalogueReader;
import org.amvkit.core.json.CatalogueWriter;
import org.amvkit.core.json.JsonFormatException;
import org.amvkit.importers.ImportException;
import org.amvkit.importers.ImportProblem;
import org.amvkit.importers.OnBadValue;
import org.amvkit.importers.sources.Origin;
import org.amvkit.importers.sources.SourceResolver;
import org.amvkit.importers.sources.TitleTally;
import org.amvkit.importers.tracker.TrackerVideos;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code amv import}: an AMV Tracker database or export written as an {@code amv-catalogue/1}
 * catalogue, with a summary on standard error. The file is read twice, row by row: first to find
 * the sources the videos use (which a catalogue lists before its videos) and every problem,
 * before anything is written; then to write. The user's file is never written.
 */
@Command(name = "import",
    description = "Writes an AMV Tracker database or export as an amv-catalogue/1 catalogue, "
        + "its footage titles resolved to known sources; a summary on stderr.")
final class ImportCommand implements Callable<Integer> {

  /** How many unresolved titles the summary lists. */
  static final int UNRESOLVED_SHOWN = 10;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE",
      description = "an AMV Tracker database (SQLite) or its text export (UTF-16, tab-separated), "
          + "told by content; it is only read")
  Path file;

  @Option(names = "--sub-db", paramLabel = "NAME",
      description = "the sub-database of a database, by your name for it or its table "
          + "(sub_db_1); default: the main one")
  String subDb;

  @Option(names = "--sources", paramLabel = "REF.json",
      description = "an amv-catalogue/1 file whose sources (titles and aliases) are looked up "
          + "before the bundled reference")
  Path sources;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT.json",
      description = "where the catalogue goes; default: standard output; never FILE itself")
  Path output;

  @Option(names = "--skip-bad",
      description = "import the rest when a value cannot be read or a row cannot be a video, and "
          + "list every one skipped; default: stop at the first")
  boolean skipBad;

  @Override
  public Integer call() {
    InputKind kind = kindOf(file);
    if (output != null && isSameFile(file, output)) {
      throw new BadInputException("-o " + output + " is the file imported: amv never writes it");
    }
    SourceResolver.Builder resolver = SourceResolver.builder();
    if (sources != null) {
      resolver.reference(readSources(sources));
    }
    SourceResolver resolve = resolver.bundled().build();
    OnBadValue onBad = skipBad ? OnBadValue.SKIP : OnBadValue.STOP;
    try {
      Map<String, Source> used = sourcesUsed(kind, onBad, resolve);
      try (TrackerInput input = TrackerInput.open(file, kind, subDb, onBad, resolve);
          CatalogueWriter writer = CatalogueOutput.open(output, spec.commandLine().getOut())) {
        used.values().forEach(writer::write);
        long videos = 0;
        while (input.videos().hasNext()) {
          writer.write(input.videos().next());
          videos++;
        }
        summary(input, videos, spec.commandLine().getErr());
      }
    } catch (ImportException e) {
      // Skipping helps with a row, not with a file that is not AMV Tracker's.
      boolean inRow = e.problem().rowNumber().isPresent() || e.problem().line().isPresent();
      throw new BadInputException(e.getMessage() + (skipBad || !inRow ? ""
          : " (--skip-bad imports the rest and lists every value skipped)"), e);
    }
    return Amv.EXIT_OK;
  }

  /** The first pass: the sources the videos use, in the order first used; stops at a problem. */
  private Map<String, Source> sourcesUsed(InputKind kind, OnBadValue onBad,
      SourceResolver resolver) {
    Map<String, Source> used = new LinkedHashMap<>();
    try (TrackerInput input = TrackerInput.open(file, kind, subDb, onBad, resolver)) {
      input.videos().forEachRemaining(video ->
          video.sources().forEach(source -> used.putIfAbsent(source.id(), source)));
    }
    return used;
  }

  private static InputKind kindOf(Path file) {
    if (!Files.exists(file)) {
      throw new BadInputException("no such file: " + file);
    }
    if (!Files.isRegularFile(file)) {
      throw new BadInputException("not a file: " + file);
    }
    InputKind kind = InputKind.of(file);
    if (!kind.isTracker()) {
      throw new BadInputException(file + ": not an AMV Tracker file: neither an SQLite database "
          + "nor an export (UTF-16 with a byte-order mark, starting with its header line)");
    }
    return kind;
  }

  private static boolean isSameFile(Path file, Path output) {
    try {
      return Files.exists(output) ? Files.isSameFile(file, output)
          : file.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Source> readSources(Path reference) {
    if (!Files.isRegularFile(reference)) {
      throw new BadInputException("no such file of sources: " + reference);
    }
    try (CatalogueReader reader = CatalogueReader.open(reference)) {
      return reader.sources();
    } catch (JsonFormatException e) {
      throw new BadInputException(reference + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }


  /** The summary: what was read, where the titles were found, what was skipped or kept as attributes. */
  private void summary(TrackerInput input, long videos, PrintWriter err) {
    TrackerVideos read = input.videos();
    err.printf("amv import: %d video%s from %s, %s (%d row%s read)%n", videos,
        videos == 1 ? "" : "s", file, input.description(), read.rowsRead(),
        read.rowsRead() == 1 ? "" : "s");
    TitleTally titles = read.titles();
    StringJoiner where = new StringJoiner(", ", " (", ")").setEmptyValue("");
    if (titles.count(Origin.REFERENCE) > 0) {
      where.add(titles.count(Origin.REFERENCE) + " in " + sources);
    }
    if (titles.count(Origin.BUNDLED) > 0) {
      where.add(titles.count(Origin.BUNDLED) + " in the bundled reference");
    }
    err.printf("footage titles: %d resolved%s, %d unresolved%n", titles.resolved(), where,
        titles.count(Origin.UNRESOLVED));
    List<TitleTally.TitleCount> unresolved = titles.unresolved();
    if (!unresolved.isEmpty()) {
      StringJoiner most = new StringJoiner(", ");
      unresolved.stream().limit(UNRESOLVED_SHOWN)
          .forEach(title -> most.add(ImportProblem.quote(title.title()) + " ×" + title.count()));
      err.println("most frequent unresolved: " + most
          + (unresolved.size() > UNRESOLVED_SHOWN ? ", …" : ""));
    }
    List<ImportProblem> skipped = read.skipped();
    err.println("values that could not be read: " + (skipped.isEmpty() ? "none"
        : skipped.size() + ", skipped:"));
    skipped.forEach(problem -> err.println("  " + problem.message()));
    if (!read.keptAsAttributes().isEmpty()) {
      StringJoiner kept = new StringJoiner(", ");
      read.keptAsAttributes().forEach((column, count) -> kept.add(column + " (" + count + ")"));
      err.println("kept as the videos' links and attributes: " + kept);
    }
  }
}
