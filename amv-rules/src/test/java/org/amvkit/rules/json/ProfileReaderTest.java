/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.amvkit.core.CastMember;
import org.amvkit.core.Creator;
import org.amvkit.core.Medium;
import org.amvkit.core.Music;
import org.amvkit.core.Problem;
import org.amvkit.core.Source;
import org.amvkit.core.Video;
import org.amvkit.core.json.JsonFormatException;
import org.amvkit.rules.Classification;
import org.amvkit.rules.Classifier;
import org.amvkit.rules.Definition;
import org.amvkit.rules.Profile;
import org.amvkit.rules.Rule;
import org.amvkit.rules.builtin.BuiltInRules;
import org.amvkit.rules.builtin.BuiltInRules.CountBy;
import org.amvkit.rules.registry.RuleRegistry;
import org.amvkit.rules.spi.Parameter;
import org.amvkit.rules.spi.ParameterException;
import org.amvkit.rules.spi.ParameterType;
import org.amvkit.rules.spi.RuleProvider;
import org.amvkit.rules.spi.RuleType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileReaderTest {

  private static final ProfileReader READER = ProfileReader.with(RuleRegistry.of());

  /** A plug-in with parameters of its own: {@code lasts-between(min, max)}. */
  public static final class DurationRules implements RuleProvider {
    @Override
    public List<RuleType> ruleTypes() {
      return List.of(RuleType.of("lasts-between", "lasts between min and max",
          List.of(Parameter.optional("min", ParameterType.DURATION, "PT0S", "the shortest"),
              Parameter.required("max", ParameterType.DURATION, "the longest")),
          parameters -> {
            Duration min = parameters.duration("min");
            Duration max = parameters.duration("max");
            if (max.compareTo(min) < 0) {
              throw new ParameterException("max", max + " is shorter than min " + min);
            }
            return Rule.of("lasts-between", "lasts between " + min + " and " + max,
                video -> video.duration().orElseThrow().compareTo(min) >= 0
                    && video.duration().orElseThrow().compareTo(max) <= 0);
          }));
    }
  }

  private static final ProfileReader PLUG_IN_READER =
      ProfileReader.with(RuleRegistry.of(new DurationRules()));

  private static final String MY_CONTEST = "{\"id\": \"my-contest\", \"description\": \"Lion King"
      + " sequels count once\", \"definitions\": [{\"id\": \"contest-entry\", \"label\":"
      + " \"Contest entry\", \"required\": [\"has-music\", {\"rule\": \"multiple-sources\","
      + " \"params\": {\"count-by\": \"franchise\"}}], \"convention\": [\"features-animals\"]}]}";

  private static final Source LION_KING = Source.builder().id("lion-king").title("The Lion King")
      .medium(Medium.ANIMATION).franchise("The Lion King").addCast(CastMember.of("Simba", "lion"))
      .build();
  private static final Source LION_KING_2 = Source.builder().id("lion-king-2")
      .title("The Lion King II").medium(Medium.ANIMATION).franchise("The Lion King")
      .addCast(CastMember.of("Kiara", "lion")).build();
  private static final Source BALTO = Source.builder().id("balto").title("Balto")
      .medium(Medium.ANIMATION).addCast(CastMember.of("Balto", "wolfdog")).build();

  private static Video video(String id, Source... sources) {
    return Video.builder().id(id).title("Run Free").duration(Duration.parse("PT3M41S"))
        .addCreators(Creator.of("SnowPaw", "NL"))
        .addSources(sources)
        .addMusic(Music.of("Run", "Some Band"))
        .build();
  }

  @Test
  void a_profile_names_registered_rules_with_their_parameters() {
    // when
    Profile profile = READER.read(MY_CONTEST);

    // then
    assertThat(profile.id()).isEqualTo("my-contest");
    assertThat(profile.description()).isEqualTo("Lion King sequels count once");
    Definition entry = profile.definition("contest-entry").orElseThrow();
    assertThat(entry.labelTemplate()).isEqualTo("Contest entry");
    assertThat(entry.required()).containsExactly(BuiltInRules.hasMusic(),
        BuiltInRules.multipleSources(CountBy.FRANCHISE));
    assertThat(entry.conventions()).containsExactly(BuiltInRules.featuresAnimals());
  }

  @Test
  void a_classifier_built_from_a_json_profile_classifies_videos() {
    // given
    Classifier classifier = Classifier.of(READER.read(MY_CONTEST));

    // when
    Classification twoFranchises = classifier.classify(video("v-1", LION_KING, BALTO));
    Classification oneFranchise = classifier.classify(video("v-2", LION_KING, LION_KING_2));

    // then
    assertThat(twoFranchises.profileId()).isEqualTo("my-contest");
    assertThat(twoFranchises.category()).isEqualTo("contest-entry");
    assertThat(twoFranchises.label()).isEqualTo("Contest entry");
    assertThat(oneFranchise.category()).isEqualTo(Profile.NOT_A_MUSIC_VIDEO);
  }

  @Test
  void a_profile_is_read_from_a_reader_or_a_file(@TempDir Path directory) throws IOException {
    // given
    Path file = Files.writeString(directory.resolve("my-contest.json"), MY_CONTEST,
        StandardCharsets.UTF_8);

    // then
    assertThat(READER.read(file)).isEqualTo(READER.read(new StringReader(MY_CONTEST)));
  }

  @Test
  void a_profile_may_extend_a_registered_one_and_insert_definitions() {
    // given
    String json = "{\"id\": \"strict-dogs\", \"extends\": \"all-the-tropes\", \"insert\": ["
        + "{\"before\": \"fan-vid\", \"definitions\": [{\"id\": \"dog-vid\", \"label\": \"Dog vid\","
        + " \"required\": [\"has-music\", {\"rule\": \"features-animals\", \"params\":"
        + " {\"quantifier\": \"any\"}}]}]}],"
        + " \"definitions\": [{\"id\": \"anything\", \"label\": \"Anything\","
        + " \"required\": [\"has-source\"]}]}";

    // when
    Profile profile = READER.read(json);

    // then
    assertThat(profile.definitions()).extracting(Definition::id).containsExactly(
        "single-source-music-video", "animash", "anime-music-video", "dog-vid", "fan-vid",
        "anything");
    assertThat(profile.description()).isEmpty();
  }

  @Test
  void a_plug_in_rule_found_by_the_service_loader_can_be_named() {
    // given
    String json = "{\"id\": \"dogs\", \"definitions\": [{\"id\": \"dog-vid\", \"label\": \"Dog"
        + " vid\", \"required\": [\"has-music\", \"features-canines\"]}]}";

    // when
    Profile profile = ProfileReader.with(RuleRegistry.load()).read(json);

    // then
    assertThat(Classifier.of(profile).classify(video("v-1", BALTO)).category())
        .isEqualTo("dog-vid");
    assertThat(Classifier.of(profile).classify(video("v-2", LION_KING)).category())
        .isEqualTo(Profile.NOT_A_MUSIC_VIDEO);
  }

  private static String definitionWith(String required) {
    return "{\"id\": \"p\", \"definitions\": [{\"id\": \"d\", \"label\": \"D\", \"required\": ["
        + required + "]}]}";
  }

  private static void assertFault(String json, String message) {
    assertThatThrownBy(() -> READER.read(json))
        .isInstanceOf(ProfileFormatException.class)
        .hasMessage(message);
  }

  @Test
  void a_bad_parameter_value_is_reported_at_its_path() {
    assertFault(definitionWith("\"has-music\", {\"rule\": \"multiple-sources\", \"params\":"
            + " {\"count-by\": \"series\"}}"),
        "definitions[0].required[1].params.count-by: \"series\" is not a valid choice;"
            + " expected one of: title, franchise");
    assertFault(definitionWith("{\"rule\": \"features-animals\", \"params\": {\"quantifier\": 3}}"),
        "definitions[0].required[0].params.quantifier: 3 is not a valid choice; expected one of:"
            + " every, any");
  }

  @Test
  void a_plug_in_parameter_is_checked_against_its_type() {
    // given
    String json = definitionWith("\"has-music\", {\"rule\": \"lasts-between\", \"params\":"
        + " {\"max\": \"4min\"}}");

    // then
    assertThatThrownBy(() -> PLUG_IN_READER.read(json))
        .isInstanceOf(ProfileFormatException.class)
        .hasMessage("definitions[0].required[1].params.max: \"4min\" is not a valid duration"
            + " (ISO-8601, e.g. PT4M)")
        .satisfies(e -> assertThat(((ProfileFormatException) e).path())
            .isEqualTo("definitions[0].required[1].params.max"));
  }

  @Test
  void a_missing_or_inconsistent_plug_in_parameter_is_reported_at_its_path() {
    assertThatThrownBy(() -> PLUG_IN_READER.read(definitionWith("\"lasts-between\"")))
        .hasMessage("definitions[0].required[0].params.max: missing");
    assertThatThrownBy(() -> PLUG_IN_READER.read(definitionWith("{\"rule\": \"lasts-between\","
        + " \"params\": {\"min\": \"PT2M\", \"max\": \"PT1M\"}}")))
        .hasMessage("definitions[0].required[0].params.max: PT1M is shorter than min PT2M");
  }

  @Test
  void a_plug_in_rule_with_parameters_classifies() {
    // given
    Profile profile = PLUG_IN_READER.read(definitionWith("{\"rule\": \"lasts-between\","
        + " \"params\": {\"max\": \"PT4M\"}}"));

    // then
    assertThat(Classifier.of(profile).classify(video("v-1", BALTO)).category()).isEqualTo("d");
  }

  @Test
  void an_unknown_parameter_is_reported_with_the_declared_ones() {
    assertFault(definitionWith("{\"rule\": \"multiple-sources\", \"params\": {\"countby\": 1}}"),
        "definitions[0].required[0].params: unknown parameter \"countby\"; expected one of:"
            + " count-by");
  }

  @Test
  void an_unknown_rule_is_reported_with_the_registered_ones() {
    assertFault("{\"id\": \"p\", \"definitions\": [{\"id\": \"a\", \"label\": \"A\", \"required\":"
            + " [\"has-music\"]}, {\"id\": \"b\", \"label\": \"B\", \"required\": [\"has-musik\"]}]}",
        "definitions[1].required[0]: unknown rule \"has-musik\"; registered rules: has-music,"
            + " has-source, single-source, multiple-sources, animated-footage-only,"
            + " anime-footage-only, features-animals, duration-between, footage-share,"
            + " music-coverage, premiered-after, no-flag, no-earlier-award");
  }

  @Test
  void missing_fields_are_reported_at_their_path() {
    assertFault("{\"id\": \"p\"}", "definitions: missing");
    assertFault("{\"definitions\": []}", "id: missing");
    assertFault("{\"id\": \"p\", \"definitions\": [{\"label\": \"D\", \"required\": []}]}",
        "definitions[0].id: missing");
    assertFault("{\"id\": \"p\", \"definitions\": [{\"id\": \"d\", \"required\": []}]}",
        "definitions[0].label: missing");
    assertFault(definitionWith("{\"params\": {}}"), "definitions[0].required[0].rule: missing");
    assertFault("{\"id\": \"p\", \"definitions\": [{\"id\": \"d\", \"label\": \"D\"}]}",
        "definitions[0].required: missing");
  }

  @Test
  void values_of_the_wrong_json_type_are_reported_with_what_was_found() {
    assertFault("{\"id\": 42, \"definitions\": []}", "id: expected a string, got 42");
    assertFault("{\"id\": \"p\", \"definitions\": {}}", "definitions: expected an array, got {}");
    assertFault("{\"id\": \"p\", \"definitions\": [\"animash\"]}",
        "definitions[0]: expected a definition object, got \"animash\"");
    assertFault(definitionWith("42"), "definitions[0].required[0]: expected a rule id or an object"
        + " with \"rule\" and \"params\", got 42");
    assertFault(definitionWith("{\"rule\": \"has-music\", \"params\": [1]}"),
        "definitions[0].required[0].params: expected an object, got [1]");
    assertFault("[1, 2]", "expected a JSON object, got [1,2]");
  }

  @Test
  void empty_and_blank_values_are_refused() {
    assertFault("{\"id\": \" \", \"definitions\": []}", "id: blank");
    assertFault("{\"id\": \"p\", \"definitions\": []}",
        "definitions: empty; a profile needs at least one definition");
    assertFault(definitionWith(""),
        "definitions[0].required: empty; a definition needs at least one required rule");
    assertFault("", "no JSON: the input is empty");
  }

  @Test
  void unknown_fields_are_errors_so_that_typos_are_not_ignored() {
    assertFault("{\"id\": \"p\", \"definitions\": [{\"id\": \"d\", \"label\": \"D\", \"required\":"
            + " [\"has-music\"], \"conventions\": [\"features-animals\"]}]}",
        "definitions[0].conventions: unknown field; expected one of: id, label, required,"
            + " convention");
    assertFault(definitionWith("{\"rule\": \"has-music\", \"parms\": {}}"),
        "definitions[0].required[0].parms: unknown field; expected one of: rule, id, params");
  }

  @Test
  void ids_must_be_unique_and_not_the_fallback() {
    assertFault("{\"id\": \"p\", \"definitions\": [{\"id\": \"d\", \"label\": \"D\", \"required\":"
            + " [\"has-music\"]}, {\"id\": \"d\", \"label\": \"E\", \"required\": [\"has-source\"]}]}",
        "definitions[1].id: \"d\" is already a definition of the profile");
    assertFault("{\"id\": \"p\", \"definitions\": [{\"id\": \"d\", \"label\": \"D\", \"required\":"
            + " [\"has-music\"], \"convention\": [{\"rule\": \"has-music\"}]}]}",
        "definitions[0].convention[0]: rule \"has-music\" is already in definition \"d\"");
    assertFault("{\"id\": \"p\", \"definitions\": [{\"id\": \"not-a-music-video\", \"label\": \"N\","
            + " \"required\": [\"has-music\"]}]}",
        "definitions[0].id: \"not-a-music-video\" is the fallback category and cannot be defined");
    assertFault("{\"id\": \"p\", \"definitions\": [{\"id\": \"fine\", \"label\": \"F\","
            + " \"required\": [\"has-music\"]}, {\"id\": \"undetermined\", \"label\": \"U\","
            + " \"required\": [\"has-music\"]}]}",
        "definitions[1].id: \"undetermined\" is reserved for videos no definition could decide and"
            + " cannot be defined");
  }

  @Test
  void malformed_json_is_reported_with_line_and_column() {
    assertThatThrownBy(() -> READER.read("{\"id\": \"p\",\n  \"definitions\": [}"))
        .isInstanceOf(ProfileFormatException.class)
        .hasMessage("line 2, column 19: unexpected close marker '}': expected ']' (for Array"
            + " starting at line 2, column 18)");
    assertThatThrownBy(() -> READER.read("{\"id\": \"p\", \"id\": \"q\"}"))
        .isInstanceOf(ProfileFormatException.class)
        .hasMessage("line 1, column 17: duplicate field 'id'");
    assertThatThrownBy(() -> READER.read("{\"id\": \"p\", \"definitions\": []} {}"))
        .isInstanceOf(ProfileFormatException.class)
        .hasMessage("line 1, column 32: more JSON after the profile's object");
  }

  @Test
  void a_profile_format_exception_is_a_json_format_exception_as_a_catalogue_s_is() {
    // when
    ProfileFormatException malformed = catchThrowableOfType(ProfileFormatException.class,
        () -> READER.read("{\"id\": \"p\",\n  \"definitions\": ["));
    ProfileFormatException wrong = catchThrowableOfType(ProfileFormatException.class,
        () -> READER.read(definitionWith("\"has-musik\"")));

    // then
    assertThat(malformed).isInstanceOf(JsonFormatException.class)
        .hasMessage("line 2, column 19: unexpected end of input")
        .hasCauseInstanceOf(JsonProcessingException.class);
    assertThat(malformed.problems()).containsExactly(Problem.of("", "unexpected end of input"));
    assertThat(malformed.path()).isEmpty();
    assertThat(malformed.line()).isEqualTo(2);
    assertThat(malformed.column()).isEqualTo(19);
    assertThat(wrong.path()).isEqualTo("definitions[0].required[0]");
    assertThat(wrong.problems()).extracting(Problem::field)
        .containsExactly("definitions[0].required[0]");
    assertThat(wrong.line()).isEqualTo(-1);
    assertThat(wrong.column()).isEqualTo(-1);
  }

  @Test
  void extending_and_inserting_report_unknown_profiles_and_anchors() {
    assertFault("{\"id\": \"p\", \"extends\": \"strict\"}", "extends: unknown profile \"strict\";"
        + " registered profiles: all-the-tropes, all-the-tropes-strict, real-world");
    assertFault("{\"id\": \"p\", \"extends\": \"real-world\", \"insert\": [{\"before\": \"fanvid\","
            + " \"definitions\": [{\"id\": \"d\", \"label\": \"D\", \"required\": [\"has-music\"]}]}]}",
        "insert[0].before: no definition \"fanvid\" to insert before; the profile has:"
            + " anime-music-video, fan-vid");
    assertFault("{\"id\": \"p\", \"extends\": \"real-world\", \"insert\": [{\"before\": \"fan-vid\","
            + " \"after\": \"fan-vid\", \"definitions\": []}]}",
        "insert[0]: give \"before\" or \"after\", not both");
    assertFault("{\"id\": \"p\", \"insert\": []}",
        "insert: needs \"extends\": the profile to insert into");
    assertFault("{\"id\": \"p\", \"extends\": \"real-world\", \"definitions\": [{\"id\": \"fan-vid\","
            + " \"label\": \"F\", \"required\": [\"has-music\"]}]}",
        "definitions[0].id: \"fan-vid\" is already a definition of the profile");
  }

  @Test
  void a_caller_s_reader_is_not_closed() throws IOException {
    // given
    boolean[] closed = {false};
    StringReader reader = new StringReader(MY_CONTEST) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };

    // when
    READER.read(reader);

    // then
    assertThat(closed[0]).isFalse();
  }

  @Test
  void a_number_of_absurd_magnitude_is_one_short_error_not_an_out_of_memory() {
    for (String number : List.of("1e999999999", "1e-999999999")) {
      // given
      String json = "{\"id\": \"p\", \"definitions\": [{\"id\": \"d\", \"label\": \"D\","
          + " \"required\": [{\"rule\": \"music-coverage\", \"params\": {\"min\": " + number
          + "}}]}]}";

      // then
      assertThatThrownBy(() -> READER.read(json))
          .isInstanceOf(ProfileFormatException.class)
          .hasMessage("definitions[0].required[0].params.min: " + number.toUpperCase()
              .replace("E9", "E+9") + " is not a valid share (from 0 to 1, e.g. 0.75 or 75%)");
    }
  }

  @Test
  void a_profile_file_may_be_utf_16_or_start_with_a_utf_8_byte_order_mark_but_not_be_latin_1(
      @TempDir Path dir) throws IOException {
    // given
    String json = "{\"id\": \"p\", \"description\": \"Sélection\", \"extends\": \"real-world\"}";
    Path utf16 = dir.resolve("utf16.json");
    Files.write(utf16, json.getBytes(StandardCharsets.UTF_16LE));
    Path bom = dir.resolve("bom.json");
    Files.writeString(bom, "\uFEFF" + json, StandardCharsets.UTF_8);
    Path latin1 = dir.resolve("latin1.json");
    Files.write(latin1, json.getBytes(StandardCharsets.ISO_8859_1));

    // then
    assertThat(READER.read(utf16).description()).isEqualTo("Sélection");
    assertThat(READER.read(bom).description()).isEqualTo("Sélection");
    assertThatThrownBy(() -> READER.read(latin1)).isInstanceOf(ProfileFormatException.class)
        .hasMessage("line 1, column 32: not UTF-8 (invalid UTF-8 middle byte 0x6c);"
            + " save the file as UTF-8");
  }
}
