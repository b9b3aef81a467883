/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.contest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.amvkit.core.Creator;
import org.amvkit.core.Style;
import org.amvkit.core.Video;
import org.amvkit.rules.Criterion;
import org.amvkit.rules.Definition;
import org.amvkit.rules.DefinitionResult;
import org.amvkit.rules.Outcome;
import org.amvkit.rules.Requirement;
import org.amvkit.rules.Status;
import org.amvkit.rules.Verdict;

/**
 * Checks the entries of a {@link Contest} against a catalogue's videos: each entry is judged by the
 * {@linkplain Contest#entryDefinition(Style) definition of its style} and decided as
 * {@link Contest} describes; the limits across entries are counted by {@link EntryLimits}.
 *
 * <p>The catalogue is read once, as a stream, and only the videos entered are kept, so memory grows
 * with the number of entries, not with the catalogue. A video entered in several styles that
 * share a definition is evaluated once.
 */
final class ContestCheck {

  private final Contest contest;

  private ContestCheck(Contest contest) {
    this.contest = contest;
  }

  /** Checks every entry of {@code contest} against the videos, read once in order. */
  static ContestReport run(Contest contest, Iterator<? extends Video> videos) {
    return new ContestCheck(contest).check(videos);
  }

  private ContestReport check(Iterator<? extends Video> videos) {
    Map<String, Video> found = entered(videos);
    // One definition per style; styles without rules share entryDefinition(), and so share the
    // results of a video entered in several of them.
    Map<Style, Definition> definitions = new HashMap<>();
    Map<Definition, Map<String, DefinitionResult>> results = new IdentityHashMap<>();
    List<EntryResult> entryResults = new ArrayList<>(contest.entries().size());
    for (Entry entry : contest.entries()) {
      Definition definition = definitions.computeIfAbsent(entry.style(),
          contest::entryDefinition);
      Video video = found.get(entry.videoId());
      DefinitionResult result = video == null ? null
          : results.computeIfAbsent(definition, d -> new HashMap<>())
              .computeIfAbsent(video.id(), id -> definition.evaluate(video));
      entryResults.add(judge(entry, video, definition, result));
    }
    return ContestReport.of(contest, entryResults, EntryLimits.of(contest, found).violations());
  }

  /** The videos entered, by id, read from the catalogue once; the others are not kept. */
  private Map<String, Video> entered(Iterator<? extends Video> videos) {
    Set<String> wanted = new HashSet<>();
    for (Entry entry : contest.entries()) {
      wanted.add(entry.videoId());
    }
    Map<String, Video> found = new LinkedHashMap<>();
    while (videos.hasNext()) {
      Video video = videos.next();
      if (wanted.contains(video.id())) {
        found.putIfAbsent(video.id(), video);
      }
    }
    return found;
  }

  /**
   * Decides one entry: rejected for a failed required rule, a style not of the contest or an
   * entrant who did not make the video; undetermined for a video not in the catalogue or a rule
   * that cannot tell; accepted otherwise. Failed conventions are listed, never decisive.
   */
  private EntryResult judge(Entry entry, Video video, Definition definition,
      DefinitionResult result) {
    List<String> rejections = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    List<String> deviations = new ArrayList<>();
    List<Style> styles = contest.styles();
    if (!styles.contains(entry.style())) {
      // the rule sheet's word, as in the contest file
      rejections.add("category " + entry.style().name() + " is not a category of this contest ("
          + styles.stream().map(Style::name).collect(Collectors.joining(", ")) + ")");
    }
    if (video == null) {
      missing.add("video \"" + entry.videoId() + "\" is not in the catalogue");
    } else {
      if (video.creators().stream()
          .noneMatch(creator -> EntryLimits.samePerson(creator.name(), entry.entrant()))) {
        rejections.add("entered by " + entry.entrant() + ", who is not a creator of "
            + video.id() + " (" + names(video.creators()) + ")");
      }
      Map<String, Outcome> outcomes = result.outcomes();
      for (Criterion criterion : definition.criteria()) {
        String id = criterion.rule().id();
        Outcome outcome = outcomes.get(id);
        String why = id + ": " + outcome.explain();
        if (criterion.requirement() == Requirement.CONVENTION) {
          if (outcome.status() == Status.FAIL) {
            deviations.add(why);
          }
        } else if (outcome.status() == Status.FAIL) {
          rejections.add(why);
        } else if (outcome.status() != Status.PASS) {
          missing.add(outcome.status() == Status.ERROR ? why + " (the rule broke)" : why);
        }
      }
      assert result.verdict() != Verdict.NOT_MET || !rejections.isEmpty();
    }
    Decision decision = !rejections.isEmpty() ? Decision.REJECTED
        : !missing.isEmpty() ? Decision.UNDETERMINED : Decision.ACCEPTED;
    return EntryResult.of(entry, decision, video, result,
        decision == Decision.REJECTED ? rejections : missing, deviations);
  }

  private static String names(List<Creator> creators) {
    return creators.stream().map(Creator::name).collect(Collectors.joining(", "));
  }
}
