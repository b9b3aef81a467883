/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.amvkit.core.Video;

/**
 * A catalogue file read on several threads, cut into each video's bytes, reads as it reads in one
 * piece: the same videos, and for a bad document the same first error — message, line and column
 * — after the same videos. The documents are made of videos valid and not (bad values, repeated
 * ids, strings full of braces and escapes, elements that are not objects), laid out with every
 * kind of whitespace and line break, and then, often, damaged at a random byte.
 */
class SplitReadingProperties {

  private static final String HEADER = "{\"format\": \"amv-catalogue/1\", \"sources\": ["
      + Documents.BALTO + ",\r\n" + Documents.BOLT + "],\n \"videos\": ";

  @Property(tries = 400)
  void a_file_reads_alike_in_slices_and_in_one_piece(@ForAll("documents") String document,
      @ForAll @IntRange(min = 2, max = 3) int threads) throws IOException {
    Path file = Files.createTempFile("amv-split", ".json");
    try {
      Files.write(file, document.getBytes(UTF_8));   // a lone surrogate (damage) becomes ?

      String inOnePiece = readInOnePiece(file);
      String inSlices = readInSlices(file, threads);

      Statistics.label("outcome").collect(outcome(inOnePiece));
      Statistics.label("outcome").coverage(coverage -> {
        coverage.check("read").percentage(p -> p > 20);
        coverage.check("refused: a bad value").percentage(p -> p > 10);
        coverage.check("refused: not well-formed").percentage(p -> p > 10);
      });
      assertThat(inSlices).as("document:%n%s", document).isEqualTo(inOnePiece);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Property(tries = 300)
  void the_splitter_cuts_each_object_where_jackson_finds_it(@ForAll("layouts") String document)
      throws IOException {
    // given: where Jackson, reading the whole document, finds the videos and what follows them
    byte[] bytes = document.getBytes(UTF_8);
    List<String> expected = new ArrayList<>();
    JsonLocation videosStart;
    boolean plainEnd;
    try (JsonParser json = new JsonFactory().createParser(bytes)) {
      json.nextToken();   // the root object
      while (json.nextToken() != JsonToken.START_ARRAY || !"videos".equals(json.currentName())) {
        json.skipChildren();   // the fields before the videos
      }
      videosStart = json.currentLocation();
      while (json.nextToken() == JsonToken.START_OBJECT) {
        JsonLocation start = json.currentTokenLocation();
        json.skipChildren();
        JsonLocation end = json.currentTokenLocation();
        expected.add(slice(bytes, start.getByteOffset(), end.getByteOffset() + 1,
            start.getLineNr(), start.getColumnNr(), end.getLineNr(), end.getColumnNr()));
      }
      plainEnd = plainEnd(json);
    }

    // when
    List<String> cut = new ArrayList<>();
    VideoSplitter splitter = new VideoSplitter(new ByteArrayInputStream(bytes,
        (int) videosStart.getByteOffset(), bytes.length), videosStart.getByteOffset(),
        videosStart.getLineNr(), videosStart.getColumnNr());
    for (VideoSlice slice; (slice = splitter.next()) != null; ) {
      cut.add(slice(slice.bytes(), slice.offset(), slice.offset() + slice.length(), slice.line(),
          slice.column(), slice.endLine(), slice.endColumn()));
    }

    // then: the objects up to the first element that is not one, at Jackson's lines and columns
    Statistics.label("end").collect(splitter.finished() ? "finished" : "stopped");
    Statistics.label("end").coverage(coverage -> {
      coverage.check("finished").percentage(p -> p > 50);
      coverage.check("stopped").percentage(p -> p > 5);
    });
    assertThat(cut).isEqualTo(expected);
    assertThat(splitter.index()).isEqualTo(expected.size());
    assertThat(splitter.finished()).isEqualTo(plainEnd);
  }

  /** Whether the array ended, and nothing but the root's end follows it. */
  private static boolean plainEnd(JsonParser json) throws IOException {
    try {
      return json.currentToken() == JsonToken.END_ARRAY
          && json.nextToken() == JsonToken.END_OBJECT && json.nextToken() == null;
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  private static String slice(byte[] bytes, long from, long to, int line, int column,
      int endLine, int endColumn) {
    return line + ":" + column + "-" + endLine + ":" + endColumn + " "
        + new String(bytes, (int) from, (int) (to - from), UTF_8);
  }

  @Provide
  Arbitrary<String> layouts() {
    return layout().withoutEdgeCases();
  }

  @Provide
  Arbitrary<String> documents() {
    Arbitrary<String> videos = layout();
    return Arbitraries.frequencyOf(Tuple.of(3, videos),
        Tuple.of(2, videos.flatMap(SplitReadingProperties::damaged))).withoutEdgeCases();
  }

  /** Videos, laid out in any way, then the end of the document (or more, or something wrong). */
  private static Arbitrary<String> layout() {
    return Combinators.combine(video().list().ofMaxSize(12), separators(),
        trailers()).as((list, separator, trailer) -> HEADER + "[" + separator
            + String.join("," + separator, list) + separator + "]" + trailer);
  }

  /** A video element: mostly valid, some bad in a value, some not an object at all. */
  private static Arbitrary<String> video() {
    Arbitrary<String> ids = Arbitraries.frequencyOf(
        Tuple.of(30, Arbitraries.integers().between(0, 300).map(i -> "v-" + i)),
        Tuple.of(1, Arbitraries.of("v-\\\"8\\\"", "v-{9}", "v-\\u00e9")));
    Arbitrary<String> titles = Arbitraries.of("Run", "Brace } yourself", "[not] an {array}",
        "quote \\\" and \\\\ back", "é ü ☃ 🐺", "tab\\tnew\\nline");
    Arbitrary<String> durations = Arbitraries.frequency(Tuple.of(200, "\"PT3M41S\""),
        Tuple.of(1, "\"PT-3M\""), Tuple.of(1, "\"3:41\""), Tuple.of(3, "null"), Tuple.of(1, "42"));
    Arbitrary<String> sources = Arbitraries.frequency(Tuple.of(100, "[\"balto\"]"),
        Tuple.of(50, "[\"balto\", \"bolt\"]"), Tuple.of(1, "[\"balto\", \"bolt2\"]"),
        Tuple.of(3, "[]"), Tuple.of(1, "\"balto\""));
    Arbitrary<String> extras = Arbitraries.frequency(Tuple.of(100, ""),
        Tuple.of(30, ", \"x-note\": {\"deep\": [[{\"a\": \"}\"}]]}"),
        Tuple.of(30, ", \"tags\": [\"a\", \"b]\"]"),
        Tuple.of(30, ",\r\n  \"flags\": {\"watermark\": false}"),
        Tuple.of(1, ", \"title\": \"twice\""),
        Tuple.of(1, ", \"clips\": [{\"source\": \"balto\", \"start\": \"PT0S\","
            + " \"end\": \"PT-1S\"}]"));
    Arbitrary<String> objects = Combinators.combine(ids, titles, durations, sources, extras,
        Arbitraries.of(" ", "\n  ", "\r\n\t")).as((id, title, duration, source, extra, space) ->
            "{\"id\": \"" + id + "\"," + space + "\"title\": \"" + title + "\", \"duration\": "
                + duration + "," + space + "\"creators\": [{\"name\": \"A\"}], \"sources\": "
                + source + extra + "}");
    Arbitrary<String> missingTitle = ids.map(id -> "{\"id\": \"" + id + "\"}");
    Arbitrary<String> notObjects = Arbitraries.of("\"v-0\"", "12", "null", "[]", "true");
    return Arbitraries.frequencyOf(
        Tuple.of(200, objects), Tuple.of(1, missingTitle), Tuple.of(1, notObjects));
  }

  private static Arbitrary<String> separators() {
    return Arbitraries.of("", " ", "\n", "\r\n", "\r", "\n\n  \t", " \r\n ");
  }

  /** What follows the videos array: the root's end, or more fields, or something wrong. */
  private static Arbitrary<String> trailers() {
    return Arbitraries.frequency(
        Tuple.of(30, "}\n"), Tuple.of(2, "}"), Tuple.of(1, "\r\n}\r\n"),
        Tuple.of(1, ", \"note\": \"after\"}"), Tuple.of(1, ", \"format\": \"again\"}"),
        Tuple.of(1, "} {}"), Tuple.of(1, ""), Tuple.of(1, "]}"));
  }

  /** The document with one byte replaced, inserted or deleted somewhere in its videos. */
  private static Arbitrary<String> damaged(String document) {
    int from = HEADER.length();
    Arbitrary<Integer> at = Arbitraries.integers().between(from, document.length() - 1);
    Arbitrary<Character> with = Arbitraries.of('{', '}', '[', ']', '"', '\\', ',', ':', ' ', '\n',
        '\r', 'x', '1');
    return Combinators.combine(at, with, Arbitraries.of(0, 1, 2)).as((i, c, how) ->
        switch (how) {
          case 0 -> document.substring(0, i) + c + document.substring(i + 1);
          case 1 -> document.substring(0, i) + c + document.substring(i);
          default -> document.substring(0, i) + document.substring(i + 1);
        });
  }

  private static String outcome(String read) {
    if (read.endsWith("ok")) {
      return "read";
    }
    return read.contains(": line ") ? "refused: not well-formed" : "refused: a bad value";
  }

  /** The videos read one by one, then "ok" or the error that stopped the reading. */
  static String readInOnePiece(Path file) {
    List<Video> read = new ArrayList<>();
    try (CatalogueReader reader = CatalogueReader.open(file)) {
      reader.forEachRemaining(read::add);
      return describe(read, null);
    } catch (JsonFormatException e) {
      return describe(read, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The videos mapped in order on several threads, then "ok" or the error. */
  static String readInSlices(Path file, int threads) {
    List<Video> read = new ArrayList<>();
    try (CatalogueReader reader = CatalogueReader.open(file)) {
      reader.mapInOrder(threads, video -> video, read::add);
      assertThat(reader.hasNext()).isFalse();
      assertThat(reader.videosRead()).isEqualTo(read.size());
      return describe(read, null);
    } catch (JsonFormatException e) {
      return describe(read, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String describe(List<Video> read, JsonFormatException e) {
    StringBuilder text = new StringBuilder();
    read.forEach(video -> text.append(video).append('\n'));
    return text.append(e == null ? "ok" : e.getClass().getSimpleName() + " at " + e.line() + ":"
        + e.column() + ": " + e.getMessage()).toString();
  }
}
