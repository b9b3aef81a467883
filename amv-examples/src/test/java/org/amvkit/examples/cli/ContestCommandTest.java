/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContestCommandTest {

  @TempDir
  Path dir;

  /** The output, error output and exit code of one run. */
  private record Run(String out, String err, int code) {}

  private static Run amv(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Amv.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(out.toString(), err.toString(), code);
  }

  /** Copies the sample contest out of the jar, as a coordinator's file. */
  private Path sampleContest() throws IOException {
    Path file = dir.resolve("contest.json");
    try (InputStream in = ContestCommandTest.class
        .getResourceAsStream("/org/amvkit/examples/sample-contest.json")) {
      Files.copy(in, file);
    }
    return file;
  }

  @Test
  void the_sample_contest_report_lists_what_the_coordinator_must_act_on() throws IOException {
    // given
    Path contest = sampleContest();

    // when
    Run run = amv("contest", contest.toString());

    // then
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isEqualTo(3);
    assertThat(run.out()).isEqualTo(String.join(System.lineSeparator(),
        "Howl-o-Con 2026 AMV Contest (howl-o-con-2026): 10 entries, 3 accepted, 4 rejected,"
            + " 3 undetermined, 1 limit broken",
        "",
        "ACCEPTED (3)",
        "  e-1   v-009 \"Howl\", Drama, by MoonHowler",
        "  e-2   v-007 \"Neo-Tokyo Dreams\", Upbeat, by NightRider",
        "        deviates: no-subtitles: has subtitles or karaoke",
        "  e-9   v-005 \"Spirit: Free\", Romance, by MustangMaker",
        "",
        "REJECTED (4)",
        "  e-3   v-001 \"Run Free\", Drama, by SnowPaw",
        "        premiered-after: first shown on 2011-03-02, before 2012-01-01",
        "        no-earlier-award: won an award before 2026-07-03: Howl-o-Con 2011 AMV Contest"
            + " (Drama, 2011)",
        "  e-4   v-011 \"Call of the North\", Action, by WolfdogDreams",
        "        footage-share: anime or animation fills 50% of the running time, less than 80%",
        "  e-5   v-027 \"Zootopia - Try Everything\", Upbeat, by CarrotCop",
        "        no-flag: has a watermark",
        "  e-6   v-022 \"Akira - Kaneda's Bike\", Action, by NightRider",
        "        music-coverage: music plays during 60% of the video, less than 75%",
        "",
        "UNDETERMINED (3)",
        "  e-7   v-017 \"Best of Frenemies\", Comedy, by FoxFan",
        "        missing: music-coverage: no music has a position, so how much of the video is set"
            + " to music is not known",
        "        missing: no-flag: whether it has a watermark is not recorded",
        "        missing: no-earlier-award: whether it won an award is not recorded",
        "  e-8   v-002 \"Pack of Heroes\", Drama, by FoxFan",
        "        missing: footage-share: the clip timeline is missing, so the share of anime or"
            + " animation footage cannot be measured",
        "        missing: music-coverage: no music has a position, so how much of the video is set"
            + " to music is not known",
        "        missing: no-flag: whether it has a watermark is not recorded",
        "        missing: no-earlier-award: whether it won an award is not recorded",
        "  e-10  v-099, Comedy, by Kumo",
        "        missing: video \"v-099\" is not in the catalogue",
        "",
        "LIMITS BROKEN (1)",
        "  SnowPaw has 2 Drama entries, limit 1: e-3, e-8 (e-8 is a collaboration with FoxFan)",
        ""));
  }

  @Test
  void the_json_report_gives_every_decision_and_outcome_for_tools() throws IOException {
    // given
    Path contest = sampleContest();

    // when
    Run run = amv("contest", "--format", "json", contest.toString());

    // then
    JsonNode report = new ObjectMapper().readTree(run.out());
    assertThat(run.code()).isEqualTo(3);
    assertThat(report.get("summary").toString()).isEqualTo("{\"entries\":10,\"accepted\":3,"
        + "\"rejected\":4,\"undetermined\":3,\"violations\":1}");
    JsonNode e4 = report.get("entries").get(3);
    assertThat(e4.get("decision").asText()).isEqualTo("REJECTED");
    assertThat(e4.get("definition").asText()).isEqualTo("howl-o-con-entry");
    assertThat(e4.get("outcomes").get("footage-share").toString()).isEqualTo("{\"status\":"
        + "\"FAIL\",\"evidence\":\"anime or animation fills 50% of the running time, less than"
        + " 80%\"}");
    JsonNode e9 = report.get("entries").get(8);
    assertThat(e9.get("decision").asText()).isEqualTo("ACCEPTED");
    assertThat(e9.get("outcomes").get("no-earlier-award").toString()).isEqualTo("{\"status\":"
        + "\"PASS\",\"evidence\":\"won no award before 2026-07-03; later: Howl-o-Con 2026 AMV"
        + " Contest (Romance, 2026-07-05)\"}");
    assertThat(report.get("violations").get(0).toString()).isEqualTo("{\"kind\":"
        + "\"category-limit\",\"person\":\"SnowPaw\",\"entries\":[\"e-3\",\"e-8\"],\"message\":"
        + "\"SnowPaw has 2 Drama entries, limit 1: e-3, e-8 (e-8 is a collaboration with"
        + " FoxFan)\"}");
  }

  @Test
  void a_trailer_entry_is_judged_by_the_trailer_window_of_the_sample() throws IOException {
    // given: e-2, Neo-Tokyo Dreams (3:33), accepted as Upbeat, is entered as a trailer instead;
    // every rule but the duration window passed before, and 3:33 is over the trailers' 3:30
    Path contest = sampleContest();
    Files.writeString(contest, Files.readString(contest)
        .replace("\"v-007\", \"category\": \"Upbeat\"", "\"v-007\", \"category\": \"Trailer\""));

    // when
    Run run = amv("contest", "--format", "json", contest.toString());

    // then
    JsonNode e2 = new ObjectMapper().readTree(run.out()).get("entries").get(1);
    assertThat(e2.get("decision").asText()).isEqualTo("REJECTED");
    assertThat(e2.get("definition").asText()).isEqualTo("howl-o-con-entry/trailer");
    assertThat(e2.get("reasons").toString())
        .isEqualTo("[\"duration-between: lasts 3:33, longer than the maximum 3:30\"]");
  }

  @Test
  void rules_for_a_category_the_contest_does_not_have_are_bad_input() throws IOException {
    // given
    Path contest = sampleContest();
    Files.writeString(contest, Files.readString(contest)
        .replace("\"Trailer/Parody\": {", "\"Horror\": {"));

    // when
    Run run = amv("contest", contest.toString());

    // then
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("amv: " + contest + ": category-rules.Horror: \"Horror\" is"
        + " not a category of this contest (Action, Drama, Comedy, Romance, Upbeat, Trailer)"
        + System.lineSeparator());
  }

  @Test
  void a_contest_with_every_entry_accepted_exits_with_zero() throws IOException {
    // given: only the accepted entries of the sample
    String json = Files.readString(sampleContest());
    int start = json.indexOf("\"entries\"");
    Path clean = dir.resolve("clean.json");
    Files.writeString(clean, json.substring(0, start) + "\"entries\": [{\"id\": \"e-1\","
        + " \"video\": \"v-009\", \"category\": \"Drama\", \"entrant\": \"MoonHowler\"}]}");

    // when
    Run run = amv("contest", clean.toString());

    // then
    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("Howl-o-Con 2026 AMV Contest (howl-o-con-2026): 1 entry,"
        + " 1 accepted, 0 rejected, 0 undetermined, 0 limits broken");
  }

  @Test
  void a_bad_contest_file_is_one_line_naming_the_json_path_and_exit_code_one() throws IOException {
    // given
    Path contest = sampleContest();
    Files.writeString(contest, Files.readString(contest)
        .replace("\"Comedy\", \"entrant\": \"Kumo\"", "\"Horror\", \"entrant\": \"Kumo\""));

    // when
    Run run = amv("contest", contest.toString());

    // then
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("amv: " + contest + ": entries[9].category: \"Horror\" is not"
        + " a category of this contest (Action, Drama, Comedy, Romance, Upbeat, Trailer)"
        + System.lineSeparator());
  }

  @Test
  void a_missing_contest_file_is_bad_input() {
    // when
    Run run = amv("contest", dir.resolve("nope.json").toString());

    // then
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("amv: no such contest file: " + dir.resolve("nope.json")
        + System.lineSeparator());
  }
}
