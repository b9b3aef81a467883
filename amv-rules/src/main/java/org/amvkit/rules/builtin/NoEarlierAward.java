/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.builtin;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.amvkit.core.Award;
import org.amvkit.core.Video;
import org.amvkit.rules.Evidence;
import org.amvkit.rules.Outcome;

/**
 * {@value ContestRules#NO_EARLIER_AWARD}: the video won no award, or none before a cut-off date;
 * unknown when its awards are not recorded, or when an award known only by its year may fall on
 * either side of the date.
 */
final class NoEarlierAward {

  /** When an award was won, compared with the cut-off date. */
  private enum When { EARLIER, NOT_EARLIER, UNSURE }

  private final LocalDate before;

  /**
   * Creates the rule's logic.
   *
   * @param before  the first day on which an award no longer counts, or null: every award counts
   */
  NoEarlierAward(LocalDate before) {
    this.before = before;
  }

  /**
   * What the rule asks: {@code has won no award before 2026-07-03}.
   *
   * @return the description, not null
   */
  String description() {
    return before == null ? "has won no award" : "has won no award before " + before;
  }

  /**
   * Evaluates a video: fails naming the awards won before the date, else is unknown naming those
   * that may have been, else passes.
   *
   * @param video  the video, not null
   * @return the outcome, not null
   */
  Outcome evaluate(Video video) {
    Optional<List<Award>> recorded = video.awards();
    if (recorded.isEmpty()) {
      return Outcome.unknown("whether it won an award is not recorded");
    }
    List<Award> earlier = new ArrayList<>();
    List<Award> unsure = new ArrayList<>();
    List<Award> notEarlier = new ArrayList<>();
    for (Award award : recorded.get()) {
      List<Award> group = switch (when(award)) {
        case EARLIER -> earlier;
        case UNSURE -> unsure;
        case NOT_EARLIER -> notEarlier;
      };
      group.add(award);
    }
    String by = before == null ? "" : " before {before}";
    if (!earlier.isEmpty()) {
      return Outcome.fail(() -> evidence("won " + (earlier.size() == 1 ? "an award"
          : earlier.size() + " awards") + by + ": {awards}", earlier));
    }
    if (!unsure.isEmpty()) {
      return Outcome.unknown(() -> evidence(unsure.size() == 1
          ? "only the year of {awards} is recorded, so whether it was won before {before} is not"
              + " known"
          : "only the years of {awards} are recorded, so whether they were won before {before}"
              + " is not known", unsure));
    }
    return Outcome.pass(() -> notEarlier.isEmpty() ? evidence("won no award" + by, List.of())
        : evidence("won no award before {before}; later: {later}", List.of(),
            "later", describe(notEarlier)));
  }

  private When when(Award award) {
    if (before == null) {
      return When.EARLIER;
    }
    if (award.date().isPresent()) {
      return award.date().get().isBefore(before) ? When.EARLIER : When.NOT_EARLIER;
    }
    Year year = award.year();
    if (year.atMonth(12).atEndOfMonth().isBefore(before)) {
      return When.EARLIER;
    }
    return year.atDay(1).isBefore(before) ? When.UNSURE : When.NOT_EARLIER;
  }

  /** Evidence with the awards that decided, the cut-off if there is one, and further facts. */
  private Evidence evidence(String template, List<Award> awards, Object... more) {
    List<Object> facts = new ArrayList<>(List.of("awards", describe(awards)));
    if (before != null) {
      facts.addAll(List.of("before", before.toString()));
    }
    facts.addAll(List.of(more));
    return Evidence.of(template, facts.toArray());
  }

  /** {@code Otakon 2010 AMV Contest (Drama, 2010)}, {@code AnimeNEXT 2011 (2011-06-12)}. */
  private static List<String> describe(List<Award> awards) {
    List<String> described = new ArrayList<>(awards.size());
    for (Award award : awards) {
      String when = award.date().map(LocalDate::toString).orElse(award.year().toString());
      described.add(award.event() + " ("
          + award.awardCategory().map(category -> category + ", ").orElse("") + when + ")");
    }
    return described;
  }
}
