package org.amvkit.rules.contest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
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
 */
final class EntryLimits {

  private final Contest contest;
  /** The name to show for each person, by key. */
  private final Map<String, String> shown = new LinkedHashMap<>();
  /** The people each entry counts for, by key, in the order of the entries. */
  private final Map<Entry, Set<String>> people = new LinkedHashMap<>();

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
    for (Entry entry : contest.entries()) {
      Set<String> keys = new LinkedHashSet<>();
      Video video = found.get(entry.videoId());
      if (video != null && contest.collaborationsCountForEveryCreator()) {
        for (Creator creator : video.creators()) {
          keys.add(limits.person(creator.name()));
        }
      }
      keys.add(limits.person(entry.entrant()));
      limits.people.put(entry, keys);
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
        violations.add(Violation.of(Violation.Kind.VIDEO_ENTERED_TWICE, null, ids(entered),
            videoId + " is entered " + entered.size() + " times: "
                + String.join(", ", ids(entered))));
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
    StringBuilder message = new StringBuilder(name).append(" has ").append(entered.size())
        .append(' ').append(what).append(entered.size() == 1 ? " entry" : " entries")
        .append(", limit ").append(limit.getAsInt()).append(": ")
        .append(String.join(", ", ids(entered)));
    List<String> collaborations = new ArrayList<>();
    for (Entry entry : entered) {
      List<String> others = people.get(entry).stream().filter(key -> !key.equals(person))
          .map(shown::get).collect(Collectors.toList());
      if (!others.isEmpty()) {
        collaborations.add(entry.id() + " is a collaboration with " + String.join(", ", others));
      }
    }
    if (!collaborations.isEmpty()) {
      message.append(" (").append(String.join("; ", collaborations)).append(')');
    }
    violations.add(Violation.of(kind, name, ids(entered), message.toString()));
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

  private static List<String> ids(List<Entry> entries) {
    return entries.stream().map(Entry::id).collect(Collectors.toList());
  }
}
