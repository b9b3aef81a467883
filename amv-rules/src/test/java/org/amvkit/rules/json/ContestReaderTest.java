/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.OptionalInt;
import org.amvkit.core.Problem;
import org.amvkit.core.Style;
import org.amvkit.rules.Criterion;
import org.amvkit.rules.Definition;
import org.amvkit.rules.Requirement;
import org.amvkit.rules.Rule;
import org.amvkit.rules.contest.Contest;
import org.amvkit.rules.contest.Entry;
import org.amvkit.rules.registry.RuleRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContestReaderTest {

  private static final ContestReader READER = ContestReader.with(RuleRegistry.of());

  private static final String DEFINITION = "{\"id\": \"entry\", \"label\": \"Entry\","
      + " \"required\": [\"has-music\", {\"rule\": \"duration-between\", \"params\": {\"min\":"
      + " \"PT1M15S\", \"max\": \"PT6M\"}}, {\"rule\": \"footage-share\", \"params\": {\"media\":"
      + " [\"anime\"], \"min\": 0.75}}], \"convention\": [{\"rule\": \"no-flag\", \"params\":"
      + " {\"flag\": \"watermark\"}}, {\"rule\": \"no-flag\", \"id\": \"no-subtitles\","
      + " \"params\": {\"flag\": \"subtitles\"}}]}";

  /** A contest document with the given fields replacing or adding to the defaults. */
  private static String contest(String entries) {
    return "{\"format\": \"amv-contest/1\", \"id\": \"test-con\", \"name\": \"Test Con\","
        + " \"categories\": [\"Action\", \"Drama\", \"Romance/Sentimental\"],"
        + " \"premiere-cutoff\": \"2024-01-01\","
        + " \"limits\": {\"per-category\": 1, \"exhibition\": 1, \"collaborations\": \"entrant\"},"
        + " \"definition\": " + DEFINITION + ", \"entries\": " + entries + "}";
  }

  private static void assertFault(String json, String message) {
    assertThatThrownBy(() -> READER.read(json)).isInstanceOf(ContestFormatException.class)
        .hasMessage(message);
  }

  @Test
  void a_contest_file_gives_settings_definition_and_entries() {
    // given
    String json = contest("[{\"id\": \"e-1\", \"video\": \"v-009\", \"category\": \"drama\","
        + " \"entrant\": \"MoonHowler\"}, {\"id\": \"e-2\", \"video\": \"v-004\", \"category\":"
        + " \"Sentimental\", \"entrant\": \"WolfdogDreams\", \"exhibition\": true}]");

    // when
    Contest contest = READER.read(json);

    // then
    assertThat(contest.id()).isEqualTo("test-con");
    assertThat(contest.styles()).containsExactly(Style.ACTION, Style.DRAMA, Style.ROMANCE);
    assertThat(contest.premiereCutoff()).contains(LocalDate.of(2024, 1, 1));
    assertThat(contest.limitPerCategory()).isEqualTo(OptionalInt.of(1));
    assertThat(contest.limitPerEntrant()).isEmpty();
    assertThat(contest.exhibitionLimit()).isEqualTo(OptionalInt.of(1));
    assertThat(contest.collaborationsCountForEveryCreator()).isFalse();
    assertThat(contest.entryDefinition().required()).extracting(Rule::id).containsExactly(
        "has-music", "duration-between", "footage-share", "premiered-after");
    assertThat(contest.entryDefinition().conventions()).extracting(Rule::id)
        .containsExactly("no-flag", "no-subtitles");
    assertThat(contest.entries()).containsExactly(
        Entry.of("e-1", "v-009", Style.DRAMA, "MoonHowler"),
        Entry.builder().id("e-2").videoId("v-004").style(Style.ROMANCE)
            .entrant("WolfdogDreams").exhibition(true).build());
  }

  @Test
  void an_entry_in_a_category_the_contest_does_not_have_is_an_error_at_its_path() {
    assertFault(contest("[{\"id\": \"e-1\", \"video\": \"v-1\", \"category\": \"Drama\","
            + " \"entrant\": \"A\"}, {\"id\": \"e-2\", \"video\": \"v-2\", \"category\":"
            + " \"Action\", \"entrant\": \"A\"}, {\"id\": \"e-3\", \"video\": \"v-3\","
            + " \"category\": \"Horror\", \"entrant\": \"A\"}]"),
        "entries[2].category: \"Horror\" is not a category of this contest (Action, Drama,"
            + " Romance)");
  }

  @Test
  void a_fault_of_the_contest_or_of_its_definition_is_a_contest_format_exception_at_its_path() {
    // when
    ContestFormatException entry = catchThrowableOfType(ContestFormatException.class,
        () -> READER.read(contest("[{\"id\": \"e-1\", \"video\": \"v-1\", \"category\":"
            + " \"Horror\", \"entrant\": \"A\"}]")));
    ContestFormatException rule = catchThrowableOfType(ContestFormatException.class,
        () -> READER.read(contest("[]").replace("\"has-music\"", "\"has-musik\"")));
    ContestFormatException malformed = catchThrowableOfType(ContestFormatException.class,
        () -> READER.read(contest("[}")));

    // then
    assertThat(entry.path()).isEqualTo("entries[0].category");
    assertThat(entry.problems()).extracting(Problem::message).containsExactly(
        "\"Horror\" is not a category of this contest (Action, Drama, Romance)");
    assertThat(entry.line()).isEqualTo(-1);
    assertThat(rule.path()).isEqualTo("definition.required[0]");
    assertThat(rule).hasMessageStartingWith("definition.required[0]: unknown rule \"has-musik\"");
    assertThat(malformed.path()).isEmpty();
    assertThat(malformed.line()).isEqualTo(1);
    assertThat(malformed).hasMessageStartingWith("line 1, column " + malformed.column()
        + ": unexpected close marker '}'");
  }

  @Test
  void entry_faults_name_their_path() {
    assertFault(contest("[{\"id\": \"e-1\", \"video\": \"v-1\", \"category\": \"Drama\"}]"),
        "entries[0].entrant: missing");
    assertFault(contest("[{\"id\": \"e-1\", \"video\": \"v-1\", \"category\": \"Drama\","
            + " \"entrant\": \"A\"}, {\"id\": \"e-1\", \"video\": \"v-2\", \"category\":"
            + " \"Drama\", \"entrant\": \"B\"}]"),
        "entries[1].id: \"e-1\" is already an entry of this contest");
    assertFault(contest("[{\"id\": \"e-1\", \"video\": \"v-1\", \"category\": \"Drama\","
            + " \"entrant\": \"A\", \"exhibition\": \"yes\"}]"),
        "entries[0].exhibition: expected true or false, got \"yes\"");
    assertFault(contest("[{\"id\": \"e-1\", \"video\": \"v-1\", \"category\": \"Drama\","
            + " \"entrant\": \"A\", \"editor\": \"A\"}]"),
        "entries[0].editor: unknown field; expected one of: id, video, category, entrant,"
            + " exhibition");
    assertFault(contest("[\"v-1\"]"), "entries[0]: expected an entry object, got \"v-1\"");
  }

  @Test
  void definition_faults_name_their_path_as_in_a_profile() {
    assertFault(contest("[]").replace("\"min\": 0.75", "\"min\": \"lots\""),
        "definition.required[2].params.min: \"lots\" is not a valid share (from 0 to 1, e.g."
            + " 0.75 or 75%)");
    assertFault(contest("[]").replace("\"PT6M\"", "\"PT1M\""),
        "definition.required[1].params.max: PT1M is shorter than min PT1M15S");
    assertFault(contest("[]").replace(", \"id\": \"no-subtitles\"", ""),
        "definition.convention[1]: rule \"no-flag\" is already in definition \"entry\"; give one"
            + " of them its own \"id\"");
    assertFault(contest("[]").replace("[\"anime\"]", "[\"cartoons\"]"),
        "definition.required[2].params.media: \"cartoons\" is not one of anime, animation,"
            + " live-action, video-game, other");
  }

  @Test
  void settings_faults_name_their_path() {
    assertFault(contest("[]").replace("amv-contest/1", "amv-catalogue/1"),
        "format: \"amv-catalogue/1\" is not amv-contest/1");
    assertFault(contest("[]").replace("\"per-category\": 1", "\"per-category\": \"one\""),
        "limits.per-category: expected a whole number, 0 or more, got \"one\"");
    assertFault(contest("[]").replace("\"entrant\"}", "\"everyone\"}"),
        "limits.collaborations: \"everyone\" is not one of every-creator, entrant");
    assertFault(contest("[]").replace("2024-01-01", "2024-13-01"),
        "premiere-cutoff: \"2024-13-01\" is not a valid date (ISO-8601, e.g. 2024-05-31)");
    assertFault(contest("[]").replace("\"Action\", \"Drama\"", "\"Action\", \"action\""),
        "categories[1]: \"action\" is already a category (Action)");
    assertFault(contest("[]").replace("\"categories\": [\"Action\", \"Drama\","
            + " \"Romance/Sentimental\"]", "\"categories\": []"),
        "categories: empty; a contest needs at least one category");
    assertFault(contest("[]").replace("\"required\": [\"has-music\",",
            "\"required\": [\"has-music\", {\"rule\": \"premiered-after\", \"params\": {\"date\":"
                + " \"2024-01-01\"}},"),
        "premiere-cutoff: the definition has rule \"premiered-after\" too; give the cut-off"
            + " once");
    assertFault(contest("[]").replace("\"name\"", "\"title\""),
        "title: unknown field; expected one of: format, id, name, categories, premiere-cutoff,"
            + " exclude-award-winners, limits, definition, category-rules, entries");
    assertFault("{\"format\": \"amv-contest/1\",",
        "line 1, column 28: unexpected end-of-input within/between Object entries");
    assertFault("{\"format\": \"amv-contest/1\", \"categories\": [\"Action\"",
        "line 1, column 52: unexpected end of input");
  }
  /** The default contest with an {@code exclude-award-winners} setting after its cut-off. */
  private static String excluding(String setting) {
    return contest("[]").replace("\"premiere-cutoff\": \"2024-01-01\",",
        "\"premiere-cutoff\": \"2024-01-01\", \"exclude-award-winners\": " + setting + ",");
  }

  @Test
  void exclude_award_winners_adds_no_earlier_award_after_the_premiere_cut_off() {
    // when
    Contest always = READER.read(excluding("true"));
    Contest beforeContest = READER.read(excluding("{\"before\": \"2026-07-03\"}"));
    Contest anyAward = READER.read(excluding("{}"));
    Contest allowed = READER.read(excluding("false"));

    // then
    assertThat(always.excludeAwardWinners()).isTrue();
    assertThat(always.awardCutoff()).isEmpty();
    assertThat(always.entryDefinition().required()).extracting(Rule::id).containsExactly(
        "has-music", "duration-between", "footage-share", "premiered-after", "no-earlier-award");
    assertThat(always.entryDefinition().required().get(4).description())
        .isEqualTo("has won no award");
    assertThat(beforeContest.awardCutoff()).contains(LocalDate.of(2026, 7, 3));
    assertThat(beforeContest.entryDefinition().required().get(4).description())
        .isEqualTo("has won no award before 2026-07-03");
    assertThat(anyAward.excludeAwardWinners()).isTrue();
    assertThat(anyAward.awardCutoff()).isEmpty();
    assertThat(allowed.excludeAwardWinners()).isFalse();
    assertThat(allowed.entryDefinition().required()).extracting(Rule::id)
        .doesNotContain("no-earlier-award");
  }

  @Test
  void exclude_award_winners_faults_name_their_path() {
    assertFault(excluding("\"yes\""), "exclude-award-winners: expected true, false or an object"
        + " with \"before\", got \"yes\"");
    assertFault(excluding("{\"before\": \"2026-13-01\"}"), "exclude-award-winners.before:"
        + " \"2026-13-01\" is not a valid date (ISO-8601, e.g. 2024-05-31)");
    assertFault(excluding("{\"before\": 2026}"),
        "exclude-award-winners.before: expected a string, got 2026");
    assertFault(excluding("{\"since\": \"2020-01-01\"}"),
        "exclude-award-winners.since: unknown field; expected one of: before");
    assertFault(excluding("true").replace("\"required\": [\"has-music\",",
            "\"required\": [\"has-music\", \"no-earlier-award\","),
        "exclude-award-winners: the definition has rule \"no-earlier-award\" too; exclude award"
            + " winners once");
  }

  @Test
  void no_earlier_award_may_be_named_in_the_definition_instead() {
    // when
    Contest contest = READER.read(contest("[]").replace("\"required\": [\"has-music\",",
        "\"required\": [\"has-music\", {\"rule\": \"no-earlier-award\", \"params\":"
            + " {\"before\": \"2026-07-03\"}},"));

    // then
    assertThat(contest.excludeAwardWinners()).isFalse();
    assertThat(contest.entryDefinition().required().get(1).description())
        .isEqualTo("has won no award before 2026-07-03");
  }

  /** A contest with Trailer/Parody as a fourth category and the given category rules. */
  private static String withCategoryRules(String categoryRules) {
    return contest("[{\"id\": \"e-1\", \"video\": \"v-1\", \"category\": \"Parody\","
        + " \"entrant\": \"A\"}]")
        .replace("\"Romance/Sentimental\"]", "\"Romance/Sentimental\", \"Trailer/Parody\"]")
        .replace(", \"entries\": ", ", \"category-rules\": " + categoryRules + ", \"entries\": ");
  }

  @Test
  void category_rules_replace_the_rule_of_the_same_id_and_add_the_others_for_that_category() {
    // given
    String json = withCategoryRules("{\"Trailer/Parody\": {\"required\": [{\"rule\":"
        + " \"duration-between\", \"params\": {\"min\": \"PT30S\", \"max\": \"PT3M30S\"}}],"
        + " \"convention\": [{\"rule\": \"has-source\"}]}}");

    // when
    Contest contest = READER.read(json);

    // then
    Definition trailers = contest.styleRules().get(Style.TRAILER);
    assertThat(contest.styleRules()).containsOnlyKeys(Style.TRAILER);
    assertThat(trailers.id()).isEqualTo("entry/trailer");
    assertThat(trailers.labelTemplate()).isEqualTo("Entry (Trailer)");
    assertThat(contest.entryDefinition(Style.TRAILER).criteria())
        .extracting(criterion -> criterion.rule().id(), Criterion::requirement)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("has-music", Requirement.REQUIRED),
            org.assertj.core.groups.Tuple.tuple("duration-between", Requirement.REQUIRED),
            org.assertj.core.groups.Tuple.tuple("footage-share", Requirement.REQUIRED),
            org.assertj.core.groups.Tuple.tuple("no-flag", Requirement.CONVENTION),
            org.assertj.core.groups.Tuple.tuple("no-subtitles", Requirement.CONVENTION),
            org.assertj.core.groups.Tuple.tuple("premiered-after", Requirement.REQUIRED),
            org.assertj.core.groups.Tuple.tuple("has-source", Requirement.CONVENTION));
    assertThat(contest.entryDefinition(Style.TRAILER).required().get(1))
        .isSameAs(trailers.required().get(0));
    assertThat(contest.entryDefinition(Style.DRAMA)).isSameAs(contest.entryDefinition());
  }

  @Test
  void category_rules_faults_name_their_path() {
    assertFault(withCategoryRules("{\"Horror\": {\"required\": [\"has-music\"]}}"),
        "category-rules.Horror: \"Horror\" is not a category of this contest (Action, Drama,"
            + " Romance, Trailer)");
    assertFault(withCategoryRules("{\"Trailer/Parody\": {\"required\": [\"has-musik\"]}}"),
        "category-rules.Trailer/Parody.required[0]: unknown rule \"has-musik\"; registered rules:"
            + " has-music, has-source, single-source, multiple-sources, animated-footage-only,"
            + " anime-footage-only, features-animals, duration-between, footage-share,"
            + " music-coverage, premiered-after, no-flag, no-earlier-award");
    assertFault(withCategoryRules("{\"Trailer\": {\"convention\": [{\"rule\": \"no-flag\","
            + " \"params\": {\"flag\": \"logo\"}}]}}"),
        "category-rules.Trailer.convention[0].params.flag: \"logo\" is not a valid choice;"
            + " expected one of: watermark, subtitles, credits");
    assertFault(withCategoryRules("{\"Trailer\": {\"id\": \"trailer\", \"required\":"
            + " [\"has-music\"]}}"),
        "category-rules.Trailer.id: unknown field; expected one of: required, convention");
    assertFault(withCategoryRules("{\"Trailer\": {\"required\": [], \"convention\": []}}"),
        "category-rules.Trailer: no rules; give \"required\" or \"convention\" rules");
    assertFault(withCategoryRules("{\"Trailer\": [\"has-music\"]}"),
        "category-rules.Trailer: expected an object with \"required\" and/or \"convention\","
            + " got [\"has-music\"]");
    assertFault(withCategoryRules("{\"Trailer\": {\"required\": [\"has-music\"]},"
            + " \"parody\": {\"required\": [\"has-source\"]}}"),
        "category-rules.parody: \"parody\" is the category \"Trailer\" again (Trailer)");
    assertFault(withCategoryRules("[\"Trailer\"]"),
        "category-rules: expected an object from category to rules, got [\"Trailer\"]");
  }

  @Test
  void a_contest_file_is_read_in_utf_8_with_or_without_a_byte_order_mark_and_in_utf_16(
      @TempDir Path dir) throws IOException {
    // given: a name with "é", as a French convention may have
    String json = contest("[]").replace("Test Con", "Japan Expo Été");
    Path bom = dir.resolve("bom.json");
    Files.write(bom, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        json.getBytes(StandardCharsets.UTF_8)));
    Path utf16 = dir.resolve("utf16.json");
    Files.write(utf16, json.getBytes(StandardCharsets.UTF_16));

    // then
    assertThat(READER.read(bom).name()).isEqualTo("Japan Expo Été");
    assertThat(READER.read(utf16).name()).isEqualTo("Japan Expo Été");
  }

  @Test
  void a_latin_1_contest_file_is_one_error_saying_it_is_not_utf_8_and_where(@TempDir Path dir)
      throws IOException {
    // given
    Path latin1 = dir.resolve("latin1.json");
    Files.write(latin1, contest("[]").replace("Test Con", "Été").getBytes(
        StandardCharsets.ISO_8859_1));

    // then
    assertThatThrownBy(() -> READER.read(latin1)).isInstanceOf(ContestFormatException.class)
        .hasMessage("line 1, column 58: not UTF-8 (invalid UTF-8 middle byte 0x74);"
            + " save the file as UTF-8");
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] both = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }
}
