/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import static org.amvkit.core.Problems.quote;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.amvkit.core.CastMember;
import org.amvkit.core.Form;
import org.amvkit.core.Medium;
import org.amvkit.core.Source;
import org.amvkit.core.species.Posture;
import org.amvkit.core.species.Species;

/**
 * Reads the catalogue's {@code sources}, each with its cast, checks that their ids are unique, and
 * then resolves the videos' references to them by id. A source without {@code medium} (or with
 * null) is a source whose medium is not recorded.
 */
final class SourceReader extends ObjectReader<Source> {

  private final CastMemberReader cast;
  private SourcesById byId = new SourcesById(List.of());
  /** Cleared for each value: builders copy what they hold into the value they build. */
  private final Source.Builder builder = Source.builder();
  private String id;
  private String title;
  private Medium medium;

  SourceReader(JsonCursor json, ValueReader values, UnitProblems problems) {
    super(json, values, problems);
    this.cast = new CastMemberReader(json, values, problems);
  }

  /** Reads the array of sources, the cursor on its start; throws the problems of any of them. */
  List<Source> readAll() throws IOException {
    List<Source> read = new ArrayList<>();
    Map<String, Integer> indexes = new HashMap<>();
    if (json.array()) {
      while (json.nextElement("an object")) {
        Source source = read();
        if (source != null) {
          int index = json.index();
          Integer earlier = indexes.putIfAbsent(source.id(), index);
          if (earlier != null) {
            problems.report("sources[" + index + "].id", quote(source.id())
                + " is already the id of sources[" + earlier + "]");
          }
          read.add(source);
        }
      }
    }
    problems.throwIfAny();
    byId = new SourcesById(read);
    return List.copyOf(read);
  }

  /**
   * Takes the sources videos may refer to from elsewhere, for a video read on its own (one line
   * of the catalogue's line form, one slice of a split catalogue) rather than after the source
   * list: the table is made once for all the videos, and only read.
   */
  void know(SourcesById sources) {
    byId = sources;
  }

  /**
   * The source whose id is the string the cursor is on, as a video refers to it; null (reported)
   * if there is none. Found from the parser's characters in place: see {@link SourcesById}.
   */
  Source knownAtCursor() throws IOException {
    Source source = byId.get(json.textCharacters(), json.textOffset(), json.textLength());
    if (source == null) {
      problems.report(json.path(), "unknown source " + quote(json.text()));
    }
    return source;
  }

  @Override
  void begin() {
    builder.clear();
    id = null;
    title = null;
    medium = null;
  }

  @Override
  void readField(String field) throws IOException {
    switch (field) {
      case "id" -> id = values.string();
      case "title" -> title = values.string();
      case "medium" -> medium = values.parsed(Medium::parse);
      case "form" -> builder.form(Optional.ofNullable(values.parsed(Form::parse)));
      case "year" -> builder.year(Optional.ofNullable(values.year()));
      case "studio" -> builder.studio(Optional.ofNullable(values.string()));
      case "franchise" -> builder.franchise(Optional.ofNullable(values.string()));
      case "aliases" -> strings(Function.identity(), builder, Source.Builder::addAliases);
      case "characters" -> objects(cast, builder, Source.Builder::addCast);
      default -> json.skipValue();
    }
  }

  @Override
  Source complete() {
    require(id, "id");
    require(title, "title");
    return isValid()
        ? builder.id(id).title(title).medium(Optional.ofNullable(medium)).build() : null;
  }

  /**
   * Reads a member of a source's cast, or a clip's character given in full. Its posture is the
   * {@code "posture"} given, else the one its species name states ({@code "anthro fox"}), else
   * not recorded.
   */
  static final class CastMemberReader extends ObjectReader<CastMember> {

    private String name;
    private String speciesName;
    private Species species;
    private Posture posture;

    CastMemberReader(JsonCursor json, ValueReader values, UnitProblems problems) {
      super(json, values, problems);
    }

    @Override
    void begin() {
      name = null;
      speciesName = null;
      species = null;
      posture = null;
    }

    @Override
    void readField(String field) throws IOException {
      switch (field) {
        case "name" -> name = values.string();
        case "species" -> {
          speciesName = values.string();
          species = speciesName == null ? null : values.parse(Species::parse, speciesName);
        }
        case "posture" -> posture = values.parsed(Posture::parse);
        default -> json.skipValue();
      }
    }

    @Override
    CastMember complete() {
      require(name, "name");
      require(species, "species");
      if (!isValid()) {
        return null;
      }
      Posture stated = posture != null ? posture
          : Posture.fromSpeciesName(speciesName).orElse(null);
      return stated == null ? CastMember.of(name, species) : CastMember.of(name, species, stated);
    }
  }
}
