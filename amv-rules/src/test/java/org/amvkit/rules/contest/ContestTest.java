/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.contest;

import static org.amvkit.rules.Fixtures.AKIRA;
import static org.amvkit.rules.Fixtures.BALTO;
import static org.amvkit.rules.Fixtures.POP_SONG;
import static org.amvkit.rules.Fixtures.WOLFS_RAIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import org.amvkit.core.Award;
import org.amvkit.core.Clip;
import org.amvkit.core.ContentFlag;
import org.amvkit.core.Creator;
import org.amvkit.core.InvalidValueException;
import org.amvkit.core.Medium;
import org.amvkit.core.Problem;
import org.amvkit.core.Source;
import org.amvkit.core.Style;
import org.amvkit.core.Video;
import org.amvkit.core.timeline.Share;
import org.amvkit.rules.Criterion;
import org.amvkit.rules.Definition;
import org.amvkit.rules.Requirement;
import org.amvkit.rules.Rule;
import org.amvkit.rules.builtin.BuiltInRules;
import org.amvkit.rules.builtin.ContestRules;
import org.junit.jupiter.api.Test;

class ContestTest {

  private static final Definition ENTRY = Definition.builder().id("entry").labelTemplate("Entry")
      .require(BuiltInRules.hasMusic(),
          ContestRules.durationBetween(Duration.ofSeconds(75), Duration.ofMinutes(6)),
          ContestRules.footageShare(EnumSet.of(Medium.ANIME), Share.parse("75%")))
      .convention(ContestRules.noFlag(ContentFlag.WATERMARK))
      .build();

  /** An all-anime video of the given creators, with a complete clip timeline. */
  private static Video video(String id, Duration duration, Source source, String... creators) {
    Video.Builder video = Video.builder().id(id).title("Title of " + id).duration(duration)
        .addMusic(POP_SONG).addClips(Clip.of(source, Duration.ZERO, duration))
        .putFlags(ContentFlag.WATERMARK, false);
    for (String creator : creators) {
      video.addCreators(Creator.of(creator));
    }
    return video.build();
  }

  private static Contest.Builder contest() {
    return Contest.builder().id("test-con").name("Test Con AMV Contest")
        .addStyles(Style.ACTION, Style.DRAMA, Style.COMEDY).definition(ENTRY)
        .limitPerCategory(1);
  }

  @Test
  void an_entry_meeting_every_required_rule_is_accepted_with_every_outcome() {
    // given
    Contest contest = contest().addEntries(Entry.of("e-1", "v-1", Style.DRAMA, "SnowPaw")).build();

    // when
    ContestReport report = contest.check(List.of(video("v-1", Duration.ofMinutes(3), AKIRA,
        "SnowPaw")));

    // then
    EntryResult result = report.entries().get(0);
    assertThat(result.decision()).isEqualTo(Decision.ACCEPTED);
    assertThat(result.reasons()).isEmpty();
    assertThat(result.result().orElseThrow().outcomes()).containsOnlyKeys("has-music",
        "duration-between", "footage-share", "no-flag");
    assertThat(report.isClean()).isTrue();
  }

  @Test
  void a_failed_required_rule_rejects_the_entry_and_says_why() {
    // given: 6:10 of western animation
    Contest contest = contest().addEntries(Entry.of("e-1", "v-1", Style.DRAMA, "SnowPaw")).build();

    // when
    ContestReport report = contest.check(List.of(video("v-1", Duration.parse("PT6M10S"), BALTO,
        "SnowPaw")));

    // then
    assertThat(report.rejected()).hasSize(1);
    assertThat(report.rejected().get(0).reasons()).containsExactly(
        "duration-between: lasts 6:10, longer than the maximum 6:00",
        "footage-share: anime fills 0% of the running time, less than 75%");
    assertThat(report.isClean()).isFalse();
  }

  @Test
  void a_missing_video_or_a_rule_that_cannot_tell_leaves_the_entry_undetermined() {
    // given: e-2's video has no clip timeline
    Video noClips = Video.builder().id("v-2").title("No clips").duration(Duration.ofMinutes(3))
        .addCreators(Creator.of("FoxFan")).addMusic(POP_SONG).addSources(WOLFS_RAIN).build();
    Contest contest = contest()
        .addEntries(Entry.of("e-1", "v-404", Style.DRAMA, "SnowPaw"),
            Entry.of("e-2", "v-2", Style.ACTION, "FoxFan"))
        .build();

    // when
    ContestReport report = contest.check(List.of(noClips));

    // then
    assertThat(report.undetermined()).extracting(EntryResult::reasons).containsExactly(
        List.of("video \"v-404\" is not in the catalogue"),
        List.of("footage-share: the clip timeline is missing, so the share of anime footage"
            + " cannot be measured"));
    assertThat(report.entries().get(1).deviations()).isEmpty();
  }

  @Test
  void a_failed_convention_is_a_deviation_not_a_rejection() {
    // given
    Video watermarked = Video.builder().from(video("v-1", Duration.ofMinutes(3), AKIRA,
        "SnowPaw")).putFlags(ContentFlag.WATERMARK, true).build();
    Contest contest = contest().addEntries(Entry.of("e-1", "v-1", Style.DRAMA, "SnowPaw")).build();

    // when
    EntryResult result = contest.check(List.of(watermarked)).entries().get(0);

    // then
    assertThat(result.decision()).isEqualTo(Decision.ACCEPTED);
    assertThat(result.deviations()).containsExactly("no-flag: has a watermark");
  }

  @Test
  void an_entry_in_a_category_the_contest_does_not_have_is_rejected() {
    // given
    Contest contest = contest().addEntries(Entry.of("e-1", "v-1", Style.parse("Horror"),
        "SnowPaw")).build();

    // when
    EntryResult result = contest.check(List.of(video("v-1", Duration.ofMinutes(3), AKIRA,
        "SnowPaw"))).entries().get(0);

    // then
    assertThat(result.decision()).isEqualTo(Decision.REJECTED);
    assertThat(result.reasons()).containsExactly(
        "category Horror is not a category of this contest (Action, Drama, Comedy)");
  }

  @Test
  void an_entry_sent_by_someone_who_did_not_make_the_video_is_rejected() {
    // given
    Contest contest = contest().addEntries(Entry.of("e-1", "v-1", Style.DRAMA, "Kumo")).build();

    // when
    EntryResult result = contest.check(List.of(video("v-1", Duration.ofMinutes(3), AKIRA,
        "SnowPaw", "FoxFan"))).entries().get(0);

    // then
    assertThat(result.reasons()).containsExactly(
        "entered by Kumo, who is not a creator of v-1 (SnowPaw, FoxFan)");
  }

  @Test
  void a_thousand_entries_of_a_video_by_two_thousand_creators_give_short_messages() {
    // given: once billions of names in the messages (issue 17); entrants are creators c0..c999
    String[] creators = new String[2_000];
    for (int i = 0; i < creators.length; i++) {
      creators[i] = "c" + i;
    }
    Contest.Builder builder = contest().limitPerEntrant(1);
    for (int i = 0; i < 1_000; i++) {
      builder.addEntries(Entry.of("e-" + i, "v-1", Style.DRAMA, "c" + i));
    }

    // when
    ContestReport report = builder.build().check(List.of(video("v-1", Duration.ofMinutes(3),
        AKIRA, creators)));

    // then: every creator over both limits, each violation with every entry, briefly told
    assertThat(report.violations()).hasSize(1 + 2 * 2_000);
    assertThat(report.violations().get(0).message()).isEqualTo("v-1 is entered 1000 times: e-0,"
        + " e-1, e-2, e-3, e-4, e-5, e-6, e-7, e-8, e-9 … and 990 more");
    Violation c0 = report.violations().get(1);
    assertThat(c0.entryIds()).hasSize(1_000);
    assertThat(c0.message()).isEqualTo("c0 has 1000 Drama entries, limit 1: e-0, e-1, e-2, e-3,"
        + " e-4, e-5, e-6, e-7, e-8, e-9 … and 990 more (e-0 is a collaboration with c1, c2, c3"
        + " and 1,996 others; e-1 is a collaboration with c1, c2, c3 and 1,996 others;"
        + " e-2 is a collaboration with c1, c2, c3 and 1,996 others; 997 more collaborations)");
    assertThat(report.violations()).allSatisfy(violation ->
        assertThat(violation.message().length()).isLessThan(400));
  }

  @Test
  void a_collaboration_counts_against_the_limit_of_every_editor() {
    // given: SnowPaw enters a solo Drama; FoxFan enters their Drama MEP with SnowPaw
    Contest contest = contest()
        .addEntries(Entry.of("e-3", "v-3", Style.DRAMA, "SnowPaw"),
            Entry.of("e-9", "v-9", Style.DRAMA, "FoxFan"))
        .build();
    List<Video> catalogue = List.of(video("v-3", Duration.ofMinutes(3), AKIRA, "SnowPaw"),
        video("v-9", Duration.ofMinutes(3), AKIRA, "FoxFan", "SnowPaw"));

    // when
    ContestReport report = contest.check(catalogue);

    // then
    assertThat(report.violations()).extracting(Violation::message).containsExactly(
        "SnowPaw has 2 Drama entries, limit 1: e-3, e-9 (e-9 is a collaboration with FoxFan)");
    Violation violation = report.violations().get(0);
    assertThat(violation.kind()).isEqualTo(Violation.Kind.CATEGORY_LIMIT);
    assertThat(violation.person()).contains("SnowPaw");
    assertThat(violation.entryIds()).containsExactly("e-3", "e-9");
    assertThat(report.accepted()).hasSize(2);
  }

  @Test
  void a_collaboration_may_count_for_its_entrant_only() {
    // given
    Contest contest = contest().collaborationsCountForEveryCreator(false)
        .addEntries(Entry.of("e-3", "v-3", Style.DRAMA, "SnowPaw"),
            Entry.of("e-9", "v-9", Style.DRAMA, "FoxFan"))
        .build();

    // when
    ContestReport report = contest.check(List.of(
        video("v-3", Duration.ofMinutes(3), AKIRA, "SnowPaw"),
        video("v-9", Duration.ofMinutes(3), AKIRA, "FoxFan", "SnowPaw")));

    // then
    assertThat(report.violations()).isEmpty();
  }

  @Test
  void one_competition_entry_and_one_exhibition_entry_are_counted_apart() {
    // given
    Contest contest = contest().limitPerEntrant(1).exhibitionLimit(1)
        .addEntries(Entry.of("e-1", "v-1", Style.DRAMA, "SnowPaw"),
            Entry.builder().id("e-2").videoId("v-2").style(Style.ACTION).entrant("snowpaw")
                .exhibition(true).build(),
            Entry.of("e-3", "v-3", Style.COMEDY, "SnowPaw"),
            Entry.builder().id("e-4").videoId("v-4").style(Style.ACTION).entrant("SnowPaw")
                .exhibition(true).build())
        .build();

    // when
    ContestReport report = contest.check(List.of());

    // then: names are compared ignoring case, and shown as first written
    assertThat(report.violations()).extracting(Violation::message).containsExactly(
        "SnowPaw has 2 competition entries, limit 1: e-1, e-3",
        "SnowPaw has 2 exhibition entries, limit 1: e-2, e-4");
  }

  @Test
  void one_video_entered_twice_is_a_violation() {
    // given
    Contest contest = contest().addEntries(Entry.of("e-1", "v-1", Style.DRAMA, "SnowPaw"),
        Entry.of("e-2", "v-1", Style.ACTION, "SnowPaw")).build();

    // when
    ContestReport report = contest.check(List.of(video("v-1", Duration.ofMinutes(3), AKIRA,
        "SnowPaw")));

    // then
    assertThat(report.violations()).extracting(Violation::message)
        .containsExactly("v-1 is entered 2 times: e-1, e-2");
  }

  @Test
  void the_premiere_cut_off_joins_the_definition_as_a_required_rule() {
    // given
    Video old = Video.builder().from(video("v-1", Duration.ofMinutes(3), AKIRA, "SnowPaw"))
        .published(LocalDate.of(2023, 12, 31)).build();
    Contest contest = contest().premiereCutoff(LocalDate.of(2024, 1, 1))
        .addEntries(Entry.of("e-1", "v-1", Style.DRAMA, "SnowPaw")).build();

    // when
    EntryResult result = contest.check(List.of(old)).entries().get(0);

    // then
    assertThat(contest.entryDefinition().required()).extracting(Rule::id)
        .endsWith("premiered-after");
    assertThat(result.reasons())
        .containsExactly("premiered-after: first shown on 2023-12-31, before 2024-01-01");
  }

  @Test
  void excluding_award_winners_rejects_a_winner_and_leaves_unrecorded_awards_undetermined() {
    // given: v-1 won at last year's edition, v-2 won nothing, v-3's awards are not recorded
    Video winner = Video.builder().from(video("v-1", Duration.ofMinutes(3), AKIRA, "SnowPaw"))
        .awards(List.of(Award.of("Test Con 2025 AMV Contest", "Drama", Year.of(2025)))).build();
    Video newcomer = Video.builder().from(video("v-2", Duration.ofMinutes(3), AKIRA, "FoxFan"))
        .awards(List.of()).build();
    Video unrecorded = video("v-3", Duration.ofMinutes(3), AKIRA, "Kumo");
    Contest contest = contest().excludeAwardWinners(true)
        .addEntries(Entry.of("e-1", "v-1", Style.DRAMA, "SnowPaw"),
            Entry.of("e-2", "v-2", Style.DRAMA, "FoxFan"),
            Entry.of("e-3", "v-3", Style.DRAMA, "Kumo"))
        .build();

    // when
    ContestReport report = contest.check(List.of(winner, newcomer, unrecorded));

    // then
    assertThat(contest.entryDefinition().required()).extracting(Rule::id)
        .endsWith("no-earlier-award");
    assertThat(report.entries()).extracting(EntryResult::decision)
        .containsExactly(Decision.REJECTED, Decision.ACCEPTED, Decision.UNDETERMINED);
    assertThat(report.entries()).extracting(EntryResult::reasons).containsExactly(
        List.of("no-earlier-award: won an award: Test Con 2025 AMV Contest (Drama, 2025)"),
        List.of(),
        List.of("no-earlier-award: whether it won an award is not recorded"));
  }

  @Test
  void an_award_cut_off_excludes_earlier_winners_only_and_comes_after_the_premiere_cut_off() {
    // given: the contest starts on 2026-07-03; v-1 won there, on the day after
    Video thisYear = Video.builder().from(video("v-1", Duration.ofMinutes(3), AKIRA, "SnowPaw"))
        .published(LocalDate.of(2026, 5, 1))
        .awards(List.of(Award.of("Test Con 2026 AMV Contest", "Drama", LocalDate.of(2026, 7, 4))))
        .build();
    Contest contest = contest().premiereCutoff(LocalDate.of(2026, 1, 1))
        .awardCutoff(LocalDate.of(2026, 7, 3))
        .addEntries(Entry.of("e-1", "v-1", Style.DRAMA, "SnowPaw")).build();

    // when
    EntryResult result = contest.check(List.of(thisYear)).entries().get(0);

    // then
    assertThat(contest.excludeAwardWinners()).isTrue();
    assertThat(contest.entryDefinition().required()).extracting(Rule::id)
        .endsWith("premiered-after", "no-earlier-award");
    assertThat(result.decision()).isEqualTo(Decision.ACCEPTED);
    assertThat(result.result().orElseThrow().outcomes().get("no-earlier-award").explain())
        .isEqualTo("won no award before 2026-07-03; later: Test Con 2026 AMV Contest (Drama,"
            + " 2026-07-04)");
  }

  @Test
  void award_winners_are_not_excluded_unless_the_contest_says_so() {
    // when
    Contest contest = contest().build();

    // then
    assertThat(contest.excludeAwardWinners()).isFalse();
    assertThat(contest.entryDefinition()).isSameAs(ENTRY);
  }

  @Test
  void award_winners_excluded_twice_or_an_award_cut_off_without_exclusion_are_refused() {
    assertThatThrownBy(() -> contest().definition(Definition.builder().from(ENTRY)
            .require(ContestRules.noEarlierAward()).build())
        .awardCutoff(LocalDate.of(2026, 7, 3)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("contest test-con: award winners are excluded twice: as a setting and as rule"
            + " \"no-earlier-award\" of definition \"entry\"");
    assertThatThrownBy(() -> contest().awardCutoff(LocalDate.of(2026, 7, 3))
        .excludeAwardWinners(false).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("contest test-con: an award cut-off 2026-07-03 is given, but award winners are"
            + " not excluded");
  }

  @Test
  void an_inconsistent_contest_is_refused_with_every_problem() {
    // when
    InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class,
        () -> Contest.builder().id("c").name(" ").definition(Definition.builder()
            .id("d").labelTemplate("D")
            .require(ContestRules.premieredAfter(LocalDate.of(2024, 1, 1)))
            .build())
        .premiereCutoff(LocalDate.of(2024, 1, 1)).limitPerCategory(-1)
        .addEntries(Entry.of("e-1", "v-1", Style.DRAMA, "A"), Entry.of("e-1", "v-2", Style.DRAMA,
            "B"))
        .build());

    // then
    assertThat(thrown).hasMessage("5 problems: contest c: name is blank; contest c: has no"
        + " category; contest c: limit per category -1 is negative; contest c: the premiere"
        + " cut-off is given twice: as a setting and as rule \"premiered-after\" of definition"
        + " \"d\"; contest c: entry id \"e-1\" is given twice");
    assertThat(thrown.problems()).extracting(Problem::field).containsExactly("name", "styles",
        "limitPerCategory", "premiereCutoff", "entries[1].id");
  }

  @Test
  void a_contest_or_an_entry_without_an_id_is_named_by_its_kind_alone() {
    // when
    InvalidValueException contest = catchThrowableOfType(InvalidValueException.class,
        () -> contest().id(" ").build());
    InvalidValueException entry = catchThrowableOfType(InvalidValueException.class,
        () -> Entry.of(" ", "v-1", Style.DRAMA, ""));

    // then
    assertThat(contest.problems()).containsExactly(Problem.of("id", "contest: id is blank"));
    assertThat(entry.problems()).containsExactly(Problem.of("id", "entry: id is blank"),
        Problem.of("entrant", "entry: entrant is blank"));
    assertThat(entry).hasMessage("2 problems: entry: id is blank; entry: entrant is blank");
  }

  @Test
  void an_entry_names_its_blank_video_id() {
    assertThatThrownBy(() -> Entry.of("e-1", " ", Style.DRAMA, "SnowPaw"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("entry e-1: video id is blank");
  }

  @Test
  void only_the_videos_entered_are_kept_while_the_catalogue_streams_by() {
    // given: a catalogue iterator that counts the videos it hands out
    Contest contest = contest().addEntries(Entry.of("e-1", "v-500", Style.DRAMA, "SnowPaw"))
        .build();
    java.util.Iterator<Video> catalogue = java.util.stream.IntStream.rangeClosed(1, 1000)
        .mapToObj(i -> video("v-" + i, Duration.ofMinutes(3), AKIRA, "SnowPaw")).iterator();

    // when
    ContestReport report = contest.check(catalogue);

    // then
    assertThat(catalogue.hasNext()).isFalse();
    assertThat(report.entries().get(0).video().map(Video::id)).contains("v-500");
  }

  /** Trailers: from 0:30 to at most 3:30, instead of the general 1:15 to 6:00. */
  private static final Definition TRAILER_RULES = Definition.builder().id("entry/trailer")
      .labelTemplate("Trailer entry")
      .require(ContestRules.durationBetween(Duration.ofSeconds(30), Duration.parse("PT3M30S")))
      .build();

  private static Contest.Builder contestWithTrailers() {
    return contest().addStyles(Style.TRAILER).putStyleRules(Style.TRAILER, TRAILER_RULES);
  }

  @Test
  void a_trailer_is_judged_by_the_trailer_window_while_an_action_entry_keeps_the_general_one() {
    // given
    Contest contest = contestWithTrailers()
        .addEntries(Entry.of("e-1", "v-1", Style.TRAILER, "SnowPaw"),
            Entry.of("e-2", "v-2", Style.TRAILER, "FoxFan"),
            Entry.of("e-3", "v-3", Style.ACTION, "Kumo"))
        .build();

    // when
    ContestReport report = contest.check(List.of(
        video("v-1", Duration.parse("PT3M30S"), AKIRA, "SnowPaw"),
        video("v-2", Duration.parse("PT3M31S"), AKIRA, "FoxFan"),
        video("v-3", Duration.ofMinutes(5), AKIRA, "Kumo")));

    // then
    assertThat(report.entries()).extracting(EntryResult::decision)
        .containsExactly(Decision.ACCEPTED, Decision.REJECTED, Decision.ACCEPTED);
    assertThat(report.entries().get(1).reasons())
        .containsExactly("duration-between: lasts 3:31, longer than the maximum 3:30");
    assertThat(report.entries().get(0).result().orElseThrow().definition().id())
        .isEqualTo("entry/trailer");
    assertThat(report.entries().get(2).result().orElseThrow().definition().id())
        .isEqualTo("entry");
  }

  @Test
  void a_category_rule_replaces_the_general_rule_of_the_same_id_in_its_place_and_adds_the_rest() {
    // given: trailers get their own window, must have no watermark (a convention in general),
    // and should have no subtitles (a rule the general definition does not have)
    Definition trailerRules = Definition.builder().id("entry/trailer")
        .labelTemplate("Trailer entry")
        .require(TRAILER_RULES.required().get(0), ContestRules.noFlag(ContentFlag.WATERMARK))
        .convention(ContestRules.noFlag(ContentFlag.SUBTITLES).named("no-subtitles",
            "has no subtitles"))
        .build();
    Contest contest = contest().addStyles(Style.TRAILER).premiereCutoff(LocalDate.of(2024, 1,
        1)).putStyleRules(Style.TRAILER, trailerRules).build();

    // when
    Definition trailers = contest.entryDefinition(Style.TRAILER);

    // then: replaced rules keep their place, take the category's requirement; added ones follow
    assertThat(trailers.id()).isEqualTo("entry/trailer");
    assertThat(trailers.labelTemplate()).isEqualTo("Trailer entry");
    assertThat(trailers.criteria()).extracting(criterion -> criterion.rule().id(),
            Criterion::requirement)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("has-music", Requirement.REQUIRED),
            org.assertj.core.groups.Tuple.tuple("duration-between", Requirement.REQUIRED),
            org.assertj.core.groups.Tuple.tuple("footage-share", Requirement.REQUIRED),
            org.assertj.core.groups.Tuple.tuple("no-flag", Requirement.REQUIRED),
            org.assertj.core.groups.Tuple.tuple("premiered-after", Requirement.REQUIRED),
            org.assertj.core.groups.Tuple.tuple("no-subtitles", Requirement.CONVENTION));
    assertThat(trailers.criteria().get(1).rule()).isSameAs(TRAILER_RULES.required().get(0));
    assertThat(contest.entryDefinition(Style.DRAMA)).isSameAs(contest.entryDefinition());
    assertThat(contest.entryDefinition(Style.parse("Horror"))).isSameAs(contest.entryDefinition());
  }

  @Test
  void one_video_entered_in_two_categories_is_judged_by_each_category_s_rules() {
    // given: results are kept per video and category, not per video alone
    Contest contest = contestWithTrailers()
        .addEntries(Entry.of("e-1", "v-1", Style.ACTION, "SnowPaw"),
            Entry.of("e-2", "v-1", Style.TRAILER, "SnowPaw"))
        .build();

    // when
    ContestReport report = contest.check(List.of(video("v-1", Duration.ofMinutes(4), AKIRA,
        "SnowPaw")));

    // then
    assertThat(report.entries()).extracting(EntryResult::decision)
        .containsExactly(Decision.ACCEPTED, Decision.REJECTED);
    assertThat(report.entries().get(1).reasons())
        .containsExactly("duration-between: lasts 4:00, longer than the maximum 3:30");
  }

  @Test
  void rules_for_a_category_the_contest_does_not_have_are_refused_with_every_problem() {
    assertThatThrownBy(() -> contest().name(" ")
        .putStyleRules(Style.parse("Horror"), TRAILER_RULES)
        .putStyleRules(Style.TRAILER, TRAILER_RULES)
        .putStyleRules(Style.DRAMA, TRAILER_RULES)
        .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("3 problems: contest test-con: name is blank; contest test-con: category rules"
            + " are given for Horror, which is not a category of this contest (Action, Drama,"
            + " Comedy); contest test-con: category rules are given for Trailer, which is not a"
            + " category of this contest (Action, Drama, Comedy)");
  }
}
