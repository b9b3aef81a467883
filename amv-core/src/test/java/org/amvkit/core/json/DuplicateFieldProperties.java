/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.amvkit.core.catalogue.Catalogue;

/**
 * The reader finds a field given twice itself (not with Jackson's
 * {@code STRICT_DUPLICATE_DETECTION}), and reports it exactly as that check did: the same message,
 * line and column, whatever the object (a source, a video, a clip, the flags, the root after the
 * videos, a value of an unknown field) and whatever the input (UTF-8 or UTF-16 bytes, characters).
 */
class DuplicateFieldProperties {

  /** Jackson's own check, as the reader used it before. */
  private static final JsonFactory STRICT = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final JsonFactory PLAIN = JsonFactory.builder().build();

  @Property(tries = 250)
  void a_field_given_twice_is_reported_where_jacksons_own_check_reported_it(
      @ForAll("documentsWithATwiceGivenField") String json) {
    for (Input input : Input.values()) {
      // given
      String expected = jacksonsReport(input, json);
      assertThat(expected).as("the document has a field twice").contains("duplicate field '");

      // when
      CatalogueFormatException thrown = catchThrowableOfType(() -> input.readAll(json),
          CatalogueFormatException.class);

      // then
      assertThat(thrown).as("reading %s", input).isNotNull();
      assertThat(thrown.getMessage()).as("reading %s", input).isEqualTo(expected);
    }
  }

  /** Catalogues as the writer writes them, with a field given twice somewhere, some re-indented. */
  @Provide
  Arbitrary<String> documentsWithATwiceGivenField() {
    Arbitrary<String> written = new CatalogueRoundTripProperties().catalogues()
        .map(Documents::write);
    Arbitrary<String> space = Arbitraries.of("", "", " ", "\n", "\n    ", "\t");
    return Combinators.combine(written, Arbitraries.of(Twice.values()),
        Arbitraries.integers().between(0, 10_000), space, Arbitraries.of(false, false, true))
        .as((json, twice, at, gap, indent) -> {
          String withTwice = twice.insert(json, at, gap);
          return indent ? indented(withTwice) : withTwice;
        });
  }

  /** The ways a field is given twice. */
  enum Twice {
    /** A field with a scalar value, copied right after itself. */
    COPIED {
      @Override
      String insert(String json, int at, String gap) {
        List<Span> fields = spans(json, true);
        Span field = fields.get(at % fields.size());
        String copy = json.substring(field.start(), field.end())
            .replaceFirst("\":", "\"" + gap + ":" + gap);
        return json.substring(0, field.end()) + "," + gap + copy + json.substring(field.end());
      }
    },
    /** An unknown field whose value nests an object with a field twice. */
    NESTED_IN_AN_UNKNOWN_FIELD {
      @Override
      String insert(String json, int at, String gap) {
        return atObjectStart(json, at, "\"extra\":{\"list\":[1,{\"b\":2," + gap + "\"b\":3}]}");
      }
    },
    /** An unknown field of a name outside ASCII (several bytes in UTF-8), given twice. */
    WITH_A_NAME_OUTSIDE_ASCII {
      @Override
      String insert(String json, int at, String gap) {
        return atObjectStart(json, at, "\"ünknöwn\uD83D\uDE00\":1," + gap
            + "\"ünknöwn\uD83D\uDE00\"" + gap + ":{}");
      }
    },
    /** A field of the root object given again after the videos. */
    AT_THE_ROOT_AFTER_THE_VIDEOS {
      @Override
      String insert(String json, int at, String gap) {
        int end = json.lastIndexOf('}');
        return json.substring(0, end) + "," + gap + "\"format\":\"amv-catalogue/1\""
            + json.substring(end);
      }
    };

    abstract String insert(String json, int at, String gap);

    private static String atObjectStart(String json, int at, String fields) {
      List<Span> objects = spans(json, false);
      int start = objects.get(at % objects.size()).start() + 1;
      String rest = json.substring(start);
      return json.substring(0, start) + fields + (rest.startsWith("}") ? "" : ",") + rest;
    }
  }

  /** Where a part of a document starts and ends, in characters. */
  record Span(int start, int end) {}

  /**
   * The fields of a compact document whose value is a scalar (name to value), or its objects
   * (from their opening brace), found by Jackson's tokens rather than by text.
   */
  private static List<Span> spans(String json, boolean scalarFields) {
    List<Span> found = new ArrayList<>();
    try (JsonParser parser = PLAIN.createParser(new StringReader(json))) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        int start = (int) parser.currentTokenLocation().getCharOffset();
        if (!scalarFields && token == JsonToken.START_OBJECT) {
          found.add(new Span(start, start + 1));
        } else if (scalarFields && token == JsonToken.FIELD_NAME
            && parser.nextToken().isScalarValue()) {
          parser.getText(); // reads a string to its end, where the parser then is
          found.add(new Span(start, (int) parser.currentLocation().getCharOffset()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  /** The same tokens, indented on several lines by Jackson's pretty printer. */
  private static String indented(String json) {
    StringWriter out = new StringWriter();
    try (JsonParser parser = PLAIN.createParser(json);
        JsonGenerator generator = PLAIN.createGenerator(out).useDefaultPrettyPrinter()) {
      while (parser.nextToken() != null) {
        generator.copyCurrentEvent(parser);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The message the reader gave when Jackson's own check found the field given twice. */
  private static String jacksonsReport(Input input, String json) {
    try (JsonParser parser = input.parser(STRICT, json)) {
      while (parser.nextToken() != null) {
        // every token, as the reader reads every token
      }
      return "no problem";
    } catch (JsonParseException e) {
      JsonLocation at = e.getLocation();
      String message = e.getOriginalMessage();
      return "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": "
          + Character.toLowerCase(message.charAt(0)) + message.substring(1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The kinds of input a reader is opened on; columns count bytes for bytes in UTF-8. */
  enum Input {
    UTF_8_BYTES, UTF_16_BYTES, CHARACTERS;

    JsonParser parser(JsonFactory factory, String json) throws IOException {
      return switch (this) {
        case UTF_8_BYTES -> factory.createParser(new ByteArrayInputStream(json.getBytes(UTF_8)));
        case UTF_16_BYTES -> factory.createParser(
            new ByteArrayInputStream(json.getBytes(UTF_16BE)));
        case CHARACTERS -> factory.createParser(new StringReader(json));
      };
    }

    Catalogue readAll(String json) throws IOException {
      CatalogueReader reader = switch (this) {
        case UTF_8_BYTES -> CatalogueReader.open(new ByteArrayInputStream(json.getBytes(UTF_8)));
        case UTF_16_BYTES -> CatalogueReader.open(
            new ByteArrayInputStream(json.getBytes(UTF_16BE)));
        case CHARACTERS -> CatalogueReader.open(new StringReader(json));
      };
      try (reader) {
        return reader.readAll();
      }
    }
  }
}
