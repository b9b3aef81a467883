/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.amvkit.core.Video;
import org.amvkit.rules.Classification;
import org.amvkit.rules.Classifier;
import org.amvkit.rules.Criterion;
import org.amvkit.rules.DefinitionResult;
import org.amvkit.rules.Outcome;
import org.amvkit.rules.Requirement;
import org.amvkit.rules.Status;
import org.amvkit.rules.registry.RuleRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code amv explain}: every definition's verdict and every rule's outcome for one video. */
@Command(name = "explain",
    description = "Explains the classification of one video: every definition's verdict and "
        + "every rule's outcome, in words.")
final class ExplainCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ProfileOption profile = new ProfileOption();

  @Option(names = "--verbose",
      description = "print on stderr the stack trace of each rule that breaks")
  boolean verbose;

  @Option(names = {"-f", "--format"}, paramLabel = "text|json", defaultValue = "text",
      description = "${COMPLETION-CANDIDATES}, in any case: text is for people, json one object "
          + "with every verdict, status, evidence and its facts, for tools; default: "
          + "${DEFAULT-VALUE}")
  StatsCommand.Format format;

  @Parameters(index = "0", paramLabel = "VIDEO_ID", description = "the id of the video")
  String videoId;

  @Parameters(index = "1", arity = "0..1", paramLabel = "FILE",
      description = "an amv-catalogue/1 file, an AMV Tracker database or export (told by "
          + "content), or - for standard input; without it, the embedded sample catalogue")
  Path file;

  @Override
  public Integer call() {
    RuleRegistry registry = Amv.registry(spec);
    Classifier classifier = Classifier.of(profile.resolve(registry, file));
    Video video;
    try (CatalogueInput input = CatalogueInput.open(file)) {
      video = input.find(videoId).orElseThrow(() -> new BadInputException(
          "no video \"" + videoId + "\" in " + input.name()));
      // Read on to the end: a later video with the same id makes the catalogue bad input, not a
      // choice of the first copy (issue 17).
      input.forEach(later -> { });
    }
    Classification classification = classifier.classify(video);
    if (format == StatsCommand.Format.JSON) {
      ExplanationJson.write(video, classification, spec.commandLine().getOut());
    } else {
      PrintWriter out = Visible.writer(spec.commandLine().getOut());
      print(video, classification, out);
      out.flush();
    }
    if (verbose) {
      new Undecided.Traces(spec.commandLine().getErr()).print(video.id(), errors(classification));
    }
    return Amv.EXIT_OK;
  }

  /** Every rule that broke, whether or not the category depends on it: explain evaluates all. */
  private static Map<String, Outcome> errors(Classification classification) {
    Map<String, Outcome> errors = new LinkedHashMap<>();
    for (DefinitionResult result : classification.results()) {
      result.outcomes().forEach((ruleId, outcome) -> {
        if (outcome.status() == Status.ERROR) {
          errors.putIfAbsent(ruleId, outcome);
        }
      });
    }
    return errors;
  }

  static void print(Video video, Classification classification, PrintWriter out) {
    out.printf("%s \"%s\": %s (%s)%n", video.id(), video.title(), classification.label(),
        classification.category());
    if (!classification.deviations().isEmpty()) {
      out.println("deviates from the conventions: "
          + String.join(", ", classification.deviations()));
    }
    classification.undetermined().forEach((definitionId, ruleIds) ->
        out.println("could also be " + definitionId + ": " + String.join(", ", ruleIds)
            + " could not tell"));
    errors(classification).forEach((ruleId, error) ->
        out.println("error in " + ruleId + ": " + Undecided.why(error)));
    out.println("profile " + classification.profileId() + ":");
    for (DefinitionResult result : classification.results()) {
      out.printf("  %s: %s%n", result.id(), result.verdict());
      Map<String, Outcome> outcomes = result.outcomes();
      for (Criterion criterion : result.definition().criteria()) {
        Outcome outcome = outcomes.get(criterion.rule().id());
        String kind = criterion.requirement() == Requirement.REQUIRED ? "required" : "convention";
        out.printf("    %-7s %-22s %-10s %s%n", outcome.status(), criterion.rule().id(), kind,
            outcome.explain());
      }
    }
  }
}
