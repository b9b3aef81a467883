/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.importers.tracker;

import static org.amvkit.importers.tracker.TrackerFile.fullRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.amvkit.core.Award;
import org.amvkit.core.Creator;
import org.amvkit.core.Genre;
import org.amvkit.core.Music;
import org.amvkit.core.Source;
import org.amvkit.core.Style;
import org.amvkit.core.Video;
import org.amvkit.core.json.CatalogueReader;
import org.amvkit.core.json.CatalogueWriter;
import org.amvkit.importers.ImportException;
import org.amvkit.importers.ImportProblem;
import org.amvkit.importers.OnBadValue;
import org.amvkit.importers.sources.BundledReference;
import org.amvkit.importers.sources.Origin;
import org.amvkit.importers.sources.SourceResolver;
import org.amvkit.importers.sources.TitleTally;
import org.amvkit.importers.sources.TitleTally.TitleCount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An AMV Tracker entry becomes a video of amv-core, or a problem naming its row and column. */
class TrackerVideosTest {

  private static final SourceResolver BUNDLED = SourceResolver.builder().bundled().build();

  @TempDir
  Path dir;

  @SafeVarargs
  private Path file(Map<String, Object>... rows) {
    Path file = dir.resolve("my.db");
    try (TrackerFile tracker = TrackerFile.create(file)) {
      tracker.tagGroup(2, "Footage", true);
      for (Map<String, Object> row : rows) {
        tracker.insert("sub_db_0", row);
      }
    }
    return file;
  }

  private static Map<String, Object> row(String videoId, Object... columnsAndValues) {
    Map<String, Object> row = fullRow(videoId);
    for (int i = 0; i < columnsAndValues.length; i += 2) {
      row.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
    }
    return row;
  }

  /** What reading a file gave: the videos, and what was said about them. */
  private record Read(List<Video> videos, TitleTally titles, List<ImportProblem> skipped,
      Map<String, Long> keptAsAttributes) {}

  private static Read read(Path file, OnBadValue onBad) throws IOException {
    try (AmvTrackerDatabase database = AmvTrackerDatabase.open(file);
        TrackerVideos videos = TrackerVideos.of(database.entries("sub_db_0", onBad), BUNDLED)) {
      List<Video> read = new ArrayList<>();
      videos.forEachRemaining(read::add);
      return new Read(read, videos.titles(), videos.skipped(), videos.keptAsAttributes());
    }
  }

  @Test
  void a_row_as_the_program_writes_it_becomes_a_video_with_everything_a_video_holds()
      throws IOException {
    // given
    Path file = file(fullRow("aB3dE5fG7h"));

    // when
    Read read = read(file, OnBadValue.STOP);

    // then
    List<Source> bundled = BundledReference.sources();
    Video expected = Video.builder().id("aB3dE5fG7h").title("Run Free")
        .duration(Duration.ofSeconds(221))
        .addCreators(Creator.builder().name("SnowPaw").channel("https://www.youtube.com/@snowpaw")
            .build(), Creator.of("FoxFan"), Creator.of("Kitsune Kid"))
        .addSources(find(bundled, "balto"), find(bundled, "the-lion-king"),
            find(bundled, "wolfs-rain"))
        .addMusic(Music.builder().artist("Some Band").title("Run").genre(Genre.ROCK).build())
        .published(LocalDate.of(2011, 3, 2))
        .addStyles(Style.DRAMA, Style.ROMANCE)
        .addTags("Genres:Drama", "Genres:Sentimental", "Footage:Dogs")
        .awards(List.of(Award.of("Best Drama, Animash Summer 2011", Year.of(2011))))
        .build();
    assertThat(read.videos()).hasSize(1);
    Video actual = read.videos().get(0);
    // what amv-core models, compared whole; the rest kept as links and attributes, not lost
    assertThat(Video.builder().from(actual).links(Map.of()).attributes(Map.of()).build())
        .isEqualTo(expected);
    assertThat(actual.links()).containsEntry("youtube",
        "https://www.youtube.com/watch?v=abcdefghijk");
    assertThat(actual.attributes()).containsKeys("primary_editor_pseudonyms", "studio",
        "contests_entered", "video_description", "my_rating", "notable", "comments",
        "local_file", "date_entered", "play_count", "vid_thumb_path")
        .containsEntry("star_rating", "4.5")
        .containsEntry("primary_editor_pseudonyms", "Snow Paw; SP");
    assertThat(read.videos().get(0).isCollaboration()).isTrue();
    assertThat(read.titles().count(Origin.BUNDLED)).isEqualTo(3);
    assertThat(read.skipped()).isEmpty();
    assertThat(read.keptAsAttributes()).asString().isEqualTo("{primary_editor_pseudonyms=1,"
        + " studio=1, "
        + "star_rating=1, contests_entered=1, video_description=1, my_rating=1, notable=1, "
        + "comments=1, video_*_url=1, local_file=1, date_entered=1, play_count=1, "
        + "vid_thumb_path=1}");
  }

  @Test
  void what_the_program_left_empty_is_left_out_of_the_video() throws IOException {
    // given: no song, no date, no awards, no tags
    Path file = file(row("aB3dE5fG7h", "song_artist", "", "song_title", null, "release_date", "",
        "awards_won", null, "tags_1", null, "tags_2", "", "addl_editors", null));

    // when
    Video video = read(file, OnBadValue.STOP).videos().get(0);

    // then
    assertThat(video.music()).isEmpty();
    assertThat(video.published()).isEmpty();
    assertThat(video.awards()).isEmpty();
    assertThat(video.tags()).isEmpty();
    assertThat(video.styles()).isEmpty();
    assertThat(video.isCollaboration()).isFalse();
  }

  @Test
  void an_award_without_a_year_is_dated_by_the_release() throws IOException {
    // given
    Path file = file(row("aB3dE5fG7h", "awards_won", "Best Comedy\nJudges' pick 2012"));

    // when
    Video video = read(file, OnBadValue.STOP).videos().get(0);

    // then
    assertThat(video.awards()).contains(List.of(Award.of("Best Comedy", Year.of(2011)),
        Award.of("Judges' pick 2012", Year.of(2012))));
  }

  @Test
  void a_title_holding_a_semicolon_is_found_though_the_list_is_split_at_it() throws IOException {
    // given
    Path file = file(row("aB3dE5fG7h", "video_footage", "Steins;Gate; Balto"));

    // when
    Read read = read(file, OnBadValue.STOP);

    // then
    assertThat(read.videos().get(0).sources()).extracting(Source::id)
        .containsExactly("steins-gate", "balto");
    assertThat(read.titles().resolved()).isEqualTo(2);
  }

  @Test
  void what_a_row_does_not_record_stays_not_recorded_in_the_video() throws IOException {
    // given: no length (0 is how the program writes it), no footage, no song (issue 12)
    Path file = file(row("zY9xW8vU7t", "video_length", 0, "video_footage", "",
        "song_artist", null, "song_title", null, "song_genre", null));

    // when
    Video video = read(file, OnBadValue.STOP).videos().get(0);

    // then
    assertThat(video.duration()).isEmpty();
    assertThat(video.sourcesRecorded()).isFalse();
    assertThat(video.musicRecorded()).isFalse();
  }

  @Test
  void a_title_no_reference_knows_is_a_source_of_unknown_medium_one_per_title() throws IOException {
    // given
    Path file = file(row("a000000001", "video_footage", "Balto; My Own Short; my own short"),
        row("a000000002", "video_footage", "MY OWN SHORT"));

    // when
    Read read = read(file, OnBadValue.STOP);

    // then: one source however spelt, its medium not recorded; the tally lists the title
    assertThat(read.videos().get(0).sources()).extracting(Source::id)
        .containsExactly("balto", "unknown-my-own-short");
    Source unknown = read.videos().get(0).sources().get(1);
    assertThat(unknown.title()).isEqualTo("My Own Short");
    assertThat(unknown.medium()).isEmpty();
    assertThat(read.videos().get(1).sources()).containsExactly(unknown);
    assertThat(read.titles().unresolved()).containsExactly(new TitleCount("My Own Short", 3));
  }

  @Test
  void skipping_leaves_out_the_videos_that_cannot_be_made_and_lists_each() throws IOException {
    // given
    Path file = file(fullRow("a000000002"), row("a000000003", "video_title", " "),
        row("a000000004", "primary_editor_username", null, "addl_editors", null),
        row("a000000005", "song_artist", null),
        row("a000000006", "awards_won", "Best Comedy", "release_date", null));

    // when
    Read read = read(file, OnBadValue.SKIP);

    // then
    assertThat(read.videos()).extracting(Video::id).containsExactly("a000000002");
    String prefix = file + ": table sub_db_0, row ";
    assertThat(read.skipped()).map(ImportProblem::message).containsExactly(
        prefix + "\"a000000003\", column video_title: not recorded, and a video needs a title; "
            + "the video is left out",
        prefix + "\"a000000004\", column primary_editor_username: not recorded, and a video "
            + "needs an editor; the video is left out",
        prefix + "\"a000000005\", column song_artist: not recorded while the song's title is, "
            + "and a song needs both; the video is left out",
        prefix + "\"a000000006\", column awards_won: \"Best Comedy\" names no year and the "
            + "video's release date is not recorded, and an award needs a year; the video is "
            + "left out");
  }

  @Test
  void a_row_repeating_an_earlier_video_id_stops_reading_naming_both_rows() {
    // given: neither AMV Tracker's table nor its export keeps a video_id unique
    Path file = file(fullRow("a000000001"), fullRow("a000000002"), fullRow("a000000001"));

    // when, then
    assertThatThrownBy(() -> read(file, OnBadValue.STOP)).isInstanceOf(ImportException.class)
        .hasMessage(file + ": table sub_db_0, row \"a000000001\", column video_id: row #3 repeats"
            + " the video_id of row #1; the video is left out");
  }

  @Test
  void skipping_leaves_out_each_repeat_naming_the_row_of_the_first_across_rows_left_out()
      throws IOException {
    // given: rows 2 and 5 are left out, so rows and videos are numbered apart after them
    Path file = file(fullRow("a000000001"), row("a000000002", "video_title", " "),
        fullRow("a000000004"), fullRow("a000000005"), fullRow("a000000004"),
        fullRow("a000000001"), fullRow("a000000007"), fullRow("a000000005"),
        fullRow("a000000007"));

    // when
    Read read = read(file, OnBadValue.SKIP);

    // then
    assertThat(read.videos()).extracting(Video::id)
        .containsExactly("a000000001", "a000000004", "a000000005", "a000000007");
    String prefix = file + ": table sub_db_0, row ";
    assertThat(read.skipped()).map(ImportProblem::message).containsExactly(
        prefix + "\"a000000002\", column video_title: not recorded, and a video needs a title; "
            + "the video is left out",
        prefix + "\"a000000004\", column video_id: row #5 repeats the video_id of row #3; "
            + "the video is left out",
        prefix + "\"a000000001\", column video_id: row #6 repeats the video_id of row #1; "
            + "the video is left out",
        prefix + "\"a000000005\", column video_id: row #8 repeats the video_id of row #4; "
            + "the video is left out",
        prefix + "\"a000000007\", column video_id: row #9 repeats the video_id of row #7; "
            + "the video is left out");
  }

  @Test
  void imported_videos_written_as_a_catalogue_read_back_equal() throws IOException {
    // given
    Path file = file(fullRow("a000000001"),
        row("a000000002", "video_footage", "Lion King, The; Balto (1995)", "tags_1", "Action",
            "awards_won", null, "song_genre", "Eurobeat"));
    List<Video> videos = read(file, OnBadValue.STOP).videos();
    List<Source> used = videos.stream().flatMap(video -> video.sources().stream()).distinct()
        .toList();

    // when
    StringWriter json = new StringWriter();
    try (CatalogueWriter writer = CatalogueWriter.open(json)) {
      used.forEach(writer::write);
      videos.forEach(writer::write);
    }
    List<Video> readBack;
    try (CatalogueReader reader = CatalogueReader.open(new StringReader(json.toString()))) {
      readBack = reader.videos().toList();
    }

    // then
    assertThat(videos).hasSize(2);
    assertThat(readBack).isEqualTo(videos);
  }

  private static Source find(List<Source> sources, String id) {
    return sources.stream().filter(source -> source.id().equals(id)).findFirst().orElseThrow();
  }
}
