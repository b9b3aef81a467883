package org.amvkit.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.amvkit.core.Video;
import org.amvkit.rules.Outcome;
import org.amvkit.rules.contest.Contest;
import org.amvkit.rules.contest.ContestReport;
import org.amvkit.rules.contest.EntryResult;
import org.amvkit.rules.contest.Violation;
import org.amvkit.rules.json.ContestReader;
import org.amvkit.rules.spi.RuleRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code amv contest}: checks every entry of a contest file and the limits across entries. */
@Command(name = "contest", mixinStandardHelpOptions = true,
    description = {"Checks the entries of a contest (an amv-contest/1 file) against its rule"
        + " sheet and entry limits: which entries are accepted, rejected (and why), undetermined"
        + " (and what is missing), and which limits are broken across entries.",
        "",
        "Exit codes: 0 every entry accepted and no limit broken; 3 some entry rejected or"
            + " undetermined, or a limit broken; 1 bad input (a missing file, an invalid contest"
            + " or catalogue); 2 bad usage."})
final class ContestCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = {"-f", "--format"}, paramLabel = "text|json", defaultValue = "text",
      converter = FormatConverter.class,
      description = "text (a report for the coordinator) or json (one object, for tools);"
          + " default: text")
  Format format;

  @Parameters(index = "0", paramLabel = "CONTEST", description = "an amv-contest/1 file")
  Path contestFile;

  @Parameters(index = "1", arity = "0..1", paramLabel = "CATALOGUE",
      description = "an amv-catalogue/1 file; without it, the embedded sample catalogue")
  Path catalogue;

  /** The report formats. */
  enum Format {
    TEXT, JSON
  }

  @Override
  public Integer call() {
    Contest contest = readContest(contestFile);
    ContestReport report;
    try (CatalogueInput input = CatalogueInput.open(catalogue)) {
      report = contest.check(input.iterator());
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      writeJson(report, out);
    } else {
      writeText(report, out);
    }
    return report.isClean() ? Amv.EXIT_OK : Amv.EXIT_CONTEST_NOT_CLEAN;
  }

  static Contest readContest(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new BadInputException((Files.exists(file) ? "not a file: " : "no such contest file: ")
          + file);
    }
    try {
      return ContestReader.with(RuleRegistry.load()).read(file);
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
          result.entry().category().name(), result.entry().entrant(),
          result.entry().exhibition() ? " (exhibition)" : "");
      for (String reason : result.reasons()) {
        out.println("        " + prefix + reason);
      }
      for (String deviation : result.deviations()) {
        out.println("        deviates: " + deviation);
      }
    }
  }

  static void writeJson(ContestReport report, PrintWriter out) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("contest", report.contest().id());
    root.put("name", report.contest().name());
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("entries", report.entries().size());
    counts.put("accepted", report.accepted().size());
    counts.put("rejected", report.rejected().size());
    counts.put("undetermined", report.undetermined().size());
    counts.put("violations", report.violations().size());
    root.put("summary", counts);
    List<Object> entries = new ArrayList<>();
    for (EntryResult result : report.entries()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("id", result.entry().id());
      entry.put("video", result.entry().videoId());
      result.video().map(Video::title).ifPresent(title -> entry.put("title", title));
      entry.put("category", result.entry().category().id());
      entry.put("entrant", result.entry().entrant());
      entry.put("exhibition", result.entry().exhibition());
      entry.put("decision", result.decision().name());
      entry.put("reasons", result.reasons());
      entry.put("deviations", result.deviations());
      result.result().ifPresent(definition -> {
        entry.put("definition", definition.definition().id());
        Map<String, Object> outcomes = new LinkedHashMap<>();
        for (Map.Entry<String, Outcome> outcome : definition.outcomes().entrySet()) {
          Map<String, Object> shown = new LinkedHashMap<>();
          shown.put("status", outcome.getValue().status().name());
          shown.put("evidence", outcome.getValue().explain());
          outcomes.put(outcome.getKey(), shown);
        }
        entry.put("outcomes", outcomes);
      });
      entries.add(entry);
    }
    root.put("entries", entries);
    List<Object> violations = new ArrayList<>();
    for (Violation violation : report.violations()) {
      Map<String, Object> shown = new LinkedHashMap<>();
      shown.put("kind", violation.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      violation.person().ifPresent(person -> shown.put("person", person));
      shown.put("entries", violation.entryIds());
      shown.put("message", violation.message());
      violations.add(shown);
    }
    root.put("violations", violations);
    try {
      out.println(new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads {@code text} and {@code json} in any case. */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      try {
        return Format.valueOf(value.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "\"" + value + "\" is not one of text, json");
      }
    }
  }
}
