/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.importers.tracker;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * One video of an AMV Tracker catalogue, as the user entered it: every column of the program's
 * row, typed. A value the program left empty (NULL, an empty text, a length of 0, a date marked
 * unknown) is empty here: not recorded, never a guess.
 *
 * <pre>{@code
 * TrackerEntry entry = entries.next();
 * entry.editors();     // [SnowPaw, FoxFan]: the primary editor, then the others of a collaboration
 * entry.footage();     // [Balto, The Lion King, Wolf's Rain]: titles only
 * entry.length();      // Optional[PT3M41S], or empty when not recorded
 * entry.tags();        // {Genres=[Drama, Sentimental], Footage=[Dogs]}: by the group's name
 * }</pre>
 *
 * <p>Lists joined with {@code "; "} in the file are split, and text given one item per line
 * (contests, awards) is split on its lines; each item is trimmed and empty items are dropped.
 * One-line text is trimmed; the description and comments are kept exactly as written.
 */
@Value.Immutable
public abstract class TrackerEntry {

  TrackerEntry() {}

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the row's key, {@code video_id}.
   *
   * @return the id, not null, not blank
   */
  public abstract String videoId();

  /**
   * Returns the video's title, {@code video_title}.
   *
   * @return the title, or empty if not recorded, not null
   */
  public abstract Optional<String> title();

  /**
   * Returns the video's editor (maker), {@code primary_editor_username}.
   *
   * @return the editor, or empty if not recorded, not null
   */
  public abstract Optional<String> primaryEditor();

  /**
   * Returns the primary editor's other names, {@code primary_editor_pseudonyms}.
   *
   * @return the names, in the order entered, not null
   */
  public abstract List<String> editorPseudonyms();

  /**
   * Returns the other editors of a collaboration, {@code addl_editors}.
   *
   * @return the editors, in the order entered, not null
   */
  public abstract List<String> additionalEditors();

  /**
   * Returns the editing studio or group the video was released under, {@code studio}.
   *
   * @return the studio, or empty if not recorded, not null
   */
  public abstract Optional<String> studio();

  /**
   * Returns the release date, {@code release_date}.
   *
   * @return the date, or empty when it is empty in the file or the user marked it unknown, not null
   */
  public abstract Optional<LocalDate> released();

  /**
   * Returns a site's star rating of the video, {@code star_rating}.
   *
   * @return the rating, or empty if not recorded, not null
   */
  public abstract OptionalDouble starRating();

  /**
   * Returns the titles of the films, series and games the video uses, {@code video_footage}.
   *
   * @return the titles, in the order entered, not null
   */
  public abstract List<String> footage();

  /**
   * Returns the song's artist, {@code song_artist}.
   *
   * @return the artist, or empty if not recorded, not null
   */
  public abstract Optional<String> songArtist();

  /**
   * Returns the song's title, {@code song_title}.
   *
   * @return the title, or empty if not recorded, not null
   */
  public abstract Optional<String> songTitle();

  /**
   * Returns the song's genre as the user wrote it, {@code song_genre}.
   *
   * @return the genre, such as {@code "J-Pop"}, or empty if not recorded, not null
   */
  public abstract Optional<String> songGenre();

  /**
   * Returns the video's length, {@code video_length}.
   *
   * @return the length in whole seconds, or empty when NULL or 0 in the file, not null
   */
  public abstract Optional<Duration> length();

  /**
   * Returns the contests the video was entered in, {@code contests_entered}, one per line.
   *
   * @return the contests, in the order entered, not null
   */
  public abstract List<String> contests();

  /**
   * Returns the awards the video won, {@code awards_won}, one per line, as the user wrote them.
   *
   * @return the awards, in the order entered, not null
   */
  public abstract List<String> awards();

  /**
   * Returns the video's description, {@code video_description}, as written.
   *
   * @return the description, or empty if not recorded, not null
   */
  public abstract Optional<String> description();

  /**
   * Returns the user's own rating, {@code my_rating} (0 to 10 in steps of 0.5 in the program).
   *
   * @return the rating, or empty if not recorded, not null
   */
  public abstract OptionalDouble myRating();

  /**
   * Tells whether the user marked the video notable, {@code notable}.
   *
   * @return true if marked; false if not, or not recorded
   */
  @Value.Default
  public boolean notable() {
    return false;
  }

  /**
   * Tells whether the video is one of the user's favourites, {@code favorite}.
   *
   * @return true if marked; false if not, or not recorded
   */
  @Value.Default
  public boolean favourite() {
    return false;
  }

  /**
   * Returns the video's tags, by the name of their group: the user's name for it (such as
   * {@code "Genres"}) when it is known, else the column's ({@code "tags_1"}). Only groups in use,
   * with at least one tag on this video, in the order of their columns.
   *
   * @return the tags of each group, in the order entered, not null
   */
  public abstract Map<String, List<String>> tags();

  /**
   * Returns the user's comments, {@code comments}, as written.
   *
   * @return the comments, or empty if not recorded, not null
   */
  public abstract Optional<String> comments();

  /**
   * Returns where the video is online, by site: {@code youtube}, {@code org}
   * (AnimeMusicVideos.org), {@code amvnews} and {@code other}, from the columns
   * {@code video_*_url}.
   *
   * @return the URLs recorded, in that order of sites, not null
   */
  public abstract Map<String, String> videoLinks();

  /**
   * Returns the primary editor's pages, by site as for {@link #videoLinks()}, from the columns
   * {@code editor_youtube_channel_url} and {@code editor_*_profile_url}.
   *
   * @return the URLs recorded, in that order of sites, not null
   */
  public abstract Map<String, String> editorLinks();

  /**
   * Returns the path of the user's own copy of the video, {@code local_file}.
   *
   * @return the path as written, or empty if not recorded, not null
   */
  public abstract Optional<String> localFile();

  /**
   * Returns the order of entry, {@code sequence}.
   *
   * @return the position, or empty if not recorded, not null
   */
  public abstract OptionalLong sequence();

  /**
   * Returns the day the user entered the video, {@code date_entered}.
   *
   * @return the date, or empty if not recorded, not null
   */
  public abstract Optional<LocalDate> entered();

  /**
   * Returns how often the user played the video, {@code play_count}.
   *
   * @return the count, or empty if not recorded, not null
   */
  public abstract OptionalInt playCount();

  /**
   * Returns the path of the video's thumbnail, {@code vid_thumb_path}.
   *
   * @return the path as written, or empty if not recorded, not null
   */
  public abstract Optional<String> thumbnail();

  /**
   * Returns the {@code sub_db} column as written.
   *
   * @return the text, or empty if not recorded, not null
   */
  public abstract Optional<String> subDb();

  /**
   * Returns the {@code video_source} column as written.
   *
   * @return the text, or empty if not recorded, not null
   */
  public abstract Optional<String> videoSource();

  /**
   * Returns every editor: the primary editor, if recorded, then the additional ones, without
   * repeating a name.
   *
   * @return the editors, not null
   */
  public List<String> editors() {
    List<String> editors = new ArrayList<>();
    primaryEditor().ifPresent(editors::add);
    for (String editor : additionalEditors()) {
      if (!editors.contains(editor)) {
        editors.add(editor);
      }
    }
    return List.copyOf(editors);
  }

  /**
   * Tells whether a song is recorded: its artist or its title.
   *
   * @return true if the artist or the title is recorded
   */
  public boolean hasSong() {
    return songArtist().isPresent() || songTitle().isPresent();
  }

  @Value.Check
  void check() {
    if (videoId().isBlank()) {
      throw new IllegalArgumentException("entry: videoId is blank");
    }
  }

  /** Builds a {@link TrackerEntry}; obtained from {@link TrackerEntry#builder()}. */
  public static final class Builder extends ImmutableTrackerEntry.Builder {
    Builder() {}
  }
}
