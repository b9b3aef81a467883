/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.amvkit.rules.DefinitionResult;
import org.amvkit.rules.Outcome;
import org.amvkit.rules.contest.Contest;
import org.amvkit.rules.contest.ContestReport;
import org.amvkit.rules.contest.EntryResult;
import org.amvkit.rules.contest.Violation;
import org.amvkit.rules.json.ContestReader;
import org.amvkit.rules.registry.RuleRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code amv contest}: checks every entry of a contest file and the limits across entries. */
@Command(name = "contest",
    description = "Checks the entries of a contest (an amv-contest/1 file) against its rule"
        + " sheet and entry limits: which entries are accepted, rejected (and why), undetermined"
        + " (and what is missing), and which limits are broken across entries.",
    exitCodeListHeading = Amv.EXIT_CODE_HEADING,
    exitCodeList = {
        Amv.EXIT_OK + ":every entry accepted and no limit broken",
        Amv.EXIT_BAD_INPUT + ":bad input (a missing file, an invalid contest or catalogue)",
        Amv.EXIT_USAGE + ":bad usage",
        Amv.EXIT_CONTEST_NOT_CLEAN + ":some entry rejected or undetermined, or a limit broken"})
final class ContestCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = {"-f", "--format"}, paramLabel = "text|json", defaultValue = "text",
      description = "${COMPLETION-CANDIDATES}, in any case: text is a report for the coordinator,"
          + " json one object, for tools; default: ${DEFAULT-VALUE}")
  Format format;

  @Parameters(index = "0", paramLabel = "CONTEST", description = "an amv-contest/1 file")
  Path contestFile;

  @Parameters(index = "1", arity = "0..1", paramLabel = "CATALOGUE",
      description = "an amv-catalogue/1 file, an AMV Tracker database or export (told by "
          + "content), or - for standard input; without it, the embedded sample catalogue")
  Path catalogue;

  /** The report formats, named on the command line in any case. */
  enum Format {
    TEXT, JSON;

    /** The name help and messages show: lower case, as the option is written. */
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @Override
  public Integer call() {
    Contest contest = readContest(contestFile, Amv.registry(spec));
    ContestReport report;
    try (CatalogueInput input = CatalogueInput.open(catalogue)) {
      report = contest.check(input.iterator());
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      writeJson(report, out);
    } else {
      PrintWriter text = Visible.writer(out);
      writeText(report, text);
      text.flush();
    }
    return report.isClean() ? Amv.EXIT_OK : Amv.EXIT_CONTEST_NOT_CLEAN;
  }

  static Contest readContest(Path file, RuleRegistry registry) {
    if (!Files.isRegularFile(file)) {
      throw new BadInputException((Files.exists(file) ? "not a file: " : "no such contest file: ")
          + file);
    }
    try {
      return ContestReader.with(registry).read(file);
    } catch (IOException e) {
      throw new BadInputException("cannot read contest file " + file + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(file + ": " + e.getMessage(), e);
    }
  }

  static void writeText(ContestReport report, PrintWriter out) {
    Contest contest = report.contest();
    out.printf("%s (%s): %d %s, %d accepted, %d rejected, %d undetermined, %d %s%n",
        contest.name(), contest.id(), report.entries().size(),
        report.entries().size() == 1 ? "entry" : "entries", report.accepted().size(),
        report.rejected().size(), report.undetermined().size(), report.violations().size(),
        report.violations().size() == 1 ? "limit broken" : "limits broken");
    section(out, "ACCEPTED", report.accepted(), "");
    section(out, "REJECTED", report.rejected(), "");
    section(out, "UNDETERMINED", report.undetermined(), "missing: ");
    out.println();
    out.printf("LIMITS BROKEN (%d)%n", report.violations().size());
    for (Violation violation : report.violations()) {
      out.println("  " + violation.message());
    }
  }

  private static void section(PrintWriter out, String title, List<EntryResult> results,
      String prefix) {
    out.println();
    out.printf("%s (%d)%n", title, results.size());
    for (EntryResult result : results) {
      String video = result.video().map(found -> found.id() + " \"" + found.title() + "\"")
          .orElse(result.entry().videoId());
      out.printf("  %-5s %s, %s, by %s%s%n", result.entry().id(), video,
          result.entry().style().name(), result.entry().entrant(),
          result.entry().exhibition() ? " (exhibition)" : "");
      for (String reason : result.reasons()) {
        out.println("        " + prefix + reason);
      }
      for (String deviation : result.deviations()) {
        out.println("        deviates: " + deviation);
      }
    }
  }

  /** One object: the summary, every entry's decision and outcomes, the limits broken. */
  static void writeJson(ContestReport report, PrintWriter out) {
    try (JsonOutput output = JsonOutput.document(out)) {
      output.write(json -> {
        json.writeStartObject();
        json.writeStringField("contest", report.contest().id());
        json.writeStringField("name", report.contest().name());
        json.writeObjectFieldStart("summary");
        json.writeNumberField("entries", report.entries().size());
        json.writeNumberField("accepted", report.accepted().size());
        json.writeNumberField("rejected", report.rejected().size());
        json.writeNumberField("undetermined", report.undetermined().size());
        json.writeNumberField("violations", report.violations().size());
        json.writeEndObject();
        json.writeArrayFieldStart("entries");
        for (EntryResult result : report.entries()) {
          writeEntry(json, result);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("violations");
        for (Violation violation : report.violations()) {
          json.writeStartObject();
          json.writeStringField("kind",
              violation.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
          if (violation.person().isPresent()) {
            json.writeStringField("person", violation.person().get());
          }
          strings(json, "entries", violation.entryIds());
          json.writeStringField("message", violation.message());
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
      });
    }
  }

  private static void writeEntry(JsonGenerator json, EntryResult result) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", result.entry().id());
    json.writeStringField("video", result.entry().videoId());
    if (result.video().isPresent()) {
      json.writeStringField("title", result.video().get().title());
    }
    json.writeStringField("category", result.entry().style().id());
    json.writeStringField("entrant", result.entry().entrant());
    json.writeBooleanField("exhibition", result.entry().exhibition());
    json.writeStringField("decision", result.decision().name());
    strings(json, "reasons", result.reasons());
    strings(json, "deviations", result.deviations());
    if (result.result().isPresent()) {
      DefinitionResult definition = result.result().get();
      json.writeStringField("definition", definition.definition().id());
      json.writeObjectFieldStart("outcomes");
      for (Map.Entry<String, Outcome> outcome : definition.outcomes().entrySet()) {
        json.writeObjectFieldStart(outcome.getKey());
        json.writeStringField("status", outcome.getValue().status().name());
        json.writeStringField("evidence", outcome.getValue().explain());
        json.writeEndObject();
      }
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  private static void strings(JsonGenerator json, String field, List<String> values)
      throws IOException {
    json.writeArrayFieldStart(field);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }
}
