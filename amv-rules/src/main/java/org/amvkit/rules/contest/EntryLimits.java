/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.contest;

import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.amvkit.core.Creator;
import org.amvkit.core.Style;
import org.amvkit.core.Video;

/**
 * Counts a {@link Contest}'s entries against its limits and finds the
 * {@linkplain Violation violations} that only show across entries: a video entered twice, an
 * editor over the limit per category, per entrant or for exhibition.
 *
 * <p>An entry counts for its entrant and, when
 * {@linkplain Contest#collaborationsCountForEveryCreator() collaborations count for every creator}
 * and its video is in the catalogue, for every creator of the video. People are told apart by
 * name, ignoring case and the white space around it; a violation shows a person's name as first
 * met, in the order of the entries.
 *
 * <p>Memory and messages stay proportional to the contest, not to entries times creators: the
 * entries of one video share one set of its creators, a violation's entry ids are shared with
 * every other violation of the same entries, and a message lists at most {@value #LISTED} entries
 * and names at most {@value #LISTED_OTHERS} collaborators of each ("… and 1,997 others"). One
 * video of 2,000 creators entered 1,000 times (limits of 1) gives 4,000 violations in a few
 * megabytes; listed whole, their messages were billions of names.
 */
final class EntryLimits {

  /** How many entries a violation's message lists; its {@code entryIds} has them all. */
  static final int LISTED = 10;
  /** How many collaborators a message names for an entry, and how many entries it describes. */
  static final int LISTED_OTHERS = 3;

  private final Contest contest;
  /** The name to show for each person, by key. */
  private final Map<String, String> shown = new LinkedHashMap<>();
  /** The people each entry counts for, by key, in the order of the entries. */
  private final Map<Entry, Set<String>> people = new LinkedHashMap<>();
  /** The entry ids of each list of entries over a limit, shared by the violations of that list. */
  private final Map<List<Entry>, List<String>> idLists = new HashMap<>();

  private EntryLimits(Contest contest) {
    this.contest = contest;
  }

  /**
   * Finds who each entry of a contest counts for.
   *
   * @param found  the videos entered that the catalogue has, by id
   */
  static EntryLimits of(Contest contest, Map<String, Video> found) {
    EntryLimits limits = new EntryLimits(contest);
    // The entries of one video share one set of its creators: a video of 2,000 creators entered
    // 1,000 times is one set of 2,000 people, not a thousand; the entrant is added by a view.
    Map<String, Set<String>> creatorsOf = new HashMap<>();
    for (Entry entry : contest.entries()) {
      String entrant = limits.person(entry.entrant());
      Video video = found.get(entry.videoId());
      Set<String> creators = Set.of();
      if (video != null && contest.collaborationsCountForEveryCreator()) {
        creators = creatorsOf.computeIfAbsent(entry.videoId(), id -> {
          Set<String> set = new LinkedHashSet<>();
          for (Creator creator : video.creators()) {
            set.add(limits.person(creator.name()));
          }
          return Collections.unmodifiableSet(set);
        });
      }
      limits.people.put(entry, creators.contains(entrant) ? creators
          : new WithOneMore(creators, entrant));
    }
    return limits;
  }
  /** Tells whether two names are of one person: equal, ignoring case and surrounding space. */
  static boolean samePerson(String name, String other) {
    return key(name).equals(key(other));
  }

  /** The violations: videos entered twice first, then each limit broken, person by person. */
  List<Violation> violations() {
    List<Violation> violations = new ArrayList<>();
    enteredTwice(violations);
    Map<String, List<Entry>> competition = new LinkedHashMap<>();
    Map<String, Map<Style, List<Entry>>> perStyle = new LinkedHashMap<>();
    Map<String, List<Entry>> exhibition = new LinkedHashMap<>();
    people.forEach((entry, keys) -> {
      for (String person : keys) {
        if (entry.exhibition()) {
          exhibition.computeIfAbsent(person, p -> new ArrayList<>()).add(entry);
        } else {
          competition.computeIfAbsent(person, p -> new ArrayList<>()).add(entry);
          perStyle.computeIfAbsent(person, p -> new LinkedHashMap<>())
              .computeIfAbsent(entry.style(), c -> new ArrayList<>()).add(entry);
        }
      }
    });
    perStyle.forEach((person, styles) -> styles.forEach((style, entered) ->
        over(contest.limitPerCategory(), Violation.Kind.CATEGORY_LIMIT, person, entered,
            style.name(), violations)));
    competition.forEach((person, entered) -> over(contest.limitPerEntrant(),
        Violation.Kind.ENTRANT_LIMIT, person, entered, "competition", violations));
    exhibition.forEach((person, entered) -> over(contest.exhibitionLimit(),
        Violation.Kind.EXHIBITION_LIMIT, person, entered, "exhibition", violations));
    return violations;
  }

  /** {@code v-009 is entered 2 times: e-1, e-4}. */
  private void enteredTwice(List<Violation> violations) {
    Map<String, List<Entry>> byVideo = new LinkedHashMap<>();
    for (Entry entry : contest.entries()) {
      byVideo.computeIfAbsent(entry.videoId(), id -> new ArrayList<>()).add(entry);
    }
    byVideo.forEach((videoId, entered) -> {
      if (entered.size() > 1) {
        List<String> ids = ids(entered);
        violations.add(Violation.of(Violation.Kind.VIDEO_ENTERED_TWICE, null, ids,
            videoId + " is entered " + entered.size() + " times: "
                + listed(ids, LISTED, "more")));
      }
    });
  }

  /**
   * Adds a violation if a person's entries of one kind are over a limit:
   * {@code SnowPaw has 2 Drama entries, limit 1: e-3, e-9 (e-9 is a collaboration with FoxFan)}.
   *
   * @param what  the kind of entries, as the message names them: a style, "competition"
   */
  private void over(OptionalInt limit, Violation.Kind kind, String person, List<Entry> entered,
      String what, List<Violation> violations) {
    if (limit.isEmpty() || entered.size() <= limit.getAsInt()) {
      return;
    }
    String name = shown.get(person);
    List<String> ids = idLists.computeIfAbsent(List.copyOf(entered), EntryLimits::ids);
    StringBuilder message = new StringBuilder(name).append(" has ").append(entered.size())
        .append(' ').append(what).append(entered.size() == 1 ? " entry" : " entries")
        .append(", limit ").append(limit.getAsInt()).append(": ")
        .append(listed(ids, LISTED, "more"));
    List<String> collaborations = new ArrayList<>();
    int collaborationCount = 0;
    for (Entry entry : entered) {
      Set<String> keys = people.get(entry);
      int others = keys.size() - (keys.contains(person) ? 1 : 0);
      if (others == 0) {
        continue;
      }
      if (++collaborationCount <= LISTED_OTHERS) {
        List<String> named = keys.stream().filter(key -> !key.equals(person))
            .limit(LISTED_OTHERS).map(shown::get).collect(Collectors.toList());
        collaborations.add(entry.id() + " is a collaboration with "
            + String.join(", ", named) + (others > named.size()
                ? String.format(Locale.ROOT, " and %,d others", others - named.size()) : ""));
      }
    }
    if (collaborationCount > LISTED_OTHERS) {
      collaborations.add(String.format(Locale.ROOT, "%,d more collaborations",
          collaborationCount - LISTED_OTHERS));
    }
    if (!collaborations.isEmpty()) {
      message.append(" (").append(String.join("; ", collaborations)).append(')');
    }
    violations.add(Violation.of(kind, name, ids, message.toString()));
  }

  /** The key of a person's name, remembering the name to show for it. */
  private String person(String name) {
    String key = key(name);
    shown.putIfAbsent(key, name);
    return key;
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  /** {@code e-1, e-2, e-3}, or the first {@code max} and {@code "… and 990 more"}. */
  private static String listed(List<String> items, int max, String rest) {
    if (items.size() <= max) {
      return String.join(", ", items);
    }
    return String.join(", ", items.subList(0, max))
        + String.format(Locale.ROOT, " … and %,d %s", items.size() - max, rest);
  }

  /** Immutable, so that {@code Violation.of} keeps it rather than copying it once a violation. */
  private static List<String> ids(List<Entry> entries) {
    return List.copyOf(entries.stream().map(Entry::id).collect(Collectors.toList()));
  }

  /** A set and one more element, without copying the set. */
  private static final class WithOneMore extends AbstractSet<String> {
    private final Set<String> set;
    private final String more;

    WithOneMore(Set<String> set, String more) {
      this.set = set;
      this.more = more;
    }

    @Override
    public boolean contains(Object o) {
      return more.equals(o) || set.contains(o);
    }

    @Override
    public int size() {
      return set.size() + 1;
    }

    @Override
    public Iterator<String> iterator() {
      return Stream.concat(set.stream(), Stream.of(more)).iterator();
    }
  }
}
