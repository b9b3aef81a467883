/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import static com.fasterxml.jackson.core.JsonToken.VALUE_STRING;
import static org.amvkit.core.Problems.quote;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.amvkit.core.CastMember;
import org.amvkit.core.Clip;
import org.amvkit.core.Source;
import org.amvkit.core.json.SourceReader.CastMemberReader;

/**
 * Reads a clip of a video. Its characters are named (the first member of that name in the clip's
 * source's cast) or given in full; names are resolved once the object has ended, since its
 * {@code source} may come after its {@code characters}.
 */
final class ClipReader extends ObjectReader<Clip> {

  private final SourceReader sources;
  private final CastMemberReader cast;
  /** Cleared for each clip: a builder copies what it holds into the clip it builds. */
  private final Clip.Builder builder = Clip.builder();
  /** A name ({@link String}) or a {@link CastMember}, in the document's order. */
  private final List<Object> characters = new ArrayList<>();
  private Source source;
  private Duration start;
  private Duration end;

  ClipReader(JsonCursor json, ValueReader values, UnitProblems problems, SourceReader sources) {
    super(json, values, problems);
    this.sources = sources;
    this.cast = new CastMemberReader(json, values, problems);
  }

  /** The first member of a source's cast with a name; clips refer to characters by name. */
  static Optional<CastMember> castMember(Source source, String name) {
    for (CastMember member : source.cast()) {
      if (member.name().equals(name)) {
        return Optional.of(member);
      }
    }
    return Optional.empty();
  }

  @Override
  void begin() {
    characters.clear();
    source = null;
    start = null;
    end = null;
  }

  @Override
  void readField(String field) throws IOException {
    switch (field) {
      case "source" ->
          source = json.expect(VALUE_STRING, "a string") ? sources.knownAtCursor() : null;
      case "start" -> start = values.duration();
      case "end" -> end = values.duration();
      case "characters" -> {
        if (json.array()) {
          while (json.nextElement("a name or an object")) {
            characters.add(json.current() == VALUE_STRING ? json.text() : cast.read());
          }
        }
      }
      default -> json.skipValue();
    }
  }

  @Override
  Clip complete() {
    require(source, "source");
    require(start, "start");
    require(end, "end");
    if (!isValid()) {
      return null;
    }
    builder.clear().source(source).start(start).end(end);
    for (int i = 0; i < characters.size(); i++) {
      Object character = characters.get(i);
      if (character instanceof String name) {
        Optional<CastMember> member = castMember(source, name);
        if (member.isPresent()) {
          builder.addCharacters(member.get());
        } else {
          problems.report(path() + ".characters[" + i + "]", quote(name)
              + " is not a character of source " + quote(source.id()));
        }
      } else {
        builder.addCharacters((CastMember) character);
      }
    }
    return isValid() ? builder.build() : null;
  }
}
