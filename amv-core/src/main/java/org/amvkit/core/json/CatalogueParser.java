package org.amvkit.core.json;

import static com.fasterxml.jackson.core.JsonToken.END_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.END_OBJECT;
import static com.fasterxml.jackson.core.JsonToken.START_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.START_OBJECT;
import static com.fasterxml.jackson.core.JsonToken.VALUE_NULL;
import static com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT;
import static com.fasterxml.jackson.core.JsonToken.VALUE_STRING;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amvkit.core.CastMember;
import org.amvkit.core.Clip;
import org.amvkit.core.ContentFlag;
import org.amvkit.core.Creator;
import org.amvkit.core.Dedication;
import org.amvkit.core.EditingSoftware;
import org.amvkit.core.Form;
import org.amvkit.core.Genre;
import org.amvkit.core.InvalidValueException;
import org.amvkit.core.Medium;
import org.amvkit.core.Music;
import org.amvkit.core.MusicKind;
import org.amvkit.core.Occasion;
import org.amvkit.core.Problem;
import org.amvkit.core.Source;
import org.amvkit.core.Style;
import org.amvkit.core.Video;
import org.amvkit.core.species.Species;
import org.amvkit.core.timeline.Interval;

/**
 * Turns the tokens of an {@code amv-catalogue/1} document into values. One instance reads one
 * document; {@link CatalogueReader} drives it.
 *
 * <p>Paths in messages are taken from Jackson's parsing context when a problem is found, so that
 * nothing is spent on them while the input is good. Problems of one unit (the source list, or one
 * video) are collected and thrown together when the unit ends; a document that is not well-formed
 * JSON, and a header that is out of order, stop reading at once.
 */
final class CatalogueParser {

  /** A value type's problem on a music position is reported where the JSON has it: at its end. */
  private static final Pattern MUSIC_POSITION = Pattern.compile("(music\\[\\d+\\])\\.position");

  private final JsonParser parser;
  private final List<Problem> problems = new ArrayList<>();
  private JsonLocation firstProblemAt;
  private Map<String, Source> sources = Map.of();
  private boolean inVideos;

  CatalogueParser(JsonParser parser) {
    this.parser = parser;
  }

  /** An element of an array, read when the parser is on its first token. */
  @FunctionalInterface
  private interface Element {
    void read() throws IOException;
  }

  // ---------------------------------------------------------------- the document

  /**
   * Reads the header: the root object's fields up to the start of the {@code videos} array (or to
   * the end of the document, if it has no videos).
   */
  List<Source> readHeader() throws IOException {
    try {
      JsonToken token = next();
      if (token != START_OBJECT) {
        throw fail("", "expected an object but found " + describe(token));
      }
      boolean formatSeen = false;
      List<Source> read = null;
      while (next() != END_OBJECT) {
        String field = parser.currentName();
        token = next();
        switch (field) {
          case "format" -> {
            readFormat();
            formatSeen = true;
          }
          case "sources" -> {
            requireFormatBefore(formatSeen);
            read = readSources();
          }
          case "videos" -> {
            requireFormatBefore(formatSeen);
            if (read == null) {
              throw fail("videos", "found before \"sources\" (amv-catalogue/1 lists the sources"
                  + " first, so that videos can be read one by one)");
            }
            if (token == START_ARRAY) {
              inVideos = true;
              return read;
            }
            if (token != VALUE_NULL) {
              throw fail(path(), "expected an array but found " + describe(token));
            }
          }
          default -> parser.skipChildren();
        }
      }
      if (!formatSeen) {
        throw fail("format", "missing");
      }
      if (read == null) {
        throw fail("sources", "missing");
      }
      finishDocument();
      return read;
    } catch (JsonProcessingException e) {
      throw malformed(e);
    }
  }

  /** Reads the next video, or returns null after the last one (having read the rest). */
  Video nextVideo() throws IOException {
    if (!inVideos) {
      return null;
    }
    try {
      JsonToken token = next();
      if (token == END_ARRAY) {
        inVideos = false;
        while (next() != END_OBJECT) {
          next();
          parser.skipChildren();
        }
        finishDocument();
        return null;
      }
      Video video = token == START_OBJECT ? readVideo() : wrongKind("an object");
      throwIfProblems();
      return video;
    } catch (JsonProcessingException e) {
      throw malformed(e);
    }
  }

  /** How far into the input the parser is: bytes, or characters for a character source. */
  long position() {
    JsonLocation location = parser.currentLocation();
    return location.getByteOffset() >= 0 ? location.getByteOffset() : location.getCharOffset();
  }

  /** Where the parser is, for problems found after the fact. */
  JsonLocation location() {
    return parser.currentLocation();
  }

  void close() throws IOException {
    parser.close();
  }

  private void finishDocument() throws IOException {
    if (parser.nextToken() != null) {
      throw malformed(parser.currentTokenLocation(), "unexpected content after the catalogue");
    }
  }

  private void readFormat() throws IOException {
    String format = string();
    throwIfProblems();
    if (format == null) {
      throw fail("format", "missing");
    }
    if (!format.equals(CatalogueWriter.FORMAT)) {
      throw fail("format", quote(format) + " is not supported (expected " + CatalogueWriter.FORMAT
          + ")");
    }
  }

  private void requireFormatBefore(boolean formatSeen) {
    if (!formatSeen) {
      throw fail("format", "missing (it must come before \"sources\" and \"videos\")");
    }
  }

  // ---------------------------------------------------------------- sources

  private List<Source> readSources() throws IOException {
    List<Source> read = new ArrayList<>();
    Map<String, Integer> indexes = new HashMap<>();
    array("an object", () -> {
      Source source = parser.currentToken() == START_OBJECT ? readSource() : wrongKind("an object");
      if (source != null) {
        int index = parser.getParsingContext().getCurrentIndex();
        Integer earlier = indexes.putIfAbsent(source.id(), index);
        if (earlier != null) {
          problem("sources[" + index + "].id", quote(source.id()) + " is already the id of sources["
              + earlier + "]");
        }
        read.add(source);
      }
    });
    throwIfProblems();
    Map<String, Source> byId = new LinkedHashMap<>();
    for (Source source : read) {
      byId.put(source.id(), source);
    }
    sources = Collections.unmodifiableMap(byId);
    return List.copyOf(read);
  }

  private Source readSource() throws IOException {
    int before = problems.size();
    Source.Builder builder = Source.builder();
    String id = null;
    String title = null;
    Medium medium = null;
    while (next() != END_OBJECT) {
      String field = parser.currentName();
      next();
      switch (field) {
        case "id" -> id = string();
        case "title" -> title = string();
        case "medium" -> medium = parsed(Medium::parse);
        case "form" -> builder.form(Optional.ofNullable(parsed(Form::parse)));
        case "year" -> builder.year(Optional.ofNullable(year()));
        case "studio" -> builder.studio(Optional.ofNullable(string()));
        case "franchise" -> builder.franchise(Optional.ofNullable(string()));
        case "characters" -> array("an object", () -> add(builder::addCast, castMember()));
        default -> parser.skipChildren();
      }
    }
    String path = path();
    require(id, path, "id");
    require(title, path, "title");
    require(medium, path, "medium");
    if (problems.size() > before) {
      return null;
    }
    return build(path, builder.id(id).title(title).medium(medium)::build);
  }

  private CastMember castMember() throws IOException {
    if (parser.currentToken() != START_OBJECT) {
      return wrongKind("an object");
    }
    int before = problems.size();
    String name = null;
    Species species = null;
    while (next() != END_OBJECT) {
      String field = parser.currentName();
      next();
      switch (field) {
        case "name" -> name = string();
        case "species" -> species = parsed(Species::parse);
        default -> parser.skipChildren();
      }
    }
    String path = path();
    require(name, path, "name");
    require(species, path, "species");
    if (problems.size() > before) {
      return null;
    }
    String finalName = name;
    Species finalSpecies = species;
    return build(path, () -> CastMember.of(finalName, finalSpecies));
  }

  // ---------------------------------------------------------------- videos

  private Video readVideo() throws IOException {
    int before = problems.size();
    Video.Builder builder = Video.builder();
    String id = null;
    String title = null;
    Duration duration = null;
    while (next() != END_OBJECT) {
      String field = parser.currentName();
      next();
      switch (field) {
        case "id" -> id = string();
        case "title" -> title = string();
        case "duration" -> duration = duration();
        case "creators" -> array("an object", () -> add(builder::addCreators, creator()));
        case "sources" -> array("a source id", () -> add(builder::addSources, sourceRef()));
        case "clips" -> array("an object", () -> add(builder::addClips, clip()));
        case "music" -> array("an object", () -> add(builder::addMusic, music()));
        case "software" ->
            array("a string", () -> add(builder::addSoftware, parsed(EditingSoftware::parse)));
        case "published" -> builder.published(Optional.ofNullable(date()));
        case "dedication" -> builder.dedication(Optional.ofNullable(dedication()));
        case "styles" -> array("a string", () -> add(builder::addStyles, parsed(Style::parse)));
        case "flags" -> flags(builder);
        case "tags" -> array("a string", () -> add(builder::addTags, string()));
        default -> parser.skipChildren();
      }
    }
    String path = path();
    require(id, path, "id");
    require(title, path, "title");
    require(duration, path, "duration");
    if (problems.size() > before) {
      return null;
    }
    return build(path, builder.id(id).title(title).duration(duration)::build);
  }

  private Creator creator() throws IOException {
    if (parser.currentToken() != START_OBJECT) {
      return wrongKind("an object");
    }
    int before = problems.size();
    Creator.Builder builder = Creator.builder();
    String name = null;
    while (next() != END_OBJECT) {
      String field = parser.currentName();
      next();
      switch (field) {
        case "name" -> name = string();
        case "country" -> builder.country(
            Optional.ofNullable(string()).map(country -> country.toUpperCase(Locale.ROOT)));
        case "channel" -> builder.channel(Optional.ofNullable(string()));
        default -> parser.skipChildren();
      }
    }
    String path = path();
    require(name, path, "name");
    if (problems.size() > before) {
      return null;
    }
    return build(path, builder.name(name)::build);
  }

  /** A source named by its id, in a video's {@code sources}. */
  private Source sourceRef() throws IOException {
    if (parser.currentToken() != VALUE_STRING) {
      return wrongKind("a source id");
    }
    return known(parser.getText());
  }

  private Source known(String id) {
    Source source = sources.get(id);
    if (source == null) {
      problem(path(), "unknown source " + quote(id));
    }
    return source;
  }

  private Clip clip() throws IOException {
    if (parser.currentToken() != START_OBJECT) {
      return wrongKind("an object");
    }
    int before = problems.size();
    Source source = null;
    Duration start = null;
    Duration end = null;
    List<Object> characters = new ArrayList<>();
    while (next() != END_OBJECT) {
      String field = parser.currentName();
      next();
      switch (field) {
        case "source" -> {
          String id = string();
          source = id == null ? null : known(id);
        }
        case "start" -> start = duration();
        case "end" -> end = duration();
        case "characters" -> array("a name or an object", () -> characters.add(
            parser.currentToken() == VALUE_STRING ? parser.getText() : castMember()));
        default -> parser.skipChildren();
      }
    }
    String path = path();
    require(source, path, "source");
    require(start, path, "start");
    require(end, path, "end");
    if (problems.size() > before) {
      return null;
    }
    Clip.Builder builder = Clip.builder().source(source).start(start).end(end);
    for (int i = 0; i < characters.size(); i++) {
      Object character = characters.get(i);
      if (character instanceof String name) {
        Optional<CastMember> member = castMember(source, name);
        if (member.isPresent()) {
          builder.addCharacters(member.get());
        } else {
          problem(path + ".characters[" + i + "]", quote(name) + " is not a character of source "
              + quote(source.id()));
        }
      } else {
        builder.addCharacters((CastMember) character);
      }
    }
    if (problems.size() > before) {
      return null;
    }
    return build(path, builder::build);
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

  private Music music() throws IOException {
    if (parser.currentToken() != START_OBJECT) {
      return wrongKind("an object");
    }
    int before = problems.size();
    Music.Builder builder = Music.builder();
    String title = null;
    String artist = null;
    Duration start = null;
    Duration end = null;
    while (next() != END_OBJECT) {
      String field = parser.currentName();
      next();
      switch (field) {
        case "title" -> title = string();
        case "artist" -> artist = string();
        case "genre" -> builder.genre(Optional.ofNullable(parsed(Genre::parse)));
        case "kind" -> add(builder::kind, parsed(MusicKind::parse));
        case "start" -> start = duration();
        case "end" -> end = duration();
        default -> parser.skipChildren();
      }
    }
    String path = path();
    require(title, path, "title");
    require(artist, path, "artist");
    if (start != null || end != null) {
      String both = "missing (a music position needs both start and end)";
      if (start == null) {
        requireAs(path, "start", both);
      }
      if (end == null) {
        requireAs(path, "end", both);
      }
    }
    if (problems.size() > before) {
      return null;
    }
    if (start != null) {
      try {
        builder.position(Interval.of(start, end));
      } catch (IllegalArgumentException e) {
        problem(path + ".end", String.valueOf(e.getMessage()));
        return null;
      }
    }
    return build(path, builder.title(title).artist(artist)::build);
  }

  private Dedication dedication() throws IOException {
    if (!expect(START_OBJECT, "an object")) {
      return null;
    }
    int before = problems.size();
    Occasion occasion = null;
    String recipient = null;
    while (next() != END_OBJECT) {
      String field = parser.currentName();
      next();
      switch (field) {
        case "occasion" -> occasion = parsed(Occasion::parse);
        case "recipient" -> recipient = string();
        default -> parser.skipChildren();
      }
    }
    String path = path();
    require(occasion, path, "occasion");
    require(recipient, path, "recipient");
    if (problems.size() > before) {
      return null;
    }
    Occasion finalOccasion = occasion;
    String finalRecipient = recipient;
    return build(path, () -> Dedication.of(finalOccasion, finalRecipient));
  }

  private void flags(Video.Builder builder) throws IOException {
    if (!expect(START_OBJECT, "an object")) {
      return;
    }
    while (next() != END_OBJECT) {
      String name = parser.currentName();
      JsonToken token = next();
      ContentFlag flag = parse(ContentFlag::parse, name);
      if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
        if (flag != null) {
          builder.putFlags(flag, token == JsonToken.VALUE_TRUE);
        }
      } else if (token != VALUE_NULL) {
        wrongKind("true or false");
      }
    }
  }

  // ---------------------------------------------------------------- scalars

  /** A string field; null when absent (JSON null) or of the wrong kind (reported). */
  private String string() throws IOException {
    return expect(VALUE_STRING, "a string") ? parser.getText() : null;
  }

  /** A string read by one of the value model's {@code parse} methods. */
  private <T> T parsed(Function<String, T> parse) throws IOException {
    String text = string();
    return text == null ? null : parse(parse, text);
  }

  private <T> T parse(Function<String, T> parse, String text) {
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException e) {
      problem(path(), String.valueOf(e.getMessage()));
      return null;
    }
  }

  /** An ISO-8601 duration that is not negative: an offset or a length on a video's timeline. */
  private Duration duration() throws IOException {
    String text = string();
    if (text == null) {
      return null;
    }
    try {
      Duration duration = Duration.parse(text);
      if (!duration.isNegative()) {
        return duration;
      }
    } catch (DateTimeException e) {
      // reported below
    }
    problem(path(), quote(text) + " is not a valid duration");
    return null;
  }

  private LocalDate date() throws IOException {
    String text = string();
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      problem(path(), quote(text) + " is not a valid date (expected yyyy-mm-dd)");
      return null;
    }
  }

  private Year year() throws IOException {
    if (!expect(VALUE_NUMBER_INT, "a year")) {
      return null;
    }
    try {
      return Year.of(parser.getIntValue());
    } catch (InputCoercionException | DateTimeException e) {
      problem(path(), parser.getText() + " is not a valid year");
      return null;
    }
  }

  // ---------------------------------------------------------------- structure

  /** The next token; the end of the input is an error wherever a token is expected. */
  private JsonToken next() throws IOException {
    JsonToken token = parser.nextToken();
    if (token == null) {
      throw malformed(parser.currentLocation(), "unexpected end of input");
    }
    return token;
  }

  /**
   * Tells whether the parser is on a token of the kind wanted. JSON null is an absent value (no
   * problem); any other kind is reported and skipped.
   */
  private boolean expect(JsonToken wanted, String what) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == wanted) {
      return true;
    }
    if (token != VALUE_NULL) {
      wrongKind(what);
    }
    return false;
  }

  /** Reports the value the parser is on as not of the kind wanted, and skips it. */
  private <T> T wrongKind(String what) throws IOException {
    problem(path(), "expected " + what + " but found " + describe(parser.currentToken()));
    parser.skipChildren();
    return null;
  }

  /** Reads an array whose elements are not null; an absent array (JSON null) is empty. */
  private void array(String what, Element element) throws IOException {
    if (!expect(START_ARRAY, "an array")) {
      return;
    }
    while (next() != END_ARRAY) {
      if (parser.currentToken() == VALUE_NULL) {
        wrongKind(what);
      } else {
        element.read();
      }
    }
  }

  private static <T> void add(Consumer<T> adder, T value) {
    if (value != null) {
      adder.accept(value);
    }
  }

  private void require(Object value, String path, String field) {
    if (value == null) {
      requireAs(path, field, "missing");
    }
  }

  /** Reports a missing field, unless its value was there but reported as wrong. */
  private void requireAs(String path, String field, String message) {
    String full = join(path, field);
    for (Problem problem : problems) {
      if (problem.field().equals(full)) {
        return;
      }
    }
    problem(full, message);
  }

  /** Builds a value; its own invariants' problems are re-reported under the JSON path. */
  private <T> T build(String path, Supplier<T> build) {
    try {
      return build.get();
    } catch (InvalidValueException e) {
      for (Problem problem : e.problems()) {
        Matcher position = MUSIC_POSITION.matcher(problem.field());
        String field = position.matches() ? position.group(1) + ".end" : problem.field();
        problem(join(path, field), problem.message());
      }
    } catch (IllegalArgumentException | IllegalStateException e) {
      problem(path, String.valueOf(e.getMessage()));
    }
    return null;
  }

  // ---------------------------------------------------------------- problems

  private void problem(String path, String message) {
    if (problems.isEmpty()) {
      firstProblemAt = parser.currentTokenLocation();
    }
    problems.add(Problem.of(path, message));
  }

  private void throwIfProblems() {
    if (!problems.isEmpty()) {
      CatalogueFormatException e = new CatalogueFormatException(problems,
          firstProblemAt.getLineNr(), firstProblemAt.getColumnNr());
      problems.clear();
      throw e;
    }
  }

  /** Reports one problem and returns the exception to throw at once. */
  private CatalogueFormatException fail(String path, String message) {
    problem(path, message);
    CatalogueFormatException e = new CatalogueFormatException(problems,
        firstProblemAt.getLineNr(), firstProblemAt.getColumnNr());
    problems.clear();
    return e;
  }

  CatalogueFormatException fail(String path, String message, JsonLocation location) {
    return new CatalogueFormatException(List.of(Problem.of(path, message)),
        location.getLineNr(), location.getColumnNr());
  }

  private CatalogueFormatException malformed(JsonProcessingException e) {
    JsonLocation location = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
    String message;
    if (e instanceof JsonEOFException) {
      message = "unexpected end of input";
    } else {
      message = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("malformed JSON");
      message = message.isEmpty() ? message
          : Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }
    CatalogueFormatException failure = malformed(location, message);
    failure.initCause(e);
    return failure;
  }

  private static CatalogueFormatException malformed(JsonLocation location, String message) {
    return new CatalogueFormatException(List.of(Problem.of("", message)),
        location.getLineNr(), location.getColumnNr());
  }

  /** The JSON path of the token the parser is on, or of the object or array it just closed. */
  private String path() {
    List<JsonStreamContext> chain = new ArrayList<>();
    for (JsonStreamContext c = parser.getParsingContext(); c != null; c = c.getParent()) {
      chain.add(c);
    }
    StringBuilder path = new StringBuilder();
    for (int i = chain.size() - 1; i >= 0; i--) {
      JsonStreamContext context = chain.get(i);
      if (context.inArray() && context.hasCurrentIndex()) {
        path.append('[').append(context.getCurrentIndex()).append(']');
      } else if (context.inObject() && context.getCurrentName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(context.getCurrentName());
      }
    }
    return path.toString();
  }

  private static String join(String path, String field) {
    if (field.isEmpty()) {
      return path;
    }
    return path.isEmpty() ? field : path + "." + field;
  }

  private static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.asString() == null ? token.name() : token.asString();
    };
  }

  private static String quote(String text) {
    return "\"" + text + "\"";
  }
}
