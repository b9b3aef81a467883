/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.importers.tracker;

import static org.amvkit.importers.ImportProblem.quote;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amvkit.core.Award;
import org.amvkit.core.Creator;
import org.amvkit.core.Genre;
import org.amvkit.core.Music;
import org.amvkit.core.MusicKind;
import org.amvkit.core.Source;
import org.amvkit.core.Style;
import org.amvkit.core.Video;
import org.amvkit.importers.sources.Resolution;
import org.amvkit.importers.sources.SourceResolver;
import org.amvkit.importers.sources.TitleNormalizer;
import org.amvkit.importers.sources.TitleTally;

/**
 * Makes a {@link Video} of a {@link TrackerEntry}: editors become creators, the footage titles
 * sources found by a {@link SourceResolver}, the song one {@link Music}, the group of tags named
 * like "Genres" styles, every tag a tag {@code group:tag}, each line of {@code awards_won} an
 * award. What a video of amv-core cannot hold is an {@link Unmappable} naming the column: the
 * caller reports it with the row, and the video is left out rather than guessed.
 */
final class VideoMapping {

  /** A year in an award's text, such as "Best Drama, Animash Summer 2011". */
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[89]\\d\\d|20\\d\\d)(?!\\d)");
  /** The names of a tag group whose tags are the video's styles, compared in lower case. */
  private static final List<String> STYLE_GROUPS = List.of("genres", "genre", "styles", "style");

  private final SourceResolver resolver;
  private final TitleTally tally;
  /** The sources made for titles no reference knows, by id: see {@link #unknownSource}. */
  private final Map<String, Source> unknownSources = new LinkedHashMap<>();

  /**
   * @param resolver  finds the source of each footage title
   * @param tally  counts each footage title by where it was found
   */
  VideoMapping(SourceResolver resolver, TitleTally tally) {
    this.resolver = resolver;
    this.tally = tally;
  }

  /**
   * Maps an entry.
   *
   * @throws Unmappable if the entry lacks what a video needs, or holds what it cannot
   */
  Video map(TrackerEntry entry) {
    String title = entry.title().orElseThrow(() -> new Unmappable(Column.VIDEO_TITLE,
        "not recorded, and a video needs a title"));
    if (entry.editors().isEmpty()) {
      throw new Unmappable(Column.PRIMARY_EDITOR_USERNAME,
          "not recorded, and a video needs an editor");
    }
    // What the row does not say stays not recorded: no length (NULL or 0), no footage, no song.
    Video.Builder video = Video.builder().id(entry.videoId()).title(title)
        .addAllCreators(creators(entry))
        .addAllSources(sources(entry))
        .sourcesRecorded(!entry.footage().isEmpty())
        .addAllMusic(music(entry))
        .musicRecorded(entry.hasSong())
        .published(entry.released())
        .addAllStyles(styles(entry))
        .addAllTags(tags(entry));
    awards(entry).ifPresent(video::awards);
    entry.length().ifPresent(video::duration);
    video.putAllLinks(entry.videoLinks()).putAllAttributes(attributes(entry));
    try {
      return video.build();
    } catch (IllegalArgumentException e) {
      throw new Unmappable(null, e.getMessage());
    }
  }

  /**
   * What the row holds that amv-core does not model, as text by AMV Tracker's column name, so that
   * a catalogue written out loses nothing the user entered.
   */
  static Map<String, String> attributes(TrackerEntry entry) {
    Map<String, String> attributes = new LinkedHashMap<>();
    if (!entry.editorPseudonyms().isEmpty()) {
      attributes.put("primary_editor_pseudonyms", String.join("; ", entry.editorPseudonyms()));
    }
    entry.studio().ifPresent(studio -> attributes.put("studio", studio));
    entry.starRating().ifPresent(rating -> attributes.put("star_rating", number(rating)));
    if (!entry.contests().isEmpty()) {
      attributes.put("contests_entered", String.join("; ", entry.contests()));
    }
    entry.description().ifPresent(text -> attributes.put("video_description", text));
    entry.myRating().ifPresent(rating -> attributes.put("my_rating", number(rating)));
    if (entry.notable()) {
      attributes.put("notable", "true");
    }
    if (entry.favourite()) {
      attributes.put("favorite", "true");
    }
    entry.comments().ifPresent(text -> attributes.put("comments", text));
    entry.localFile().ifPresent(file -> attributes.put("local_file", file));
    entry.editorLinks().forEach((site, url) -> {
      if (!site.equals("youtube")) {   // the YouTube channel is the creator's
        attributes.put("editor_" + site + "_url", url);
      }
    });
    entry.entered().ifPresent(date -> attributes.put("date_entered", date.toString()));
    entry.playCount().ifPresent(count -> attributes.put("play_count", Integer.toString(count)));
    entry.thumbnail().ifPresent(path -> attributes.put("vid_thumb_path", path));
    return attributes;
  }

  /** {@code 4.5}, and {@code 4} rather than {@code 4.0}. */
  private static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
        : Double.toString(value);
  }

  private static List<Creator> creators(TrackerEntry entry) {
    List<Creator> creators = new ArrayList<>();
    for (String editor : entry.editors()) {
      Creator.Builder creator = Creator.builder().name(editor);
      if (creators.isEmpty()) {
        // The editor's pages are the primary editor's: where the video's maker publishes.
        Optional.ofNullable(entry.editorLinks().get("youtube")).ifPresent(creator::channel);
      }
      creators.add(creator.build());
    }
    return creators;
  }

  /** The footage's sources, each once, in the order of their titles. */
  private List<Source> sources(TrackerEntry entry) {
    Map<String, Source> byId = new LinkedHashMap<>();
    List<String> footage = entry.footage();
    for (int i = 0; i < footage.size(); i++) {
      String title = footage.get(i);
      Resolution resolution = resolver.resolve(title);
      if (!resolution.isResolved() && i + 1 < footage.size()) {
        // The list is split at every ';', and some titles hold one ("Steins;Gate").
        Resolution joined = resolver.resolve(title + ";" + footage.get(i + 1));
        if (joined.isResolved()) {
          resolution = joined;
          i++;
        }
      }
      tally.add(resolution);
      Source source = resolution.source().orElseGet(() -> unknownSource(title));
      byId.putIfAbsent(source.id(), source);
    }
    return List.copyOf(byId.values());
  }

  /**
   * A title no reference knows: a source of that title whose medium is not recorded, so that the
   * rules that need the medium say UNKNOWN rather than guess. Its id is made from the title's
   * normal form, and the first spelling met is kept, so every video naming it, however spelt,
   * names one and the same source (a catalogue has one source an id); the tally lists it. Kept
   * per distinct title, as the tally is, not per video.
   */
  private Source unknownSource(String title) {
    String key = TitleNormalizer.normalize(title).replace(' ', '-');
    String id = key.isEmpty() ? "untitled-" + Integer.toHexString(title.strip().hashCode())
        : "unknown-" + key;
    return unknownSources.computeIfAbsent(id,
        made -> Source.builder().id(made).title(title.strip()).build());
  }

  /** One song, or none when neither its artist nor its title is recorded (then not recorded). */
  private static List<Music> music(TrackerEntry entry) {
    if (!entry.hasSong()) {
      return List.of();   // and musicRecorded(false)
    }
    String artist = entry.songArtist().orElseThrow(() -> new Unmappable(Column.SONG_ARTIST,
        "not recorded while the song's title is, and a song needs both"));
    String songTitle = entry.songTitle().orElseThrow(() -> new Unmappable(Column.SONG_TITLE,
        "not recorded while the song's artist is, and a song needs both"));
    Music.Builder music = Music.builder().artist(artist).title(songTitle).kind(MusicKind.SONG);
    if (entry.songGenre().isPresent()) {
      try {
        music.genre(Genre.parse(entry.songGenre().get()));
      } catch (IllegalArgumentException e) {
        throw new Unmappable(Column.SONG_GENRE, quote(entry.songGenre().get())
            + " is not a genre: " + e.getMessage());
      }
    }
    return List.of(music.build());
  }

  /** The well-known styles among the tags of a group named like "Genres". */
  private static List<Style> styles(TrackerEntry entry) {
    List<Style> styles = new ArrayList<>();
    entry.tags().forEach((group, tags) -> {
      if (STYLE_GROUPS.contains(group.strip().toLowerCase(Locale.ROOT))) {
        for (String tag : tags) {
          Style style = parseStyle(tag);
          if (style != null && style.isWellKnown() && !styles.contains(style)) {
            styles.add(style);
          }
        }
      }
    });
    return styles;
  }

  private static Style parseStyle(String tag) {
    try {
      return Style.parse(tag);
    } catch (IllegalArgumentException e) {
      return null;   // no letter or digit: not a style, and kept as a tag all the same
    }
  }

  /** Every tag of every group in use, as {@code group:tag}. */
  private static List<String> tags(TrackerEntry entry) {
    List<String> tags = new ArrayList<>();
    entry.tags().forEach((group, names) -> names.forEach(name -> tags.add(group + ":" + name)));
    return tags;
  }

  /**
   * One award a line, in the year its text names or else the year of release; not recorded when
   * the column is empty, since the program does not tell "none" from "not entered".
   */
  private static Optional<List<Award>> awards(TrackerEntry entry) {
    if (entry.awards().isEmpty()) {
      return Optional.empty();
    }
    List<Award> awards = new ArrayList<>();
    for (String line : entry.awards()) {
      Matcher year = YEAR.matcher(line);
      Year when = year.find() ? Year.parse(year.group(1))
          : entry.released().map(Year::from).orElseThrow(() -> new Unmappable(Column.AWARDS_WON,
              quote(line) + " names no year and the video's release date is not recorded, and an "
                  + "award needs a year"));
      awards.add(Award.of(line, when));
    }
    return Optional.of(awards);
  }

  /** What a video cannot hold, and the column it comes from (null for the row as a whole). */
  static final class Unmappable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @serial the column, or null. */
    private final Column column;

    Unmappable(Column column, String reason) {
      super(reason, null, false, false);
      this.column = column;
    }

    Optional<Column> column() {
      return Optional.ofNullable(column);
    }
  }
}
