/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
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

/** {@code amv classify}: the category of every video of a catalogue. */
@Command(name = "classify",
    description = "Classifies every video of a catalogue (default: the embedded sample).")
final class ClassifyCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ProfileOption profile = new ProfileOption();

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
    RuleRegistry registry = Amv.registry(spec);
    Classifier classifier = Classifier.of(profile.resolve(registry));
    PrintWriter out = spec.commandLine().getOut();
    Undecided.Traces traces = verbose ? new Undecided.Traces(spec.commandLine().getErr()) : null;
    try (CatalogueInput input = CatalogueInput.open(file);
        Progress progress = Progress.start(spec.commandLine().getErr(), input);
        ClassificationWriter writer = ClassificationWriter.of(format, out)) {
      input.forEach(video -> {
        Classification classification = classifier.classify(video);
        writer.write(classification);
        if (traces != null) {
          traces.print(video.id(), classification.errors());
        }
        progress.update();
      });
    }
    return Amv.EXIT_OK;
  }
}
