/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.importers.tracker;

import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Predicate;
import org.amvkit.core.Video;
import org.amvkit.core.json.RepeatedIds;
import org.amvkit.importers.ImportException;
import org.amvkit.importers.ImportProblem;
import org.amvkit.importers.OnBadValue;
import org.amvkit.importers.sources.SourceResolver;
import org.amvkit.importers.sources.TitleTally;

/**
 * The entries of an AMV Tracker sub-database or export as amvkit {@link Video}s, one at a time.
 *
 * <pre>{@code
 * SourceResolver resolver = SourceResolver.builder().bundled().build();
 * try (AmvTrackerDatabase database = AmvTrackerDatabase.open(Path.of("my_database.db"));
 *     TrackerVideos videos = TrackerVideos.of(database.entries(), resolver)) {
 *   videos.forEachRemaining(video -> System.out.println(video.title()));
 *   videos.titles().unresolved();   // footage titles no source matched, with their counts
 * }
 * }</pre>
 *
 * <p>The mapping: the primary editor and the additional ones are the creators (a collaboration
 * when there are several; the primary editor's YouTube channel is the first creator's channel); {@code
 * release_date} is the publication date; {@code video_length} the duration; the song one
 * {@link org.amvkit.core.Music} of kind song, its genre parsed; each footage title the source the
 * resolver finds; the well-known styles among the tags of a group named "Genres" (or "Styles")
 * the styles, and every tag of every group in use a tag {@code group:tag}; each line of {@code
 * awards_won} an award, in the year its text names or else the year of release.
 *
 * <p>An entry that a video cannot hold is reported like a value that cannot be read, with its row
 * and column, and the video is left out ({@link OnBadValue#SKIP}) or reading stops: a title or an
 * editor not recorded. What amv-core does not model is kept in the video's
 * {@linkplain Video#links() links} (the {@code video_*_url} columns) and
 * {@linkplain Video#attributes() attributes} (ratings, notes, the local file and the rest, by
 * column name), so that nothing the user entered is lost; {@link #keptAsAttributes()} counts
 * them.
 *
 * <p>Neither the program nor its export keeps two rows from sharing a {@code video_id}, but a
 * catalogue cannot hold both: a row whose id an earlier row's video has is reported like an entry
 * that cannot be a video, naming both rows ({@code row #523 repeats the video_id of row #17}).
 * The ids are remembered as fingerprints ({@link RepeatedIds}, about 16 bytes a video), so two
 * distinct ids are taken for one with a probability below {@code n * n / 2^65} for {@code n}
 * videos. Not thread-safe.
 */
public final class TrackerVideos implements Iterator<Video>, AutoCloseable {

  /** What an entry may hold that a video keeps as links and attributes, by column. */
  private static final Map<String, Predicate<TrackerEntry>> KEPT = keptColumns();

  private final TrackerEntries entries;
  private final VideoMapping mapping;
  private final TitleTally titles = new TitleTally();
  private final Map<String, Long> kept = new LinkedHashMap<>();
  private Video next;
  /** The ids of the videos handed out, numbered in order. */
  private final RepeatedIds ids = RepeatedIds.create();
  /**
   * The rows of the videos, by their numbers in {@link #ids}: a pair (number, row) wherever a
   * video's row is not the one after the previous video's, which only rows left out make (a video
   * without such a pair is on the row after the pair before it). Empty when every row is a video.
   */
  private long[] rowRuns = new long[0];
  private int rowRunCount;
  private long lastRow;

  private TrackerVideos(TrackerEntries entries, SourceResolver resolver) {
    this.entries = entries;
    this.mapping = new VideoMapping(resolver, titles);
  }

  /**
   * Maps entries to videos; closing the videos closes the entries.
   *
   * @param entries  the entries, not yet read, not null
   * @param resolver  finds the source each footage title names, not null
   * @return the videos, not null
   */
  public static TrackerVideos of(TrackerEntries entries, SourceResolver resolver) {
    return new TrackerVideos(Objects.requireNonNull(entries, "entries"),
        Objects.requireNonNull(resolver, "resolver"));
  }

  /**
   * Tells whether there is another video, reading entries until one makes a video.
   *
   * @return true if {@link #next()} will return a video
   * @throws ImportException if a value cannot be read or an entry cannot be a video, and reading
   *     stops at one
   * @throws IllegalStateException if the videos are closed, or reading failed earlier
   */
  @Override
  public boolean hasNext() {
    while (next == null && entries.hasNext()) {
      TrackerEntry entry = entries.next();
      Video video;
      try {
        video = mapping.map(entry);
      } catch (VideoMapping.Unmappable e) {
        entries.reportLast(entry, e.column().map(Column::sqlName).orElse(null),
            e.getMessage() + "; the video is left out");
        continue;
      }
      long row = entries.rowsRead();
      int earlier = ids.add(video.id());
      if (earlier >= 0) {
        entries.reportLast(entry, Column.VIDEO_ID.sqlName(), "row #" + row
            + " repeats the video_id of row #" + rowOf(earlier) + "; the video is left out");
        continue;
      }
      noteRow(ids.size() - 1, row);
      next = video;
      count(entry);
    }
    return next != null;
  }

  /**
   * Returns the next video.
   *
   * @return the video, not null
   * @throws NoSuchElementException if there are no more videos
   * @throws ImportException if a value cannot be read or an entry cannot be a video, and reading
   *     stops at one
   */
  @Override
  public Video next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more videos");
    }
    Video video = next;
    next = null;
    return video;
  }

  /**
   * Returns the footage titles met so far, counted by where their source was found, and those no
   * source matched.
   *
   * @return the tally, read live, not null
   */
  public TitleTally titles() {
    return titles;
  }

  /**
   * Returns the values and the rows skipped so far: values that could not be read, and entries
   * that could not be videos. Empty when reading stops at the first ({@link OnBadValue#STOP}).
   *
   * @return the problems, in the order found, not null
   */
  public List<ImportProblem> skipped() {
    return entries.skipped();
  }

  /**
   * Returns how many rows were read so far, those skipped included.
   *
   * @return the number of rows, not negative
   */
  public long rowsRead() {
    return entries.rowsRead();
  }

  /**
   * Returns what the videos handed out so far keep as links and attributes rather than modelled
   * facts: for each column (or group of columns, such as {@code video_*_url}), how many entries
   * had a value there.
   *
   * @return the counts, by column, only those above zero, in the order of the columns, not null
   */
  public Map<String, Long> keptAsAttributes() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(kept));
  }

  /** Notes the row of the video with a number, where it is not the one after the last. */
  private void noteRow(int number, long row) {
    if (row != lastRow + 1) {
      if (2 * rowRunCount == rowRuns.length) {
        rowRuns = Arrays.copyOf(rowRuns, Math.max(8, rowRuns.length * 2));
      }
      rowRuns[2 * rowRunCount] = number;
      rowRuns[2 * rowRunCount + 1] = row;
      rowRunCount++;
    }
    lastRow = row;
  }

  /** The row of the video with a number. */
  private long rowOf(int number) {
    int low = 0;
    int high = rowRunCount - 1;
    int run = -1;   // the last pair whose number is at most the video's
    while (low <= high) {
      int middle = (low + high) >>> 1;
      if (rowRuns[2 * middle] <= number) {
        run = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return run < 0 ? number + 1L : rowRuns[2 * run + 1] + (number - rowRuns[2 * run]);
  }

  private void count(TrackerEntry entry) {
    KEPT.forEach((column, has) -> {
      if (has.test(entry)) {
        kept.merge(column, 1L, Long::sum);
      }
    });
  }

  private static Map<String, Predicate<TrackerEntry>> keptColumns() {
    Map<String, Predicate<TrackerEntry>> columns = new LinkedHashMap<>();
    columns.put("primary_editor_pseudonyms", entry -> !entry.editorPseudonyms().isEmpty());
    columns.put("studio", entry -> entry.studio().isPresent());
    columns.put("star_rating", entry -> entry.starRating().isPresent());
    columns.put("contests_entered", entry -> !entry.contests().isEmpty());
    columns.put("video_description", entry -> entry.description().isPresent());
    columns.put("my_rating", entry -> entry.myRating().isPresent());
    columns.put("notable", TrackerEntry::notable);
    columns.put("favorite", TrackerEntry::favourite);
    columns.put("comments", entry -> entry.comments().isPresent());
    columns.put("video_*_url", entry -> !entry.videoLinks().isEmpty());
    columns.put("local_file", entry -> entry.localFile().isPresent());
    // The YouTube channel is the creator's; the other pages are attributes.
    columns.put("editor_*_url", entry -> entry.editorLinks().keySet().stream()
        .anyMatch(site -> !site.equals("youtube")));
    columns.put("date_entered", entry -> entry.entered().isPresent());
    columns.put("play_count", entry -> entry.playCount().isPresent());
    columns.put("vid_thumb_path", entry -> entry.thumbnail().isPresent());
    return columns;
  }

  /** Closes the entries. Closing twice has no effect. */
  @Override
  public void close() {
    next = null;
    entries.close();
  }
}
