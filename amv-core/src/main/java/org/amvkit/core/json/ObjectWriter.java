/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amvkit.core.Award;
import org.amvkit.core.CastMember;
import org.amvkit.core.Clip;
import org.amvkit.core.ContentFlag;
import org.amvkit.core.Creator;
import org.amvkit.core.Dedication;
import org.amvkit.core.EditingSoftware;
import org.amvkit.core.Genre;
import org.amvkit.core.Music;
import org.amvkit.core.Source;
import org.amvkit.core.Style;
import org.amvkit.core.Term;
import org.amvkit.core.Video;

/**
 * Writes the objects of an {@code amv-catalogue/1} document, sources and videos with everything in
 * them, so that {@link CatalogueReader} reads them back equal. {@link CatalogueWriter} says where
 * they go in the document.
 */
final class ObjectWriter {

  /** Writes an element of an array. */
  @FunctionalInterface
  private interface Element<T> {
    void write(T value) throws IOException;
  }

  private final JsonGenerator json;

  ObjectWriter(JsonGenerator json) {
    this.json = json;
  }

  void writeSource(Source source) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", source.id());
    json.writeStringField("title", source.title());
    if (source.medium().isPresent()) {
      json.writeStringField("medium", source.medium().get().id());
    }
    if (source.form().isPresent()) {
      json.writeStringField("form", source.form().get().id());
    }
    if (source.year().isPresent()) {
      json.writeNumberField("year", source.year().get().getValue());
    }
    optional("studio", source.studio());
    optional("franchise", source.franchise());
    array("aliases", source.aliases(), json::writeString);
    array("characters", source.cast(), this::writeCastMember);
    json.writeEndObject();
  }

  private void writeCastMember(CastMember member) throws IOException {
    json.writeStartObject();
    json.writeStringField("name", member.name());
    json.writeStringField("species", member.species().name());
    if (member.posture().isPresent()) {
      json.writeStringField("posture", member.posture().get().id());
    }
    json.writeEndObject();
  }

  void writeVideo(Video video) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", video.id());
    json.writeStringField("title", video.title());
    if (video.duration().isPresent()) {
      duration("duration", video.duration().get());
    }
    json.writeArrayFieldStart("creators");
    for (Creator creator : video.creators()) {
      writeCreator(creator);
    }
    json.writeEndArray();
    if (video.sourcesRecorded() && video.sources().isEmpty() && video.clips().isEmpty()) {
      // [] records that the video uses no source; both keys absent, that it is not known
      json.writeArrayFieldStart("sources");
      json.writeEndArray();
    }
    array("sources", video.sources(), source -> json.writeString(source.id()));
    array("clips", video.clips(), this::writeClip);
    if (video.musicRecorded()) {
      // Written even when empty: [] records no music, absent that it is not known.
      json.writeArrayFieldStart("music");
      for (Music music : video.music()) {
        writeMusic(music);
      }
      json.writeEndArray();
    }
    terms("software", video.software());
    if (video.published().isPresent()) {
      json.writeStringField("published", video.published().get().toString());
    }
    if (video.dedication().isPresent()) {
      Dedication dedication = video.dedication().get();
      json.writeObjectFieldStart("dedication");
      json.writeStringField("occasion", dedication.occasion().id());
      json.writeStringField("recipient", dedication.recipient());
      json.writeEndObject();
    }
    terms("styles", video.styles());
    if (!video.flags().isEmpty()) {
      json.writeObjectFieldStart("flags");
      for (Map.Entry<ContentFlag, Boolean> flag : video.flags().entrySet()) {
        json.writeBooleanField(flag.getKey().id(), flag.getValue());
      }
      json.writeEndObject();
    }
    if (video.awards().isPresent()) {
      // Written even when empty: [] records that the video won none, absent that it is not known.
      json.writeArrayFieldStart("awards");
      for (Award award : video.awards().get()) {
        writeAward(award);
      }
      json.writeEndArray();
    }
    array("tags", video.tags(), json::writeString);
    texts("links", video.links());
    texts("attributes", video.attributes());
    json.writeEndObject();
  }

  /** An object of texts by name, left out when empty. */
  private void texts(String field, Map<String, String> texts) throws IOException {
    if (!texts.isEmpty()) {
      json.writeObjectFieldStart(field);
      for (Map.Entry<String, String> text : texts.entrySet()) {
        json.writeStringField(text.getKey(), text.getValue());
      }
      json.writeEndObject();
    }
  }

  private void writeCreator(Creator creator) throws IOException {
    json.writeStartObject();
    json.writeStringField("name", creator.name());
    optional("country", creator.country());
    optional("channel", creator.channel());
    json.writeEndObject();
  }

  private void writeAward(Award award) throws IOException {
    json.writeStartObject();
    json.writeStringField("event", award.event());
    optional("category", award.awardCategory());
    json.writeNumberField("year", award.year().getValue());
    if (award.date().isPresent()) {
      json.writeStringField("date", award.date().get().toString());
    }
    json.writeEndObject();
  }

  private void writeClip(Clip clip) throws IOException {
    json.writeStartObject();
    json.writeStringField("source", clip.source().id());
    duration("start", clip.start());
    duration("end", clip.end());
    array("characters", clip.characters(), character -> {
      if (readsBackByName(clip.source(), character)) {
        json.writeString(character.name());
      } else {
        writeCastMember(character);
      }
    });
    json.writeEndObject();
  }

  /**
   * A name alone reads back as the first cast member of that name: only use it if that is equal.
   */
  private static boolean readsBackByName(Source source, CastMember character) {
    Optional<CastMember> member = ClipReader.castMember(source, character.name());
    return member.isPresent() && member.get().equals(character)
        && member.get().species().name().equals(character.species().name());
  }

  private void writeMusic(Music music) throws IOException {
    json.writeStartObject();
    json.writeStringField("title", music.title());
    json.writeStringField("artist", music.artist());
    if (music.genre().isPresent()) {
      json.writeStringField("genre", term(music.genre().get()));
    }
    json.writeStringField("kind", music.kind().id());
    if (music.position().isPresent()) {
      duration("start", music.position().get().start());
      duration("end", music.position().get().end());
    }
    json.writeEndObject();
  }

  private void terms(String field, List<? extends Term> terms) throws IOException {
    array(field, terms, term -> json.writeString(term(term)));
  }

  /**
   * A well-known term by its id, as the format's examples show; any other by its name, which reads
   * back to the same id and keeps the name people gave it.
   */
  private static String term(Term term) {
    boolean wellKnown = term instanceof Genre genre ? genre.isWellKnown()
        : term instanceof Style style ? style.isWellKnown()
        : term instanceof EditingSoftware software && software.isWellKnown();
    return wellKnown ? term.id() : term.name();
  }

  /** An array field, left out when the list is empty. */
  private <T> void array(String field, Collection<T> values, Element<? super T> element)
      throws IOException {
    if (!values.isEmpty()) {
      json.writeArrayFieldStart(field);
      for (T value : values) {
        element.write(value);
      }
      json.writeEndArray();
    }
  }

  private void duration(String field, Duration duration) throws IOException {
    json.writeStringField(field, duration.toString());
  }

  private void optional(String field, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      json.writeStringField(field, value.get());
    }
  }
}
