/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.importers.tracker;

import static org.amvkit.importers.tracker.Column.ADDL_EDITORS;
import static org.amvkit.importers.tracker.Column.AWARDS_WON;
import static org.amvkit.importers.tracker.Column.COMMENTS;
import static org.amvkit.importers.tracker.Column.CONTESTS_ENTERED;
import static org.amvkit.importers.tracker.Column.DATE_ENTERED;
import static org.amvkit.importers.tracker.Column.FAVORITE;
import static org.amvkit.importers.tracker.Column.LOCAL_FILE;
import static org.amvkit.importers.tracker.Column.MY_RATING;
import static org.amvkit.importers.tracker.Column.NOTABLE;
import static org.amvkit.importers.tracker.Column.PLAY_COUNT;
import static org.amvkit.importers.tracker.Column.PRIMARY_EDITOR_PSEUDONYMS;
import static org.amvkit.importers.tracker.Column.PRIMARY_EDITOR_USERNAME;
import static org.amvkit.importers.tracker.Column.RELEASE_DATE;
import static org.amvkit.importers.tracker.Column.RELEASE_DATE_UNKNOWN;
import static org.amvkit.importers.tracker.Column.SEQUENCE;
import static org.amvkit.importers.tracker.Column.SONG_ARTIST;
import static org.amvkit.importers.tracker.Column.SONG_GENRE;
import static org.amvkit.importers.tracker.Column.SONG_TITLE;
import static org.amvkit.importers.tracker.Column.STAR_RATING;
import static org.amvkit.importers.tracker.Column.STUDIO;
import static org.amvkit.importers.tracker.Column.SUB_DB;
import static org.amvkit.importers.tracker.Column.VIDEO_DESCRIPTION;
import static org.amvkit.importers.tracker.Column.VIDEO_FOOTAGE;
import static org.amvkit.importers.tracker.Column.VIDEO_ID;
import static org.amvkit.importers.tracker.Column.VIDEO_LENGTH;
import static org.amvkit.importers.tracker.Column.VIDEO_SOURCE;
import static org.amvkit.importers.tracker.Column.VIDEO_TITLE;
import static org.amvkit.importers.tracker.Column.VID_THUMB_PATH;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.amvkit.importers.ImportException;
import org.amvkit.importers.ImportProblem;
import org.amvkit.importers.OnBadValue;

/**
 * Makes a {@link TrackerEntry} of a raw row, column by column. A value that cannot be read is
 * reported with its row and column: thrown, or kept in the list of skipped values and read as not
 * recorded, as {@link OnBadValue} says.
 */
final class EntryReader {

  /** The sites of the URL columns, in the order of the columns. */
  private static final List<String> SITES = List.of("youtube", "org", "amvnews", "other");
  private static final List<Column> VIDEO_LINKS = List.of(Column.VIDEO_YOUTUBE_URL,
      Column.VIDEO_ORG_URL, Column.VIDEO_AMVNEWS_URL, Column.VIDEO_OTHER_URL);
  private static final List<Column> EDITOR_LINKS = List.of(Column.EDITOR_YOUTUBE_CHANNEL_URL,
      Column.EDITOR_ORG_PROFILE_URL, Column.EDITOR_AMVNEWS_PROFILE_URL,
      Column.EDITOR_OTHER_PROFILE_URL);

  private final Map<Column, String> tagGroups;
  private final OnBadValue onBad;
  private final List<ImportProblem> skipped;
  private Rows rows;
  private long number;
  private String videoId;

  /**
   * @param tagGroups  the tag columns to read, in order, each with its group's name
   * @param onBad  what to do with a value that cannot be read
   * @param skipped  where skipped values are kept
   */
  EntryReader(Map<Column, String> tagGroups, OnBadValue onBad, List<ImportProblem> skipped) {
    this.tagGroups = tagGroups;
    this.onBad = onBad;
    this.skipped = skipped;
  }

  /**
   * Reads the current row.
   *
   * @param rows  the rows, on the row to read
   * @param number  the row's position among the rows read, counting from one
   * @return the entry, or null if the row has no id and is skipped (reported)
   * @throws ImportException if a value cannot be read and reading stops at one
   */
  TrackerEntry read(Rows rows, long number) {
    this.rows = rows;
    this.number = number;
    this.videoId = null;
    String id = value(VIDEO_ID, Values::line);
    if (id == null) {
      report(where().column(VIDEO_ID.sqlName()).because("the row has no video_id"));
      return null;
    }
    videoId = id;
    TrackerEntry.Builder entry = TrackerEntry.builder().videoId(id)
        .title(text(VIDEO_TITLE))
        .primaryEditor(text(PRIMARY_EDITOR_USERNAME))
        .editorPseudonyms(list(PRIMARY_EDITOR_PSEUDONYMS, Values::list))
        .additionalEditors(list(ADDL_EDITORS, Values::list))
        .studio(text(STUDIO))
        .footage(list(VIDEO_FOOTAGE, Values::list))
        .songArtist(text(SONG_ARTIST))
        .songTitle(text(SONG_TITLE))
        .songGenre(text(SONG_GENRE))
        .contests(list(CONTESTS_ENTERED, Values::lines))
        .awards(list(AWARDS_WON, Values::lines))
        .description(Optional.ofNullable(value(VIDEO_DESCRIPTION, Values::note)))
        .comments(Optional.ofNullable(value(COMMENTS, Values::note)))
        .localFile(text(LOCAL_FILE))
        .entered(Optional.ofNullable(value(DATE_ENTERED, Values::date)))
        .thumbnail(text(VID_THUMB_PATH))
        .subDb(text(SUB_DB))
        .videoSource(text(VIDEO_SOURCE))
        .notable(Boolean.TRUE.equals(value(NOTABLE, Values::flag)))
        .favourite(Boolean.TRUE.equals(value(FAVORITE, Values::flag)));
    readDates(entry);
    readNumbers(entry);
    readTags(entry);
    readLinks(VIDEO_LINKS, entry::putVideoLinks);
    readLinks(EDITOR_LINKS, entry::putEditorLinks);
    return entry.build();
  }

  private void readDates(TrackerEntry.Builder entry) {
    Boolean unknown = value(RELEASE_DATE_UNKNOWN, Values::flag);
    // A date the user marked unknown is not read: the program keeps the field but ignores it.
    if (!Boolean.TRUE.equals(unknown)) {
      entry.released(Optional.ofNullable(value(RELEASE_DATE, Values::date)));
    }
  }

  private void readNumbers(TrackerEntry.Builder entry) {
    Long seconds = value(VIDEO_LENGTH, Values::count);
    // The program stores 0 when no length was entered.
    if (seconds != null && seconds > 0) {
      entry.length(Duration.ofSeconds(seconds));
    }
    Double stars = value(STAR_RATING, Values::real);
    if (stars != null) {
      entry.starRating(stars);
    }
    Double mine = value(MY_RATING, Values::real);
    if (mine != null) {
      entry.myRating(mine);
    }
    Long sequence = value(SEQUENCE, Values::count);
    if (sequence != null) {
      entry.sequence(sequence);
    }
    Integer plays = value(PLAY_COUNT, Values::smallCount);
    if (plays != null) {
      entry.playCount(plays);
    }
  }

  private void readTags(TrackerEntry.Builder entry) {
    for (Map.Entry<Column, String> group : tagGroups.entrySet()) {
      List<String> tags = list(group.getKey(), Values::list);
      if (!tags.isEmpty()) {
        entry.putTags(group.getValue(), tags);
      }
    }
  }

  private void readLinks(List<Column> columns, BiConsumer<String, String> put) {
    for (int i = 0; i < columns.size(); i++) {
      String url = value(columns.get(i), Values::line);
      if (url != null) {
        put.accept(SITES.get(i), url);
      }
    }
  }

  private Optional<String> text(Column column) {
    return Optional.ofNullable(value(column, Values::line));
  }

  private List<String> list(Column column, Function<Object, List<String>> read) {
    List<String> items = value(column, read);
    return items == null ? List.of() : items;
  }

  /** Reads a value; one that cannot be read is reported and read as null. */
  private <T> T value(Column column, Function<Object, T> read) {
    Object raw = rows.get(column);
    try {
      return read.apply(raw);
    } catch (BadValue e) {
      report(where().column(column.sqlName()).because(e.getMessage()));
      return null;
    }
  }

  private ImportProblem.Builder where() {
    return rows.here().row(number, videoId);
  }

  /** Stops at a problem, or keeps it and reads on. */
  void report(ImportProblem problem) {
    switch (onBad) {
      case STOP -> throw new ImportException(problem);
      case SKIP -> skipped.add(problem);
    }
  }
}
