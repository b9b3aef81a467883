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
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.amvkit.core.Term;
import org.amvkit.rules.Classifier;
import org.amvkit.rules.analytics.Analytics;
import org.amvkit.rules.analytics.AnalyticsCollector;
import org.amvkit.rules.analytics.OriginalVideo;
import org.amvkit.rules.analytics.OriginalityRanking;
import org.amvkit.rules.analytics.SourceUse;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code amv stats}: what a catalogue says about its community. The first pass over the catalogue
 * gathers the {@link Analytics}, on {@code --threads} threads, and notes what the second needs of
 * each video in a temporary file ({@link VideoNotes}); the second scores every noted video's
 * originality against the analytics and keeps the most original. Both passes stream, so memory
 * does not grow with the number of videos. Where no temporary file can be made, the second pass
 * reads the catalogue again.
 */
@Command(name = "stats",
    description = "Shows what a catalogue (default: the embedded sample) says about its "
        + "community: the most used sources, the most original videos, collaborations, "
        + "countries, dedications, editing software, music genres, categories, and how many"
        + " videos leave their duration, music, sources or a source's medium not recorded.")
final class StatsCommand implements Callable<Integer> {

  /** The widest bar of the text report, in characters. */
  static final int BAR_WIDTH = 40;

  /** The output formats of {@code amv stats}, named on the command line in any case. */
  enum Format {
    TEXT, JSON;

    /** The name help and messages show: lower case, as the option is written. */
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @Spec
  CommandSpec spec;

  @Mixin
  ProfileOption profile = new ProfileOption();

  @Mixin
  ThreadsOption threads = new ThreadsOption();

  /** What a worker hands on when no notes are taken. */
  private static final byte[] NO_NOTE = new byte[0];

  @Option(names = {"-f", "--format"}, paramLabel = "text|json", defaultValue = "text",
      description = "${COMPLETION-CANDIDATES}, in any case: text is a report with bars, json one "
          + "object; default: ${DEFAULT-VALUE}")
  Format format;

  @Option(names = {"-n", "--top"}, paramLabel = "N", defaultValue = "10",
      description = "how many of the most used sources the text report shows, and how many of "
          + "the most original videos either format shows, at most " + StatsCommand.MAX_TOP
          + " (the videos ranked are kept in memory); default: ${DEFAULT-VALUE}")
  int top;

  /**
   * The most {@code --top} may ask for: the most original videos are kept while the catalogue is
   * read, so the bound keeps the memory bound (48 MiB for any catalogue) whatever is asked.
   */
  static final int MAX_TOP = 10_000;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
      description = "an amv-catalogue/1 file, an AMV Tracker database or export (told by "
          + "content), or - for standard input; without it, the embedded sample catalogue")
  Path file;

  /** Standard input kept for the second reading, or null. */
  private Path spooled;

  @Override
  public Integer call() {
    if (top < 0 || top > MAX_TOP) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          (top < 0 ? "--top must be 0 or more, not " : "--top must be at most " + MAX_TOP
              + " (the videos ranked are kept in memory), not ") + top);
    }
    int threadCount = threads.count();
    Classifier classifier = Classifier.of(profile.resolve(Amv.registry(spec)));
    Analytics analytics;
    List<OriginalVideo> original = List.of();
    String name;
    Optional<VideoNotes> notes = Optional.empty();
    try (CatalogueInput input = openCatalogue(StandardInput.notes());
        Progress progress = Progress.start(spec.commandLine().getErr(), input, "stats")) {
      name = input.name();
      if (top > 0) {
        notes = VideoNotes.create(input.sources());
      }
      analytics = firstPass(input, classifier, threadCount, notes, progress::update);
      if (notes.isPresent()) {
        OriginalityRanking ranking = analytics.ranking(top);
        notes.get().offerAll(ranking);
        original = ranking.result();
      }
    } finally {
      notes.ifPresent(VideoNotes::close);
    }
    try {
      if (top > 0 && notes.isEmpty()) {
        // no temporary file for the notes: read the catalogue again (stdin from its copy)
        try (CatalogueInput input = openCatalogue(null)) {
          original = analytics.mostOriginal(input.iterator(), top);
        }
      }
    } finally {
      deleteSpooled();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      writeJson(analytics, original, classifier.profile().id(), out);
    } else {
      writeText(analytics, original, classifier.profile().id(), name, out);
    }
    out.flush();
    return Amv.EXIT_OK;
  }

  /**
   * Opens the catalogue, which is read twice: standard input can be read once, so on the first
   * opening it is copied to a temporary file, which the second reads.
   */
  private CatalogueInput openCatalogue(PrintWriter notes) {
    if (!CatalogueInput.isStdin(file)) {
      return CatalogueInput.open(file, notes);
    }
    if (spooled == null) {
      spooled = CatalogueInput.spoolStdin();
      spooled.toFile().deleteOnExit();   // should the first reading fail
    }
    return CatalogueInput.openSpooled(spooled);
  }

  private void deleteSpooled() {
    if (spooled != null) {
      try {
        Files.deleteIfExists(spooled);
      } catch (IOException e) {
        // Left for deleteOnExit: the report does not depend on it.
      }
    }
  }

  /**
   * Reads the catalogue once: workers classify and count the videos, each in its own collector,
   * and note what the second pass needs; this thread reads and writes the notes in file order.
   */
  private static Analytics firstPass(CatalogueInput input, Classifier classifier, int threadCount,
      Optional<VideoNotes> notes, Runnable progress) {
    List<AnalyticsCollector> collectors = Collections.synchronizedList(new ArrayList<>());
    ThreadLocal<AnalyticsCollector> collector = ThreadLocal.withInitial(() -> {
      AnalyticsCollector own = AnalyticsCollector.classifying(classifier);
      collectors.add(own);
      return own;
    });
    input.forEach(threadCount, video -> {
      collector.get().add(video);
      return notes.map(noted -> noted.note(video)).orElse(NO_NOTE);
    }, note -> {
      notes.ifPresent(noted -> noted.write(note));
      progress.run();
    });
    // Counts add up in any order; every title comes from the catalogue's list of sources.
    AnalyticsCollector all = AnalyticsCollector.create().addSources(input.sources());
    synchronized (collectors) {
      collectors.forEach(own -> all.add(own.result()));
    }
    return all.result();
  }

  /** One JSON object, keys in a fixed order; maps sorted by key. */
  static void writeJson(Analytics analytics, List<OriginalVideo> original, String profileId,
      PrintWriter out) {
    try (JsonOutput output = JsonOutput.document(out)) {
      output.write(json -> {
        json.writeStartObject();
        json.writeNumberField("videos", analytics.videos());
        json.writeStringField("profile", profileId);
        counts(json, "categories", analytics.categories(), Function.identity());
        json.writeArrayFieldStart("sources");
        for (SourceUse source : analytics.sources()) {
          json.writeStartObject();
          json.writeStringField("id", source.id());
          json.writeStringField("title", source.title());
          json.writeNumberField("videos", source.videos());
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("original");
        for (OriginalVideo video : original) {
          json.writeStartObject();
          json.writeStringField("id", video.id());
          json.writeStringField("title", video.title());
          json.writeNumberField("originality", video.originality());
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeNumberField("collaborations", analytics.collaborations());
        counts(json, "countryPairs", analytics.countryPairs(), Function.identity());
        counts(json, "countries", analytics.countries(), Function.identity());
        counts(json, "dedications", analytics.dedications(), occasion -> occasion.id());
        counts(json, "software", analytics.software(), Term::id);
        counts(json, "genres", analytics.genres(), Term::name);
        counts(json, "notRecorded", analytics.notRecorded(), Function.identity());
        json.writeEndObject();
      });
    }
  }

  private static <K> void counts(JsonGenerator json, String field, Map<K, ? extends Number> counts,
      Function<K, String> key) throws IOException {
    json.writeObjectFieldStart(field);
    for (Map.Entry<K, ? extends Number> count : counts.entrySet()) {
      json.writeNumberField(key.apply(count.getKey()), count.getValue().longValue());
    }
    json.writeEndObject();
  }

  /** A report for people: sections with aligned columns, a bar per top source. */
  void writeText(Analytics analytics, List<OriginalVideo> original, String profileId,
      String name, PrintWriter out) {
    out.printf("%s: %d video%s%n", name, analytics.videos(), analytics.videos() == 1 ? "" : "s");

    out.printf("%nCategories (profile %s)%n", profileId);
    table(out, analytics.categories(), Function.identity());

    List<SourceUse> sources = analytics.topSources(top);
    out.printf("%nMost used sources (top %d of %d)%n", sources.size(), analytics.sources().size());
    long most = sources.isEmpty() ? 0 : sources.get(0).videos();
    int width = sources.stream().mapToInt(source -> source.id().length()).max().orElse(0);
    for (SourceUse source : sources) {
      out.printf("  %-" + width + "s  %s %d%n", source.id(), bar(source.videos(), most),
          source.videos());
    }

    out.printf("%nMost original videos (top %d)%n", original.size());
    int idWidth = original.stream().mapToInt(video -> video.id().length()).max().orElse(0);
    for (OriginalVideo video : original) {
      out.printf(Locale.ROOT, "  %-" + idWidth + "s  %.2f  %s%n", video.id(), video.originality(),
          video.title());
    }

    out.printf("%nCollaborations: %d video%s%n", analytics.collaborations(),
        analytics.collaborations() == 1 ? "" : "s");
    table(out, analytics.countryPairs(), Function.identity());

    out.printf("%nCreators by country%n");
    table(out, analytics.countries(), Function.identity());

    out.printf("%nDedications%n");
    table(out, analytics.dedications(), occasion -> occasion.id());

    out.printf("%nEditing software%n");
    table(out, analytics.software(), Term::id);

    out.printf("%nMusic genres%n");
    table(out, analytics.genres(), Term::name);

    out.printf("%nVideos with facts not recorded%n");
    table(out, analytics.notRecorded(), Function.identity());
  }

  /** One line per key, most counted first, ties by key. */
  private static <K> void table(PrintWriter out, Map<K, ? extends Number> counts,
      Function<K, String> key) {
    if (counts.isEmpty()) {
      out.println("  none");
      return;
    }
    int width = counts.keySet().stream().mapToInt(k -> key.apply(k).length()).max().orElse(0);
    counts.entrySet().stream()
        .sorted(Comparator.comparing((Map.Entry<K, ? extends Number> e) -> e.getValue().longValue())
            .reversed().thenComparing(e -> key.apply(e.getKey())))
        .forEach(e -> out.printf("  %-" + width + "s  %d%n", key.apply(e.getKey()), e.getValue()));
  }

  /**
   * A bar of full blocks: one per video while the most used source fits in {@link #BAR_WIDTH},
   * else scaled to it (at least one block for a source any video uses).
   */
  static String bar(long count, long most) {
    long blocks = most <= BAR_WIDTH ? count
        : Math.max(count > 0 ? 1 : 0, Math.round((double) count * BAR_WIDTH / most));
    return "█".repeat((int) blocks);
  }
}
