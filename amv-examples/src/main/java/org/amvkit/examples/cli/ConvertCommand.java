/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.Arrays;
import org.amvkit.core.Problems;
import org.amvkit.core.Video;
import org.amvkit.core.json.CatalogueWriter;
import org.amvkit.core.json.JsonFormatException;
import org.amvkit.core.json.RepeatedIds;
import org.amvkit.core.json.VideoLineException;
import org.amvkit.core.json.VideoLineReader;
import org.amvkit.core.json.VideoLineWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code amv convert}: a catalogue to its line form, which a cluster can split (a folder with
 * {@value #SOURCES}, the sources, and {@value #VIDEOS}, one video per line), and back. A round
 * trip gives the catalogue back equal. Files already in the folder are never overwritten.
 */
@Command(name = "convert",
    description = "Writes a catalogue in its line form (a folder with sources.json and "
        + "videos.ndjson, one video per line, for Apache Spark), or a line form as a catalogue.")
final class ConvertCommand implements Callable<Integer> {

  static final String SOURCES = "sources.json";
  static final String VIDEOS = "videos.ndjson";

  /** The forms {@code --to} names. */
  enum Form { lines, catalogue }

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE|DIR",
      description = "--to lines: a catalogue, an AMV Tracker file or - (default: the sample);"
          + " --to catalogue: a folder with " + SOURCES + " and " + VIDEOS)
  Path input;

  @Option(names = "--to", required = true, paramLabel = "lines|catalogue",
      description = "the form to write: ${COMPLETION-CANDIDATES}")
  Form to;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR|FILE",
      description = "--to lines: the folder to write (required; made if missing);"
          + " --to catalogue: the file (default: standard output)")
  Path output;

  @Override
  public Integer call() {
    if (to == Form.lines) {
      toLines();
    } else {
      toCatalogue();
    }
    return Amv.EXIT_OK;
  }

  private void toLines() {
    if (output == null) {
      throw new ParameterException(spec.commandLine(),
          "--to lines needs -o DIR, the folder to write");
    }
    Path sources = output.resolve(SOURCES);
    Path videos = output.resolve(VIDEOS);
    try (CatalogueInput in = CatalogueInput.open(input)) {
      Files.createDirectories(output);
      refuseExisting(sources);
      refuseExisting(videos);
      try (CatalogueWriter writer = CatalogueWriter.open(sources).prettyPrinted()) {
        in.sources().forEach(writer::write);
      }
      try (BufferedWriter lines = Files.newBufferedWriter(videos, UTF_8)) {
        for (Video video : (Iterable<Video>) in::iterator) {
          lines.write(VideoLineWriter.toLine(video));
          lines.write('\n');
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void refuseExisting(Path file) {
    if (Files.exists(file)) {
      throw new BadInputException(file + " already exists: amv convert writes only new files");
    }
  }

  private void toCatalogue() {
    if (input == null || !Files.isDirectory(input)) {
      throw new BadInputException("--to catalogue reads a folder with " + SOURCES + " and "
          + VIDEOS + ": " + (input == null ? "none given" : "not a folder: " + input));
    }
    Path sources = input.resolve(SOURCES);
    Path videos = input.resolve(VIDEOS);
    VideoLineReader reader = readSources(sources);
    if (!Files.isRegularFile(videos)) {
      throw new BadInputException("no such file: " + videos);
    }
    try (BufferedReader lines = Files.newBufferedReader(videos, UTF_8);
        CatalogueWriter writer = openOutput()) {
      reader.sources().forEach(writer::write);
      // A catalogue's ids are unique, which lines read one by one do not check: the ids are
      // remembered here (as fingerprints), and each video's line, to name both of a repeat.
      RepeatedIds ids = RepeatedIds.create();
      long[] lineOf = new long[1024];
      String line;
      long number = 0;
      while ((line = lines.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        Video video = reader.read(line, number);
        int earlier = ids.add(video.id());
        if (earlier >= 0) {
          throw new BadInputException(videos + ": line " + number + ": id: "
              + Problems.quote(video.id()) + " is already the id of line " + lineOf[earlier]);
        }
        if (ids.size() > lineOf.length) {
          lineOf = Arrays.copyOf(lineOf, lineOf.length * 2);
        }
        lineOf[ids.size() - 1] = number;
        writer.write(video);
      }
    } catch (VideoLineException e) {
      throw new BadInputException(videos + ": " + e.getMessage(), e);
    } catch (CharacterCodingException e) {
      throw new BadInputException(videos + ": not UTF-8", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The catalogue's writer: on the output file, which must be new, or on standard output. */
  private CatalogueWriter openOutput() {
    if (output != null) {
      refuseExisting(output);
    }
    return CatalogueOutput.open(output, spec.commandLine().getOut());
  }

  private static VideoLineReader readSources(Path sources) {
    if (!Files.isRegularFile(sources)) {
      throw new BadInputException("no such file: " + sources);
    }
    try {
      String text = Files.readString(sources, UTF_8);
      // A byte-order mark is accepted, as in a catalogue.
      return VideoLineReader.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (JsonFormatException e) {
      throw new BadInputException(sources + ": " + e.getMessage(), e);
    } catch (CharacterCodingException e) {
      throw new BadInputException(sources + ": not UTF-8", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
