/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import static com.fasterxml.jackson.core.JsonToken.START_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.START_OBJECT;
import static com.fasterxml.jackson.core.JsonToken.VALUE_FALSE;
import static com.fasterxml.jackson.core.JsonToken.VALUE_NULL;
import static com.fasterxml.jackson.core.JsonToken.VALUE_STRING;
import static com.fasterxml.jackson.core.JsonToken.VALUE_TRUE;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.amvkit.core.Award;
import org.amvkit.core.ContentFlag;
import org.amvkit.core.EditingSoftware;
import org.amvkit.core.Source;
import org.amvkit.core.Style;
import org.amvkit.core.Video;

/**
 * Reads a video: its own fields, its creators, dedication, flags and awards, and (with
 * {@link ClipReader} and {@link MusicReader}) its clips and music. Its sources must be among the
 * catalogue's.
 *
 * <p>A key that is absent is a fact not recorded: {@code duration} (or null), {@code music}, and
 * the sources when neither {@code sources} nor {@code clips} is given. An empty list records
 * none. {@code "music": null} is an error, since it would leave the reader to guess which.
 *
 * <p>A video's id must not be an earlier video's: the ids are remembered, as fingerprints, in a
 * {@link RepeatedIds}, and a fingerprint match is confirmed by reading the earlier video's id
 * again where the input allows it.
 */
final class VideoReader extends ObjectReader<Video> {

  private final SourceReader sources;
  private final CreatorReader creators;
  private final ClipReader clips;
  private final MusicReader music;
  private final DedicationReader dedication;
  private final AwardReader awards;
  /** The ids of the videos read so far, numbered as the videos are; null not to check them. */
  private final VideoIds ids;
  /** The keys of the flags object being read, to find one given twice. */
  private final FieldSet flagKeys = new FieldSet();
  /** The keys of the links and attributes objects being read, for the same reason. */
  private final FieldSet linkKeys = new FieldSet();
  private final FieldSet attributeKeys = new FieldSet();
  /** Cleared for each value: builders copy what they hold into the value they build. */
  private final Video.Builder builder = Video.builder();
  private String id;
  private String title;
  private Duration duration;
  /** Whether the video gave {@code music}, {@code sources} or {@code clips}. */
  private boolean musicGiven;
  private boolean sourcesGiven;
  private boolean fieldsValid;

  /**
   * @param ids  the ids of the videos read so far, or null not to check them (a video read on
   *     its own, as one line of a catalogue's line form)
   * @param idAgain  gives the id of the video at an index by reading the input again (null if it
   *     cannot tell), or null if the input cannot be read again: a fingerprint match is then taken
   *     as a repeat (see {@link RepeatedIds#add(String)})
   */
  VideoReader(JsonCursor json, ValueReader values, UnitProblems problems, SourceReader sources,
      RepeatedIds ids, IntFunction<String> idAgain) {
    super(json, values, problems);
    this.sources = sources;
    this.ids = ids == null ? null : new VideoIds(ids, idAgain);
    this.creators = new CreatorReader(json, values, problems);
    this.clips = new ClipReader(json, values, problems, sources);
    this.music = new MusicReader(json, values, problems);
    this.dedication = new DedicationReader(json, values, problems);
    this.awards = new AwardReader(json, values, problems);
  }

  @Override
  void begin() {
    builder.clear();
    id = null;
    title = null;
    duration = null;
    musicGiven = false;
    sourcesGiven = false;
  }

  @Override
  void readField(String field) throws IOException {
    switch (field) {
      case "id" -> id = values.string();
      case "title" -> title = values.string();
      case "duration" -> duration = values.duration();
      case "creators" -> creators();
      case "sources" -> sources();
      case "clips" -> clips();
      case "music" -> music();
      case "software" -> strings(EditingSoftware::parse, builder, Video.Builder::addSoftware);
      case "published" -> builder.published(Optional.ofNullable(values.date()));
      case "dedication" -> builder.dedication(Optional.ofNullable(dedication.readOptional()));
      case "styles" -> strings(Style::parse, builder, Video.Builder::addStyles);
      case "flags" -> flags();
      case "awards" -> awards();
      case "tags" -> strings(Function.identity(), builder, Video.Builder::addTags);
      case "links" -> texts(linkKeys, builder::putLinks);
      case "attributes" -> texts(attributeKeys, builder::putAttributes);
      default -> json.skipValue();
    }
  }

  /**
   * Whether the video read last had no problem in its fields, so that its value was built (and
   * perhaps refused by the value type's own checks).
   */
  boolean fieldsValid() {
    return fieldsValid;
  }

  @Override
  Video complete() {
    fieldsValid = false;
    require(id, "id");
    require(title, "title");
    if (id != null && ids != null) {
      checkUnique(id);
    }
    if (!isValid()) {
      return null;
    }
    fieldsValid = true;
    return builder.id(id).title(title).duration(Optional.ofNullable(duration))
        .musicRecorded(musicGiven).sourcesRecorded(sourcesGiven).build();
  }

  /**
   * The id of the video read last, whether or not it had problems; null if it gave none that is a
   * string. A split catalogue's videos are parsed without the ids of the others, and their ids
   * compared afterwards, in document order (see {@link SplitReading}).
   */
  String id() {
    return id;
  }

  /**
   * Reports an id an earlier video has. Reading stops at the first video with a problem, so the
   * ids are numbered as the videos are: by their index in {@code videos}.
   */
  private void checkUnique(String id) {
    int earlier = ids.earlierWith(id);
    if (earlier >= 0) {
      problems.report(JsonCursor.join(path(), "id"), VideoIds.alreadyTheIdOf(id, earlier));
    }
  }

  /**
   * The music: an array, possibly empty, records it; absent, it is not recorded. Null says
   * neither, so it is reported rather than guessed.
   */
  private void music() throws IOException {
    if (json.current() == VALUE_NULL) {
      problems.report(json.path(), "music is null: leave \"music\" out if it is not recorded,"
          + " or give [] for a video set to no music");
      return;
    }
    musicGiven = true;
    objects(music, builder, Video.Builder::addMusic);
  }

  private void creators() throws IOException {
    objects(creators, builder, Video.Builder::addCreators);
  }

  private void clips() throws IOException {
    sourcesGiven |= json.current() != VALUE_NULL;
    objects(clips, builder, Video.Builder::addClips);
  }

  private void sources() throws IOException {
    sourcesGiven |= json.current() != VALUE_NULL;
    if (json.array()) {
      while (json.nextElement("a source id")) {
        Source source = sourceRef();
        if (source != null) {
          builder.addSources(source);
        }
      }
    }
  }

  /** A source named by its id, in a video's {@code sources}. */
  private Source sourceRef() throws IOException {
    if (json.current() != VALUE_STRING) {
      return json.wrongKind("a source id");
    }
    return sources.knownAtCursor();
  }

  /** The flags: an object whose keys are {@link ContentFlag} ids, and values true or false. */
  private void flags() throws IOException {
    if (!json.expect(START_OBJECT, "an object")) {
      return;
    }
    flagKeys.clear();
    String name;
    while ((name = json.nextField(flagKeys)) != null) {
      JsonToken token = json.current();
      ContentFlag flag = values.parse(ContentFlag::parse, name);
      if (token == VALUE_TRUE || token == VALUE_FALSE) {
        if (flag != null) {
          builder.putFlags(flag, token == VALUE_TRUE);
        }
      } else if (token != VALUE_NULL) {
        json.wrongKind("true or false");
      }
    }
  }

  /** An object of texts by name: {@code "links"}, {@code "attributes"}. */
  private void texts(FieldSet keys, java.util.function.BiConsumer<String, String> put)
      throws IOException {
    if (!json.expect(START_OBJECT, "an object")) {
      return;
    }
    keys.clear();
    String name;
    while ((name = json.nextField(keys)) != null) {
      String text = values.string();
      if (text != null) {
        put.accept(name, text);
      }
    }
  }

  /**
   * The awards: an array, possibly empty, records what the video won; absent or null, they are
   * not recorded.
   */
  private void awards() throws IOException {
    if (!json.expect(START_ARRAY, "an array")) {
      return;
    }
    List<Award> won = new ArrayList<>();
    while (json.nextElement("an object")) {
      Award award = awards.read();
      if (award != null) {
        won.add(award);
      }
    }
    builder.awards(won);
  }
}
