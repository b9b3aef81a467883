/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import static org.amvkit.core.json.Documents.BALTO;
import static org.amvkit.core.json.Documents.BOLT;
import static org.amvkit.core.json.Documents.bytes;
import static org.amvkit.core.json.Documents.catalogue;
import static org.amvkit.core.json.Documents.readAll;
import static org.amvkit.core.json.Documents.sources;
import static org.amvkit.core.json.Documents.video;
import static org.amvkit.core.json.Documents.videosThen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.amvkit.core.Problem;
import org.junit.jupiter.api.Test;

/** Every way a document can be wrong is reported with its JSON path and what was expected. */
class CatalogueReaderErrorsTest {

  @Test
  void a_negative_duration_is_not_a_valid_duration() {
    // given
    String json = catalogue(sources(BALTO), videosThen(3, """
        {"id": "v-3", "title": "T", "duration": "PT1M", "creators": [{"name": "A"}],
         "clips": [{"source": "balto", "start": "PT0S", "end": "PT-5S"}]}"""));

    // when
    CatalogueFormatException e = catchThrowableOfType(CatalogueFormatException.class,
        () -> readAll(json));

    // then
    assertThat(e).hasMessage("videos[3].clips[0].end: \"PT-5S\" is not a valid duration");
    assertThat(e.path()).isEqualTo("videos[3].clips[0].end");
    assertThat(e.line()).isEqualTo(9);
  }

  @Test
  void a_duration_that_is_not_iso_8601_is_not_a_valid_duration() {
    String json = catalogue(sources(BALTO), """
        {"id": "v-0", "title": "T", "duration": "3:41", "creators": [{"name": "A"}]}""");

    assertThatThrownBy(() -> readAll(json)).isInstanceOf(CatalogueFormatException.class)
        .hasMessage("videos[0].duration: \"3:41\" is not a valid duration");
  }

  @Test
  void a_video_using_a_source_the_catalogue_lacks_names_the_unknown_source() {
    // given
    String json = catalogue(sources(BALTO, BOLT), videosThen(7, """
        {"id": "v-7", "title": "T", "duration": "PT1M", "creators": [{"name": "A"}],
         "sources": ["balto", "bolt2"]}"""));

    // when, then
    assertThatThrownBy(() -> readAll(json)).isInstanceOf(CatalogueFormatException.class)
        .hasMessage("videos[7].sources[1]: unknown source \"bolt2\"");
  }

  @Test
  void a_clip_from_a_source_the_catalogue_lacks_names_the_unknown_source() {
    String json = catalogue(sources(BALTO), """
        {"id": "v-0", "title": "T", "duration": "PT1M", "creators": [{"name": "A"}],
         "clips": [{"source": "bolt", "start": "PT0S", "end": "PT5S"}]}""");

    assertThatThrownBy(() -> readAll(json)).isInstanceOf(CatalogueFormatException.class)
        .hasMessage("videos[0].clips[0].source: unknown source \"bolt\"");
  }

  @Test
  void a_quote_inside_a_quoted_value_is_escaped_as_json_writes_it() {
    String json = catalogue(sources(BALTO), """
        {"id": "v-0", "title": "T", "duration": "PT1M", "creators": [{"name": "A"}],
         "sources": ["bolt \\"2\\""]}""");

    assertThatThrownBy(() -> readAll(json)).isInstanceOf(CatalogueFormatException.class)
        .hasMessage("videos[0].sources[0]: unknown source \"bolt \\\"2\\\"\"");
  }

  @Test
  void a_medium_that_is_not_one_of_the_media_lists_those_allowed() {
    // given
    String json = catalogue(sources(BALTO, BOLT, """
        {"id": "tom", "title": "Tom and Jerry", "medium": "cartoon"}"""));

    // when, then
    assertThatThrownBy(() -> readAll(json)).isInstanceOf(CatalogueFormatException.class)
        .hasMessage("sources[2].medium: \"cartoon\" is not one of anime, animation, live-action,"
            + " video-game, other");
  }

  @Test
  void a_video_without_a_title_is_missing_its_title() {
    String json = catalogue(sources(BALTO), """
        {"id": "v-0", "duration": "PT1M", "creators": [{"name": "A"}]}""");

    assertThatThrownBy(() -> readAll(json)).isInstanceOf(CatalogueFormatException.class)
        .hasMessage("videos[0].title: missing");
  }

  @Test
  void a_null_title_is_a_missing_title() {
    String json = catalogue(sources(BALTO), """
        {"id": "v-0", "title": null, "duration": "PT1M", "creators": [{"name": "A"}]}""");

    assertThatThrownBy(() -> readAll(json)).isInstanceOf(CatalogueFormatException.class)
        .hasMessage("videos[0].title: missing");
  }

  @Test
  void another_format_is_not_supported() {
    String json = """
        {"format": "amv-catalogue/2", "sources": [], "videos": []}""";

    assertThatThrownBy(() -> readAll(json)).isInstanceOf(CatalogueFormatException.class)
        .hasMessage("format: \"amv-catalogue/2\" is not supported (expected amv-catalogue/1)");
  }

  @Test
  void a_document_without_a_format_is_missing_it() {
    String json = """
        {"sources": [], "videos": []}""";

    assertThatThrownBy(() -> readAll(json)).isInstanceOf(CatalogueFormatException.class)
        .hasMessage("format: missing (it must come before \"sources\" and \"videos\")");
  }

  @Test
  void a_document_without_sources_is_missing_them() {
    assertThatThrownBy(() -> readAll("{\"format\": \"amv-catalogue/1\"}"))
        .isInstanceOf(CatalogueFormatException.class)
        .hasMessage("sources: missing");
  }

  @Test
  void videos_before_sources_are_an_error_naming_the_videos() {
    // given
    String json = """
        {"format": "amv-catalogue/1",
         "videos": [],
         "sources": []}""";

    // when
    CatalogueFormatException e = catchThrowableOfType(CatalogueFormatException.class,
        () -> readAll(json));

    // then
    assertThat(e).hasMessage("videos: found before \"sources\" (amv-catalogue/1 lists the sources"
        + " first, so that videos can be read one by one)");
    assertThat(e.line()).isEqualTo(2);
  }

  @Test
  void a_truncated_document_ends_unexpectedly_at_a_line_and_column() {
    // given
    String json = catalogue(sources(BALTO), video("v-0"), video("v-1"));
    String truncated = json.substring(0, json.indexOf("v-1") + 20);

    // when
    CatalogueFormatException e = catchThrowableOfType(CatalogueFormatException.class,
        () -> readAll(truncated));

    // then
    assertThat(e).hasMessage("line 6, column 29: unexpected end of input");
    assertThat(e.path()).isEmpty();
    assertThat(e.line()).isEqualTo(6);
    assertThat(e.column()).isEqualTo(29);
  }

  @Test
  void an_empty_document_ends_unexpectedly() {
    assertThatThrownBy(() -> readAll("")).isInstanceOf(CatalogueFormatException.class)
        .hasMessage("line 1, column 1: unexpected end of input");
  }

  @Test
  void malformed_json_is_reported_at_its_line_and_column() {
    // given: a comma missing after the title
    String json = catalogue(sources(BALTO), """
        {"id": "v-0", "title": "T"
         "duration": "PT1M", "creators": [{"name": "A"}]}""");

    // when, then
    assertThatThrownBy(() -> readAll(json)).isInstanceOf(CatalogueFormatException.class)
        .hasMessage("line 6, column 2: unexpected character ('\"' (code 34)): was expecting comma"
            + " to separate Object entries");
  }

  @Test
  void a_bracket_closed_by_the_wrong_marker_says_where_it_was_opened_in_the_same_words() {
    assertThatThrownBy(() -> readAll("{\"format\": \"amv-catalogue/1\", \"sources\": [}"))
        .isInstanceOf(CatalogueFormatException.class)
        .hasMessage("line 1, column 43: unexpected close marker '}': expected ']' (for Array"
            + " starting at line 1, column 42)");
  }

  @Test
  void a_document_that_is_not_an_object_is_reported_at_its_start() {
    assertThatThrownBy(() -> readAll("[]")).isInstanceOf(CatalogueFormatException.class)
        .hasMessage("line 1, column 1: expected an object but found an array");
  }

  @Test
  void content_after_the_catalogue_is_an_error() {
    String json = catalogue(sources(BALTO)) + "{}";

    assertThatThrownBy(() -> readAll(json)).isInstanceOf(CatalogueFormatException.class)
        .hasMessage("line 7, column 1: unexpected content after the catalogue");
  }

  @Test
  void a_field_given_twice_is_an_error() {
    String json = catalogue(sources(BALTO), """
        {"id": "v-0", "title": "T", "title": "U", "duration": "PT1M", "creators": [{"name": "A"}]}""");

    assertThatThrownBy(() -> readAll(json)).isInstanceOf(CatalogueFormatException.class)
        .hasMessage("line 5, column 36: duplicate field 'title'");
  }

  @Test
  void a_value_of_the_wrong_kind_says_what_was_expected() {
    String json = catalogue(sources(BALTO), """
        {"id": "v-0", "title": "T", "duration": "PT1M", "creators": [{"name": "A"}],
         "clips": "balto"}""");

    assertThatThrownBy(() -> readAll(json)).isInstanceOf(CatalogueFormatException.class)
        .hasMessage("videos[0].clips: expected an array but found a string");
  }

  @Test
  void a_null_in_an_array_is_of_the_wrong_kind() {
    String json = catalogue(sources(BALTO), """
        {"id": "v-0", "title": "T", "duration": "PT1M", "creators": [{"name": "A"}],
         "tags": ["fluff", null]}""");

    assertThatThrownBy(() -> readAll(json)).isInstanceOf(CatalogueFormatException.class)
        .hasMessage("videos[0].tags[1]: expected a string but found null");
  }

  @Test
  void a_year_that_is_not_a_number_says_what_was_expected() {
    String json = catalogue(sources("""
        {"id": "balto", "title": "Balto", "medium": "animation", "year": "1995"}"""));

    assertThatThrownBy(() -> readAll(json)).isInstanceOf(CatalogueFormatException.class)
        .hasMessage("sources[0].year: expected a year but found a string");
  }

  @Test
  void a_clip_ending_after_the_video_is_reported_with_the_full_path() {
    // given: the video's own check finds the problem, relative to the video
    String json = catalogue(sources(BALTO), videosThen(3, """
        {"id": "v-7", "title": "T", "duration": "PT3M41S", "creators": [{"name": "A"}],
         "clips": [{"source": "balto", "start": "PT0S", "end": "PT5S"},
                   {"source": "balto", "start": "PT5S", "end": "PT4M10S"}]}"""));

    // when
    CatalogueFormatException e = catchThrowableOfType(CatalogueFormatException.class,
        () -> readAll(json));

    // then
    assertThat(e).hasMessage("videos[3].clips[1].end: video v-7: clip 2 ends at PT4M10S, after"
        + " the video's duration PT3M41S");
    assertThat(e.problems()).extracting(Problem::field).containsExactly("videos[3].clips[1].end");
  }

  @Test
  void a_clip_ending_before_it_starts_is_reported_with_the_full_path() {
    String json = catalogue(sources(BALTO), """
        {"id": "v-0", "title": "T", "duration": "PT1M", "creators": [{"name": "A"}],
         "clips": [{"source": "balto", "start": "PT7S", "end": "PT5S"}]}""");

    assertThatThrownBy(() -> readAll(json)).isInstanceOf(CatalogueFormatException.class)
        .hasMessage("videos[0].clips[0].end: clip end PT5S is before start PT7S");
  }

  @Test
  void music_ending_after_the_video_is_reported_at_its_end() {
    String json = catalogue(sources(BALTO), """
        {"id": "v-0", "title": "T", "duration": "PT1M", "creators": [{"name": "A"}],
         "music": [{"title": "Run", "artist": "B", "start": "PT0S", "end": "PT2M"}]}""");

    assertThatThrownBy(() -> readAll(json)).isInstanceOf(CatalogueFormatException.class)
        .hasMessage("videos[0].music[0].end: video v-0: music 1 ends at PT2M, after the video's"
            + " duration PT1M");
  }

  @Test
  void music_with_a_start_but_no_end_is_missing_its_end() {
    String json = catalogue(sources(BALTO), """
        {"id": "v-0", "title": "T", "duration": "PT1M", "creators": [{"name": "A"}],
         "music": [{"title": "Run", "artist": "B", "start": "PT10S"}]}""");

    assertThatThrownBy(() -> readAll(json)).isInstanceOf(CatalogueFormatException.class)
        .hasMessage("videos[0].music[0].end: missing (a music position needs both start and end)");
  }

  @Test
  void every_problem_of_one_video_is_reported_at_once() {
    // given
    String json = catalogue(sources(BALTO), """
        {"id": "v-0", "duration": "PT-1M", "creators": [{"name": "A", "country": "XX"}],
         "software": [""], "dedication": {"occasion": "wedding"}}""");

    // when
    CatalogueFormatException e = catchThrowableOfType(CatalogueFormatException.class,
        () -> readAll(json));

    // then
    assertThat(e.problems()).extracting(Problem::toString).containsExactly(
        "videos[0].duration: \"PT-1M\" is not a valid duration",
        "videos[0].creators[0].country: creator: country \"XX\" is not an ISO 3166-1 alpha-2 code"
            + " in upper case",
        "videos[0].software[0]: editing software is blank",
        "videos[0].dedication.occasion: \"wedding\" is not one of birthday, anniversary, holiday,"
            + " memorial, friendship, other",
        "videos[0].dedication.recipient: missing",
        "videos[0].title: missing");
    assertThat(e).hasMessageStartingWith("videos[0].duration: \"PT-1M\" is not a valid duration; "
        + "videos[0].creators[0].country: ");
  }

  @Test
  void a_video_without_creators_is_reported_by_the_video_check() {
    String json = catalogue(sources(BALTO), """
        {"id": "v-0", "title": "T", "duration": "PT1M"}""");

    assertThatThrownBy(() -> readAll(json)).isInstanceOf(CatalogueFormatException.class)
        .hasMessage("videos[0].creators: video v-0: has no creator");
  }

  @Test
  void two_sources_with_one_id_are_an_error() {
    String json = catalogue(sources(BALTO, BOLT, BALTO));

    assertThatThrownBy(() -> readAll(json)).isInstanceOf(CatalogueFormatException.class)
        .hasMessage("sources[2].id: \"balto\" is already the id of sources[0]");
  }

  @Test
  void two_videos_with_one_id_are_an_error_when_reading_all() {
    String json = catalogue(sources(BALTO), video("v-0"), video("v-1"), video("v-0"));

    assertThatThrownBy(() -> readAll(json)).isInstanceOf(CatalogueFormatException.class)
        .hasMessage("videos[2].id: \"v-0\" is already the id of videos[0]");
  }

  @Test
  void a_clip_character_named_but_not_in_the_cast_is_an_error() {
    String json = catalogue(sources(BALTO), """
        {"id": "v-0", "title": "T", "duration": "PT1M", "creators": [{"name": "A"}],
         "clips": [{"source": "balto", "start": "PT0S", "end": "PT5S",
                    "characters": ["Balto", "Jenna"]}]}""");

    assertThatThrownBy(() -> readAll(json)).isInstanceOf(CatalogueFormatException.class)
        .hasMessage("videos[0].clips[0].characters[1]: \"Jenna\" is not a character of source"
            + " \"balto\"");
  }

  @Test
  void an_unknown_content_flag_lists_the_flags() {
    String json = catalogue(sources(BALTO), """
        {"id": "v-0", "title": "T", "duration": "PT1M", "creators": [{"name": "A"}],
         "flags": {"watermark": true, "glitter": false}}""");

    assertThatThrownBy(() -> readAll(json)).isInstanceOf(CatalogueFormatException.class)
        .hasMessage("videos[0].flags.glitter: \"glitter\" is not one of watermark, subtitles,"
            + " credits");
  }

  @Test
  void an_invalid_date_says_what_was_expected() {
    String json = catalogue(sources(BALTO), """
        {"id": "v-0", "title": "T", "duration": "PT1M", "creators": [{"name": "A"}],
         "published": "2011-02-30"}""");

    assertThatThrownBy(() -> readAll(json)).isInstanceOf(CatalogueFormatException.class)
        .hasMessage("videos[0].published: \"2011-02-30\" is not a valid date (expected yyyy-mm-dd)");
  }

  @Test
  void a_character_without_a_species_is_missing_it() {
    String json = catalogue(sources("""
        {"id": "balto", "title": "Balto", "medium": "animation",
         "characters": [{"name": "Balto"}]}"""));

    assertThatThrownBy(() -> readAll(json)).isInstanceOf(CatalogueFormatException.class)
        .hasMessage("sources[0].characters[0].species: missing");
  }

  @Test
  void reading_stops_at_the_first_bad_video_and_says_so_afterwards() throws Exception {
    // given
    String json = catalogue(sources(BALTO), video("v-0"), "{\"id\": \"v-1\"}", video("v-2"));

    try (CatalogueReader reader = CatalogueReader.open(bytes(json))) {
      // when
      reader.next();

      // then
      assertThatThrownBy(reader::next).isInstanceOf(CatalogueFormatException.class)
          .hasMessage("videos[1].title: missing");
      assertThatThrownBy(reader::hasNext).isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("the catalogue reader stopped at an earlier error: videos[1]");
    }
  }

  @Test
  void a_year_of_an_award_that_is_not_a_number_is_reported_at_its_path() {
    // given
    String json = catalogue(sources(BALTO), videosThen(3, """
        {"id": "v-3", "title": "T", "duration": "PT1M", "creators": [{"name": "A"}],
         "awards": [{"event": "Otakon 2010 AMV Contest", "category": "Drama", "year": "2010"}]}"""));

    // when
    CatalogueFormatException e = catchThrowableOfType(CatalogueFormatException.class,
        () -> readAll(json));

    // then
    assertThat(e).hasMessage("videos[3].awards[0].year: expected a year but found a string");
    assertThat(e.path()).isEqualTo("videos[3].awards[0].year");
  }

  @Test
  void an_award_needs_an_event_and_its_year_or_date() {
    String json = catalogue(sources(BALTO), """
        {"id": "v-0", "title": "T", "duration": "PT1M", "creators": [{"name": "A"}],
         "awards": [{"event": "Otakon 2010 AMV Contest", "year": 2010}, {"category": "Drama"}]}""");

    assertThatThrownBy(() -> readAll(json)).isInstanceOf(CatalogueFormatException.class)
        .hasMessage("videos[0].awards[1].event: missing; videos[0].awards[1].year: missing (an"
            + " award needs its year or its date)");
  }

  @Test
  void an_award_whose_date_is_not_in_its_year_is_reported_at_the_date() {
    String json = catalogue(sources(BALTO), """
        {"id": "v-0", "title": "T", "duration": "PT1M", "creators": [{"name": "A"}],
         "awards": [{"event": "Otakon 2010 AMV Contest", "year": 2011, "date": "2010-07-31"}]}""");

    assertThatThrownBy(() -> readAll(json)).isInstanceOf(CatalogueFormatException.class)
        .hasMessage("videos[0].awards[0].date: award: date 2010-07-31 is not in year 2011");
  }

  @Test
  void an_invalid_award_date_is_reported_alone_though_the_year_is_left_out() {
    String json = catalogue(sources(BALTO), """
        {"id": "v-0", "title": "T", "duration": "PT1M", "creators": [{"name": "A"}],
         "awards": [{"event": "Otakon 2010 AMV Contest", "date": "2010-07-32"}]}""");

    assertThatThrownBy(() -> readAll(json)).isInstanceOf(CatalogueFormatException.class)
        .hasMessage("videos[0].awards[0].date: \"2010-07-32\" is not a valid date (expected"
            + " yyyy-mm-dd)");
  }

  @Test
  void every_problem_of_a_video_s_awards_is_reported_at_once() {
    // given
    String json = catalogue(sources(BALTO), """
        {"id": "v-0", "title": "T", "duration": "PT1M", "creators": [{"name": "A"}],
         "awards": [{"event": " ", "category": "", "year": 2010}, "Otakon", null]}""");

    // when
    CatalogueFormatException e = catchThrowableOfType(CatalogueFormatException.class,
        () -> readAll(json));

    // then
    assertThat(e.problems()).extracting(Problem::toString).containsExactly(
        "videos[0].awards[0].event: award: event is blank",
        "videos[0].awards[0].category: award: category is blank",
        "videos[0].awards[1]: expected an object but found a string",
        "videos[0].awards[2]: expected an object but found null");
  }

  @Test
  void awards_that_are_not_an_array_say_what_was_expected() {
    String json = catalogue(sources(BALTO), """
        {"id": "v-0", "title": "T", "duration": "PT1M", "creators": [{"name": "A"}],
         "awards": {"event": "Otakon 2010 AMV Contest", "year": 2010}}""");

    assertThatThrownBy(() -> readAll(json)).isInstanceOf(CatalogueFormatException.class)
        .hasMessage("videos[0].awards: expected an array but found an object");
  }

  @Test
  void a_million_clips_of_an_unknown_source_list_the_first_ten_and_count_the_rest() {
    // given: the problem list used to be scanned once per clip (quadratic: minutes)
    StringBuilder clips = new StringBuilder();
    for (int i = 0; i < 1_000_000; i++) {
      clips.append(i == 0 ? "" : ",")
          .append("{\"source\": \"zz\", \"start\": \"PT0S\", \"end\": \"PT1S\"}");
    }
    String json = catalogue(sources(BALTO), "{\"id\": \"v-0\", \"title\": \"T\","
        + " \"duration\": \"PT1M\", \"creators\": [{\"name\": \"A\"}], \"clips\": ["
        + clips + "]}");

    // when
    CatalogueFormatException e = catchThrowableOfType(CatalogueFormatException.class,
        () -> readAll(json));

    // then: each clip once (its source unknown, not also missing), ten listed
    assertThat(e.problems()).hasSize(10).extracting(Problem::field)
        .startsWith("videos[0].clips[0].source", "videos[0].clips[1].source")
        .endsWith("videos[0].clips[9].source");
    assertThat(e.omitted()).isEqualTo(999_990);
    assertThat(e).hasMessageEndingWith("videos[0].clips[9].source: unknown source \"zz\";"
        + " … and 999,990 more");
  }

  @Test
  void a_clip_with_an_unknown_source_and_no_end_has_both_problems_and_the_source_once() {
    String json = catalogue(sources(BALTO), """
        {"id": "v-0", "title": "T", "duration": "PT1M", "creators": [{"name": "A"}],
         "clips": [{"source": "zz", "start": "PT0S"}, {"start": "PT0S", "end": "PT1S"}]}""");

    assertThatThrownBy(() -> readAll(json)).isInstanceOf(CatalogueFormatException.class)
        .hasMessage("videos[0].clips[0].source: unknown source \"zz\";"
            + " videos[0].clips[0].end: missing; videos[0].clips[1].source: missing");
  }

  @Test
  void links_and_attributes_are_texts_by_name_each_name_once() {
    String notText = catalogue(sources(BALTO), """
        {"id": "v-0", "title": "T", "duration": "PT1M", "creators": [{"name": "A"}],
         "links": {"youtube": 5}}""");
    String twice = catalogue(sources(BALTO), """
        {"id": "v-0", "title": "T", "duration": "PT1M", "creators": [{"name": "A"}],
         "attributes": {"my_rating": "4.5", "my_rating": "5"}}""");

    assertThatThrownBy(() -> readAll(notText)).isInstanceOf(CatalogueFormatException.class)
        .hasMessageStartingWith("videos[0].links.youtube: expected a string");
    assertThatThrownBy(() -> readAll(twice)).isInstanceOf(CatalogueFormatException.class)
        .hasMessageEndingWith("duplicate field 'my_rating'");
  }

  @Test
  void links_and_attributes_read_back_as_given() {
    String json = catalogue(sources(BALTO), """
        {"id": "v-0", "title": "T", "duration": "PT1M", "creators": [{"name": "A"}],
         "links": {"youtube": "https://youtu.be/x", "amvnews": "https://amvnews.ru/1"},
         "attributes": {"my_rating": "4.5", "comments": "line one\\nline two"}}""");

    org.amvkit.core.Video video = readAll(json).videos().get(0);

    assertThat(video.links()).containsExactly(
        org.assertj.core.api.Assertions.entry("youtube", "https://youtu.be/x"),
        org.assertj.core.api.Assertions.entry("amvnews", "https://amvnews.ru/1"));
    assertThat(video.attributes()).containsEntry("comments", "line one\nline two")
        .containsEntry("my_rating", "4.5");
  }
}
