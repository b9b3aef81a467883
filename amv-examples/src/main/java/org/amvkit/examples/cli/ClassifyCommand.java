/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.amvkit.rules.Classification;
import org.amvkit.rules.Classifier;
import org.amvkit.rules.registry.RuleRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code amv classify}: the category of every video of a catalogue. With more than one thread,
 * the calling thread reads the catalogue and writes the output while the others classify the
 * videos and, for JSON and CSV, render their rows; rows are written in the catalogue's order.
 */
@Command(name = "classify",
    description = "Classifies every video of a catalogue (default: the embedded sample).")
final class ClassifyCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ProfileOption profile = new ProfileOption();

  @Mixin
  ThreadsOption threads = new ThreadsOption();

  @Option(names = {"-f", "--format"}, paramLabel = "text|json|csv|csv-raw", defaultValue = "text",
      description = "${COMPLETION-CANDIDATES}, in any case: text is an aligned table, json one "
          + "object per line (NDJSON), csv makes would-be spreadsheet formulas text ('=…),"
          + " csv-raw does not; default: ${DEFAULT-VALUE}")
  ClassificationWriter.Format format;

  @Option(names = "--verbose",
      description = "print on stderr the stack trace of each rule that breaks (once a rule)")
  boolean verbose;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
      description = "an amv-catalogue/1 file, an AMV Tracker database or export (told by "
          + "content), or - for standard input; without it, the embedded sample catalogue")
  Path file;

  @Override
  public Integer call() {
    int threadCount = threads.count();
    RuleRegistry registry = Amv.registry(spec);
    Classifier classifier = Classifier.of(profile.resolve(registry, file));
    PrintWriter out = spec.commandLine().getOut();
    Undecided.Traces traces = verbose ? new Undecided.Traces(spec.commandLine().getErr()) : null;
    try (CatalogueInput input = CatalogueInput.open(file);
        Progress progress = Progress.start(spec.commandLine().getErr(), input);
        ClassificationWriter writer = ClassificationWriter.of(format, out)) {
      // --verbose classifies on this thread, so that each stack trace follows its video's row.
      if (threadCount == 1 || traces != null) {
        input.forEach(video -> {
          Classification classification = classifier.classify(video);
          writer.write(classification);
          if (traces != null) {
            traces.print(video.id(), classification.errors());
          }
          progress.update();
        });
      } else {
        classifyInParallel(input, classifier, threadCount, writer, out, progress);
      }
    }
    return Amv.EXIT_OK;
  }

  /**
   * Reads on this thread, classifies on the others and writes here, in input order: JSON and CSV
   * rows are rendered on the other threads too, the text table here, where it is aligned.
   */
  private void classifyInParallel(CatalogueInput input, Classifier classifier, int threadCount,
      ClassificationWriter writer, PrintWriter out, Progress progress) {
    Optional<RowRenderer> renderer = RowRenderer.of(format);
    if (renderer.isPresent()) {
      RowRenderer rows = renderer.get();
      input.forEach(threadCount, video -> rows.render(classifier.classify(video)), row -> {
        out.write(row);
        progress.update();
      });
    } else {
      input.forEach(threadCount, classifier::classify, classification -> {
        writer.write(classification);
        progress.update();
      });
    }
  }
}
