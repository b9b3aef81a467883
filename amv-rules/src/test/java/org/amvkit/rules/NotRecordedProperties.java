/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.amvkit.core.Clip;
import org.amvkit.core.Medium;
import org.amvkit.core.Source;
import org.amvkit.core.Video;
import org.amvkit.core.timeline.Share;
import org.amvkit.rules.builtin.BuiltInProfiles;
import org.amvkit.rules.builtin.ContestRules;
import org.amvkit.rules.builtin.ContestRules.Measure;

/**
 * Removing a recorded fact (the duration, a source's medium, the music, the sources) never makes
 * a rule more sure: an UNKNOWN stays UNKNOWN, and a definition that was MET is never NOT_MET.
 */
class NotRecordedProperties {

  /** The contest rules that read a fact a catalogue may not record, beside the profiles' rules. */
  private static final List<Rule> CONTEST_RULES = List.of(
      ContestRules.durationBetween(Duration.ofMinutes(1), Duration.ofMinutes(4)),
      ContestRules.musicCoverage(Share.parse("50%")),
      ContestRules.footageShare(EnumSet.of(Medium.ANIME), Share.parse("50%"), Measure.DURATION),
      ContestRules.footageShare(EnumSet.of(Medium.ANIME, Medium.ANIMATION), Share.parse("75%"),
          Measure.FOOTAGE));

  /** Which fact is removed. */
  enum Fact { DURATION, MEDIUM, MUSIC, SOURCES }

  /** A video and the same video with one recorded fact removed. */
  record Removal(Video video, Fact fact, Video removed) {}

  @Provide
  Arbitrary<Removal> removals() {
    return Combinators.combine(Generators.videos(), Arbitraries.of(Fact.class),
            Arbitraries.integers().between(0, 4))
        .as(NotRecordedProperties::remove)
        .filter(Optional::isPresent).map(Optional::get);
  }

  /** The video without the fact, if the video records it. */
  private static Optional<Removal> remove(Video video, Fact fact, int which) {
    Video.Builder builder = Video.builder().from(video);
    switch (fact) {
      case DURATION -> {
        if (video.duration().isEmpty()) {
          return Optional.empty();
        }
        builder.duration(Optional.empty());
      }
      case MUSIC -> {
        if (!video.musicRecorded()) {
          return Optional.empty();
        }
        builder.music(List.of()).musicRecorded(false);
      }
      case SOURCES -> {
        if (!video.sourcesRecorded()) {
          return Optional.empty();
        }
        builder.sources(List.of()).clips(List.of()).sourcesRecorded(false);
      }
      case MEDIUM -> {
        List<Source> known = video.usedSources().stream()
            .filter(source -> source.medium().isPresent()).toList();
        if (known.isEmpty()) {
          return Optional.empty();
        }
        Source source = known.get(which % known.size());
        Source unknown = Source.builder().from(source).medium(Optional.empty()).build();
        builder.sources(video.sources().stream()
                .map(s -> s.id().equals(source.id()) ? unknown : s).toList())
            .clips(video.clips().stream().map(clip -> clip.source().id().equals(source.id())
                ? Clip.of(unknown, clip.start(), clip.end()) : clip).toList());
      }
      default -> throw new AssertionError(fact);
    }
    return Optional.of(new Removal(video, fact, builder.build()));
  }

  @Property(tries = 400)
  void removing_a_recorded_fact_never_turns_unknown_definite_nor_met_not_met(
      @ForAll("removals") Removal removal) {
    Statistics.label("fact removed").collect(removal.fact());
    for (Profile profile : BuiltInProfiles.all()) {
      // when
      Classification before = Classifier.of(profile).classify(removal.video());
      Classification after = Classifier.of(profile).classify(removal.removed());

      // then: every definition's verdict, and every rule's status in it
      Map<String, Status> statusesAfter = statuses(after);
      statuses(before).forEach((rule, status) -> {
        if (status == Status.UNKNOWN) {
          assertThat(statusesAfter.get(rule)).as(profile.id() + " " + rule + " without "
              + removal.fact() + " of " + removal.video()).isEqualTo(Status.UNKNOWN);
        }
      });
      before.verdicts().forEach((definition, verdict) -> {
        if (verdict == Verdict.MET) {
          assertThat(after.verdicts().get(definition)).as(profile.id() + " " + definition
              + " without " + removal.fact() + " of " + removal.video())
              .isNotEqualTo(Verdict.NOT_MET);
        }
        if (verdict == Verdict.UNDETERMINED) {
          assertThat(after.verdicts().get(definition)).as(profile.id() + " " + definition)
              .isEqualTo(Verdict.UNDETERMINED);
        }
      });
    }
    for (Rule rule : CONTEST_RULES) {
      if (rule.evaluate(removal.video()).status() == Status.UNKNOWN) {
        assertThat(rule.evaluate(removal.removed()).status())
            .as(rule.id() + " without " + removal.fact()).isEqualTo(Status.UNKNOWN);
      }
    }
  }

  @Property(tries = 200)
  void removing_a_recorded_fact_leaves_the_rules_that_need_it_unknown(
      @ForAll("removals") Removal removal) {
    Classification after =
        Classifier.of(BuiltInProfiles.allTheTropes()).classify(removal.removed());
    Map<String, Status> statuses = statuses(after);
    switch (removal.fact()) {
      case MUSIC -> assertThat(statuses.get("single-source-music-video/has-music"))
          .isEqualTo(Status.UNKNOWN);
      case SOURCES -> statuses.forEach((rule, status) -> {
        if (!rule.endsWith("/has-music")) {
          assertThat(status).as(rule).isEqualTo(Status.UNKNOWN);
        }
      });
      case DURATION -> assertThat(CONTEST_RULES.get(0).evaluate(removal.removed()).status())
          .isEqualTo(Status.UNKNOWN);
      case MEDIUM -> assertThat(statuses.get("animash/animated-footage-only"))
          .isIn(Status.UNKNOWN, Status.FAIL);
      default -> throw new AssertionError(removal.fact());
    }
  }

  /** Every rule's status, as "definition/rule". */
  private static Map<String, Status> statuses(Classification classification) {
    Map<String, Status> statuses = new LinkedHashMap<>();
    for (DefinitionResult result : classification.results()) {
      result.outcomes().forEach((rule, outcome) ->
          statuses.put(result.id() + "/" + rule, outcome.status()));
    }
    return statuses;
  }
}
