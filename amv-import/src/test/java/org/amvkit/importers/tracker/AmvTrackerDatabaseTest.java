/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.importers.tracker;

import static org.amvkit.importers.tracker.TrackerFile.emptyRow;
import static org.amvkit.importers.tracker.TrackerFile.fullRow;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.amvkit.importers.OnBadValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An AMV Tracker file is read row by row into entries that keep everything the user entered. */
class AmvTrackerDatabaseTest {

  @TempDir
  Path dir;

  /** The entry of {@link TrackerFile#fullRow}, tags named as in a file where two groups are used. */
  static TrackerEntry fullEntry(String videoId, Map<String, List<String>> tags) {
    return TrackerEntry.builder()
        .videoId(videoId)
        .title("Run Free")
        .primaryEditor("SnowPaw")
        .addEditorPseudonyms("Snow Paw", "SP")
        .addAdditionalEditors("FoxFan", "Kitsune Kid")
        .studio("Northern Lights")
        .released(LocalDate.of(2011, 3, 2))
        .starRating(4.5)
        .addFootage("Balto", "The Lion King", "Wolf's Rain")
        .songArtist("Some Band")
        .songTitle("Run")
        .songGenre("Rock")
        .length(Duration.ofSeconds(221))
        .addContests("Animash Summer 2011", "Otakon 2011")
        .addAwards("Best Drama, Animash Summer 2011")
        .description("For FoxFan's birthday.\nEnjoy!")
        .myRating(8.5)
        .notable(true)
        .favourite(false)
        .putAllTags(tags)
        .comments("  Great timing  ")
        .putVideoLinks("youtube", "https://www.youtube.com/watch?v=abcdefghijk")
        .putVideoLinks("other", "https://example.org/run-free")
        .putEditorLinks("youtube", "https://www.youtube.com/@snowpaw")
        .localFile("C:\\AMVs\\Run Free.mp4")
        .sequence(7)
        .entered(LocalDate.of(2020, 1, 15))
        .playCount(3)
        .thumbnail("thumbnails/aB3dE5fG7h.jpg")
        .subDb("sub_db_0")
        .videoSource("YouTube")
        .build();
  }

  private Path file(TrackerFile tracker) {
    tracker.close();
    return dir.resolve("my.db");
  }

  private TrackerFile tracker() {
    return TrackerFile.create(dir.resolve("my.db"));
  }

  private static List<TrackerEntry> readAll(Path file) throws IOException {
    try (AmvTrackerDatabase database = AmvTrackerDatabase.open(file);
        TrackerEntries entries = database.entries()) {
      return entries.stream().toList();
    }
  }

  @Test
  void a_row_written_as_the_program_writes_it_keeps_every_value() throws IOException {
    // given
    Path file = file(tracker().tagGroup(2, "Footage", true).insert("sub_db_0", fullRow("aB3dE5fG7h")));

    // when
    List<TrackerEntry> entries = readAll(file);

    // then
    assertThat(entries).containsExactly(fullEntry("aB3dE5fG7h",
        Map.of("Genres", List.of("Drama", "Sentimental"), "Footage", List.of("Dogs"))));
  }

  @Test
  void null_empty_and_zero_values_are_not_recorded() throws IOException {
    // given
    Map<String, Object> row = emptyRow("0000000001");
    row.put("video_title", "");
    row.put("video_length", 0);
    row.put("video_footage", " ; ");
    Path file = file(tracker().insert("sub_db_0", row));

    // when
    TrackerEntry entry = readAll(file).get(0);

    // then
    assertThat(entry).isEqualTo(TrackerEntry.builder().videoId("0000000001").build());
    assertThat(entry.title()).isEmpty();
    assertThat(entry.length()).isEmpty();
    assertThat(entry.released()).isEmpty();
    assertThat(entry.footage()).isEmpty();
    assertThat(entry.hasSong()).isFalse();
    assertThat(entry.editors()).isEmpty();
  }

  @Test
  void a_release_date_marked_unknown_is_not_recorded() throws IOException {
    // given
    Map<String, Object> row = fullRow("aB3dE5fG7h");
    row.put("release_date_unknown", 1);
    Path file = file(tracker().insert("sub_db_0", row));

    // when / then
    assertThat(readAll(file).get(0).released()).isEmpty();
  }

  @Test
  void the_primary_editor_and_the_additional_ones_are_the_editors() throws IOException {
    // given
    Map<String, Object> row = emptyRow("aB3dE5fG7h");
    row.put("primary_editor_username", "SnowPaw");
    row.put("addl_editors", "FoxFan;SnowPaw; Kitsune Kid;");
    Path file = file(tracker().insert("sub_db_0", row));

    // when
    TrackerEntry entry = readAll(file).get(0);

    // then
    assertThat(entry.additionalEditors()).containsExactly("FoxFan", "SnowPaw", "Kitsune Kid");
    assertThat(entry.editors()).containsExactly("SnowPaw", "FoxFan", "Kitsune Kid");
  }

  @Test
  void sub_databases_are_listed_by_the_names_the_user_gave_them() throws IOException {
    // given
    Path file = file(tracker().subDatabase("sub_db_10", "Contest entries")
        .subDatabase("sub_db_2", "Old favourites"));

    // when
    try (AmvTrackerDatabase database = AmvTrackerDatabase.open(file)) {
      // then
      assertThat(database.subDatabases()).containsExactly(
          new SubDatabase("sub_db_0", "Main database"),
          new SubDatabase("sub_db_2", "Old favourites"),
          new SubDatabase("sub_db_10", "Contest entries"));
      assertThat(database.subDatabases().get(0).isMain()).isTrue();
    }
  }

  @Test
  void a_sub_database_is_read_by_its_name_or_its_table() throws IOException {
    // given
    Path file = file(tracker().subDatabase("sub_db_1", "Old favourites")
        .insert("sub_db_0", emptyRow("main000001"))
        .insert("sub_db_1", emptyRow("old0000001"))
        .insert("sub_db_1", emptyRow("old0000002")));

    // when
    try (AmvTrackerDatabase database = AmvTrackerDatabase.open(file);
        TrackerEntries byName = database.entries("Old favourites", OnBadValue.STOP);
        TrackerEntries byTable = database.entries("sub_db_1", OnBadValue.STOP)) {
      // then
      assertThat(byName.stream().map(TrackerEntry::videoId))
          .containsExactly("old0000001", "old0000002");
      assertThat(byTable.stream().map(TrackerEntry::videoId))
          .containsExactly("old0000001", "old0000002");
    }
  }

  @Test
  void tags_are_grouped_by_the_names_of_the_groups_in_use_in_column_order() throws IOException {
    // given
    Map<String, Object> row = emptyRow("aB3dE5fG7h");
    row.put("tags_1", "Action");
    row.put("tags_2", "Wolves; Dogs");
    row.put("tags_3", "never shown");
    row.put("tags_5", "Balto");
    Path file = file(tracker().tagGroup(5, "Footage", true).tagGroup(2, "Animals", true)
        .tagGroup(3, "Retired", false).insert("sub_db_0", row));

    // when
    TrackerEntry entry = readAll(file).get(0);
    List<String> groups;
    try (AmvTrackerDatabase database = AmvTrackerDatabase.open(file)) {
      groups = database.tagGroups();
    }

    // then
    assertThat(groups).containsExactly("Genres", "Animals", "Footage");
    assertThat(entry.tags()).containsExactly(Map.entry("Genres", List.of("Action")),
        Map.entry("Animals", List.of("Wolves", "Dogs")), Map.entry("Footage", List.of("Balto")));
  }

  @Test
  void two_groups_of_one_name_keep_their_tags_apart() throws IOException {
    // given
    Map<String, Object> row = emptyRow("aB3dE5fG7h");
    row.put("tags_1", "Action");
    row.put("tags_4", "Drama");
    Path file = file(tracker().tagGroup(4, "Genres", true).insert("sub_db_0", row));

    // when / then
    assertThat(readAll(file).get(0).tags()).containsExactly(Map.entry("Genres", List.of("Action")),
        Map.entry("Genres (tags_4)", List.of("Drama")));
  }

  @Test
  void hostile_text_is_kept_exactly_as_written() throws IOException {
    // given
    String hostile = "Robert'); DROP TABLE sub_db_0;-- \"quoted\" \t tab \u202e\u0000 🐺 日本語";
    Map<String, Object> row = emptyRow("'\";--x\n");
    row.put("video_description", hostile + "\nsecond line");
    row.put("video_title", hostile);
    Path file = file(tracker().insert("sub_db_0", row));

    // when
    TrackerEntry entry = readAll(file).get(0);

    // then
    assertThat(entry.videoId()).isEqualTo("'\";--x");
    assertThat(entry.description()).contains(hostile + "\nsecond line");
    assertThat(entry.title()).contains(hostile.strip());
  }

  @Test
  void numbers_the_program_stored_as_text_are_read() throws IOException {
    // given
    Map<String, Object> row = emptyRow("aB3dE5fG7h");
    row.put("video_length", "221");
    row.put("my_rating", "7.5");
    row.put("play_count", " 12 ");
    row.put("favorite", "1");
    Path file = file(tracker().insert("sub_db_0", row));

    // when
    TrackerEntry entry = readAll(file).get(0);

    // then
    assertThat(entry.length()).contains(Duration.ofSeconds(221));
    assertThat(entry.myRating()).hasValue(7.5);
    assertThat(entry.playCount()).hasValue(12);
    assertThat(entry.favourite()).isTrue();
  }

  @Test
  void rows_are_read_lazily_one_at_a_time() throws IOException {
    // given: a bad value in the last of 1000 rows
    TrackerFile tracker = tracker();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      rows.add(emptyRow(String.format("row%07d", i)));
    }
    rows.get(999).put("video_length", "long");
    Path file = file(tracker.insertAll("sub_db_0", rows));

    // when
    try (AmvTrackerDatabase database = AmvTrackerDatabase.open(file);
        TrackerEntries entries = database.entries()) {
      TrackerEntry first = entries.next();

      // then: the first row is handed out before the bad one is read
      assertThat(first.videoId()).isEqualTo("row0000000");
      assertThat(entries.rowsRead()).isEqualTo(1);
      assertThat(entries.entriesRead()).isEqualTo(1);
    }
  }

  @Test
  void five_thousand_rows_are_read_to_the_end() throws IOException {
    // given
    TrackerFile tracker = tracker();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      rows.add(fullRow(String.format("row%07d", i)));
    }
    Path file = file(tracker.insertAll("sub_db_0", rows));

    // when
    long count;
    try (AmvTrackerDatabase database = AmvTrackerDatabase.open(file);
        TrackerEntries entries = database.entries()) {
      count = entries.stream().filter(entry -> entry.length().isPresent()).count();
    }

    // then
    assertThat(count).isEqualTo(5_000);
  }
}
