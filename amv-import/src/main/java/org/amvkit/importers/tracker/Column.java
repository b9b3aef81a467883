/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.importers.tracker;

/**
 * The columns of a sub-database table of AMV Tracker, in the order the program creates them and
 * writes them to its export, each with the kind of value the program writes there.
 */
enum Column {
  VIDEO_ID(Kind.ID),
  PRIMARY_EDITOR_USERNAME(Kind.TEXT),
  PRIMARY_EDITOR_PSEUDONYMS(Kind.LIST),
  ADDL_EDITORS(Kind.LIST),
  STUDIO(Kind.TEXT),
  VIDEO_TITLE(Kind.TEXT),
  RELEASE_DATE(Kind.DATE),
  RELEASE_DATE_UNKNOWN(Kind.FLAG),
  STAR_RATING(Kind.REAL),
  VIDEO_FOOTAGE(Kind.LIST),
  SONG_ARTIST(Kind.TEXT),
  SONG_TITLE(Kind.TEXT),
  SONG_GENRE(Kind.TEXT),
  VIDEO_LENGTH(Kind.SECONDS),
  CONTESTS_ENTERED(Kind.LINES),
  AWARDS_WON(Kind.LINES),
  VIDEO_DESCRIPTION(Kind.NOTE),
  MY_RATING(Kind.REAL),
  NOTABLE(Kind.FLAG),
  FAVORITE(Kind.FLAG),
  TAGS_1(Kind.LIST),
  TAGS_2(Kind.LIST),
  TAGS_3(Kind.LIST),
  TAGS_4(Kind.LIST),
  TAGS_5(Kind.LIST),
  TAGS_6(Kind.LIST),
  COMMENTS(Kind.NOTE),
  VIDEO_YOUTUBE_URL(Kind.TEXT),
  VIDEO_ORG_URL(Kind.TEXT),
  VIDEO_AMVNEWS_URL(Kind.TEXT),
  VIDEO_OTHER_URL(Kind.TEXT),
  LOCAL_FILE(Kind.TEXT),
  EDITOR_YOUTUBE_CHANNEL_URL(Kind.TEXT),
  EDITOR_ORG_PROFILE_URL(Kind.TEXT),
  EDITOR_AMVNEWS_PROFILE_URL(Kind.TEXT),
  EDITOR_OTHER_PROFILE_URL(Kind.TEXT),
  SEQUENCE(Kind.INTEGER),
  DATE_ENTERED(Kind.DATE),
  PLAY_COUNT(Kind.INTEGER),
  VID_THUMB_PATH(Kind.TEXT),
  SUB_DB(Kind.TEXT),
  VIDEO_SOURCE(Kind.TEXT);

  /** The tag groups' columns, {@code tags_1} to {@code tags_6}. */
  static final Column[] TAGS = {TAGS_1, TAGS_2, TAGS_3, TAGS_4, TAGS_5, TAGS_6};

  /** What the program writes in a column. */
  enum Kind {
    /** The row's key: text (ten characters from {@code 0-9A-Za-z}). */
    ID,
    /** Text on one line: a name, a title, a path or a URL. */
    TEXT,
    /** Text the user writes freely, kept as written. */
    NOTE,
    /** Names joined with {@code "; "}. */
    LIST,
    /** Free text, one item per line. */
    LINES,
    /** A date as {@code YYYY/MM/DD}. */
    DATE,
    /** 0 or 1. */
    FLAG,
    /** A number, possibly with a fraction. */
    REAL,
    /** A whole number that is not negative. */
    INTEGER,
    /** A length in whole seconds; 0 means not entered. */
    SECONDS
  }

  private final Kind kind;
  private final String sqlName;

  Column(Kind kind) {
    this.kind = kind;
    this.sqlName = name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The column's name in the table and in the export's header, such as {@code video_length}. */
  String sqlName() {
    return sqlName;
  }

  /** What the program writes in it. */
  Kind kind() {
    return kind;
  }
}
