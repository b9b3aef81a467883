/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.amvkit.core.Style;
import org.amvkit.rules.Rule;
import org.amvkit.rules.contest.ContestReport;
import org.amvkit.rules.contest.Decision;
import org.amvkit.rules.contest.EntryResult;
import org.amvkit.rules.contest.Violation;
import org.junit.jupiter.api.Test;

/**
 * The sample contest against the sample catalogue, with the decisions worked out by hand from the
 * rule sheet (see sample-contest.json) and the catalogue's data. The Trailer/Parody window
 * (0:30 to 3:30) changes none of them: no entry is a trailer, and every other entry is judged by
 * the general 1:15 to 6:00.
 */
class ContestCheckerTest {

  @Test
  void the_sample_contest_gives_the_decisions_worked_out_by_hand() {
    // when
    ContestReport report = ContestChecker.check();

    // then
    assertThat(report.entries()).extracting(result -> result.entry().id(), EntryResult::decision)
        .containsExactly(
            // Howl: all anime, 3:48, music throughout, no watermark, 2012-10-31, won no award
            org.assertj.core.groups.Tuple.tuple("e-1", Decision.ACCEPTED),
            // Neo-Tokyo Dreams: accepted, no award; burnt-in subtitles are only a deviation
            org.assertj.core.groups.Tuple.tuple("e-2", Decision.ACCEPTED),
            // Run Free: first shown 2011-03-02, before the 2012-01-01 cut-off; and it won
            // Drama at Howl-o-Con 2011, before this contest began on 2026-07-03
            org.assertj.core.groups.Tuple.tuple("e-3", Decision.REJECTED),
            // Call of the North: 1:45 of White Fang (live action) in 3:30 leaves 50% animation
            org.assertj.core.groups.Tuple.tuple("e-4", Decision.REJECTED),
            // Zootopia - Try Everything: watermarked
            org.assertj.core.groups.Tuple.tuple("e-5", Decision.REJECTED),
            // Akira - Kaneda's Bike: the score plays 1:30 of 2:30, 60% < 75%
            org.assertj.core.groups.Tuple.tuple("e-6", Decision.REJECTED),
            // Best of Frenemies: no music position, watermark and awards not recorded
            org.assertj.core.groups.Tuple.tuple("e-7", Decision.UNDETERMINED),
            // Pack of Heroes: no clip timeline, no music position, watermark and awards not
            // recorded
            org.assertj.core.groups.Tuple.tuple("e-8", Decision.UNDETERMINED),
            // Spirit: Free: animation throughout, music throughout, 2013-02-11; it won Romance
            // at this contest, on 2026-07-05, which is no earlier award
            org.assertj.core.groups.Tuple.tuple("e-9", Decision.ACCEPTED),
            // v-099 is not in the catalogue
            org.assertj.core.groups.Tuple.tuple("e-10", Decision.UNDETERMINED));
    assertThat(report.rejected()).extracting(EntryResult::reasons).containsExactly(
        List.of("premiered-after: first shown on 2011-03-02, before 2012-01-01",
            "no-earlier-award: won an award before 2026-07-03: Howl-o-Con 2011 AMV Contest"
                + " (Drama, 2011)"),
        List.of("footage-share: anime or animation fills 50% of the running time, less than 80%"),
        List.of("no-flag: has a watermark"),
        List.of("music-coverage: music plays during 60% of the video, less than 75%"));
    assertThat(report.entries().get(1).deviations())
        .containsExactly("no-subtitles: has subtitles or karaoke");
    // SnowPaw made e-3 alone and e-8 (entered by FoxFan) with FoxFan: two Drama entries
    assertThat(report.violations()).extracting(Violation::message).containsExactly(
        "SnowPaw has 2 Drama entries, limit 1: e-3, e-8 (e-8 is a collaboration with FoxFan)");
  }

  @Test
  void the_sample_contest_gives_trailers_their_own_window_in_place_of_the_general_one() {
    // when
    ContestReport report = ContestChecker.check();

    // then: v-014, the 1:45 "Zootopia trailer recut", would be judged by this definition
    assertThat(report.contest().entryDefinition(Style.TRAILER).id())
        .isEqualTo("howl-o-con-entry/trailer");
    assertThat(report.contest().entryDefinition(Style.TRAILER).required()).extracting(Rule::id)
        .containsExactly("has-music", "duration-between", "footage-share", "music-coverage",
            "no-flag", "premiered-after", "no-earlier-award");
    assertThat(report.entries()).noneMatch(result -> Style.TRAILER.equals(result.entry().style()));
  }

  @Test
  void the_example_prints_each_decision_with_its_reasons() {
    // given
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    // when
    ContestChecker.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    // then
    assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("Howl-o-Con 2026 AMV Contest\n"
        + "e-1 v-009: ACCEPTED\n"
        + "e-2 v-007: ACCEPTED\n"
        + "e-3 v-001: REJECTED\n"
        + "  premiered-after: first shown on 2011-03-02, before 2012-01-01\n")
        .endsWith("e-10 v-099: UNDETERMINED\n"
            + "  video \"v-099\" is not in the catalogue\n"
            + "limit: SnowPaw has 2 Drama entries, limit 1: e-3, e-8 (e-8 is a collaboration with"
            + " FoxFan)\n");
  }
}
