/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.catalogue;

import static org.amvkit.core.Fixtures.BALTO;
import static org.amvkit.core.Fixtures.BOLT;
import static org.amvkit.core.Fixtures.WOLF_CHILDREN;
import static org.amvkit.core.Fixtures.seconds;
import static org.amvkit.core.Fixtures.video;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.Map;
import org.amvkit.core.Clip;
import org.amvkit.core.InvalidValueException;
import org.amvkit.core.Medium;
import org.amvkit.core.Problem;
import org.amvkit.core.Source;
import org.amvkit.core.Video;
import org.junit.jupiter.api.Test;

/** A catalogue checks what needs all its sources and videos: unique ids and known sources. */
class CatalogueTest {

  private static final Source BOLT_2 = Source.of("bolt2", "Bolt 2", Medium.ANIMATION);

  @Test
  void catalogue_finds_sources_and_videos_by_id() {
    // given
    Video runFree = video("v-001").addSources(BALTO, BOLT).build();
    Catalogue catalogue = Catalogue.builder().addSources(BALTO, BOLT).addVideos(runFree).build();

    // when / then
    assertThat(catalogue.source("balto")).contains(BALTO);
    assertThat(catalogue.source("bolt")).contains(BOLT);
    assertThat(catalogue.video("v-001")).contains(runFree);
    assertThat(catalogue.source("lady")).isEmpty();
    assertThat(catalogue.video("v-404")).isEmpty();
  }

  @Test
  void empty_catalogue_is_valid() {
    // when
    Catalogue catalogue = Catalogue.builder().build();

    // then
    assertThat(catalogue.sources()).isEmpty();
    assertThat(catalogue.videos()).isEmpty();
  }

  @Test
  void two_sources_under_one_id_are_rejected_at_the_second() {
    // given
    Source baltoSequel = Source.of("balto", "Balto II: Wolf Quest", Medium.ANIMATION);

    // when
    InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class,
        () -> Catalogue.builder().addSources(BALTO, BOLT, baltoSequel).build());

    // then
    assertThat(thrown).hasMessage("catalogue: two sources have the id \"balto\"");
    assertThat(thrown.problems()).containsExactly(
        Problem.of("sources[2].id", "catalogue: two sources have the id \"balto\""));
  }

  @Test
  void two_videos_under_one_id_are_rejected_at_the_second() {
    // given
    Video first = video("v-7").addSources(BALTO).build();
    Video second = video("v-7").title("Run Free (remake)").addSources(BOLT).build();

    // when
    InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class,
        () -> Catalogue.builder().addSources(BALTO, BOLT).addVideos(first, second).build());

    // then
    assertThat(thrown).hasMessage("catalogue: two videos have the id \"v-7\"");
    assertThat(thrown.problems()).containsExactly(
        Problem.of("videos[1].id", "catalogue: two videos have the id \"v-7\""));
  }

  @Test
  void video_using_a_source_the_catalogue_lacks_is_rejected_naming_video_and_source() {
    // given
    Video video = video("v-7").addSources(BALTO, BOLT_2).build();

    // when
    InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class,
        () -> Catalogue.builder().addSources(BALTO, BOLT).addVideos(video).build());

    // then
    assertThat(thrown).hasMessage("video v-7: source \"bolt2\" is not in the catalogue");
    assertThat(thrown.problems()).containsExactly(
        Problem.of("videos[0].sources[1]", "video v-7: source \"bolt2\" is not in the catalogue"));
  }

  @Test
  void video_clipping_a_source_the_catalogue_lacks_is_rejected_too() {
    // given
    Video video = video("v-7").addClips(Clip.of(BOLT_2, Duration.ZERO, seconds(5))).build();

    // when
    InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class,
        () -> Catalogue.builder().addSources(BALTO).addVideos(video).build());

    // then
    assertThat(thrown).hasMessage("video v-7: source \"bolt2\" is not in the catalogue");
    assertThat(thrown.problems()).extracting(Problem::field)
        .containsExactly("videos[0].clips[0].source");
  }

  @Test
  void video_using_a_different_source_under_a_known_id_is_rejected() {
    // given
    Source otherBalto = Source.of("balto", "Balto II: Wolf Quest", Medium.ANIMATION);
    Video video = video("v-7").addSources(otherBalto).build();

    // when
    InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class,
        () -> Catalogue.builder().addSources(BALTO).addVideos(video).build());

    // then
    assertThat(thrown.problems()).containsExactly(Problem.of("videos[0].sources[0]",
        "video v-7: source \"balto\" differs from the catalogue's source of that id"));
  }

  @Test
  void every_problem_of_a_catalogue_is_reported_at_once() {
    // given
    Video first = video("v-1").addSources(BOLT_2).build();
    Video second = video("v-1").addSources(BALTO).build();

    // when
    InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class,
        () -> Catalogue.builder().addSources(BALTO, BALTO).addVideos(first, second).build());

    // then
    assertThat(thrown).hasMessage("3 problems: "
        + "catalogue: two sources have the id \"balto\"; "
        + "video v-1: source \"bolt2\" is not in the catalogue; "
        + "catalogue: two videos have the id \"v-1\"");
    assertThat(thrown.problems()).extracting(Problem::field)
        .containsExactly("sources[1].id", "videos[0].sources[0]", "videos[1].id");
  }

  @Test
  void check_sources_lists_the_problems_of_one_video_against_known_sources() {
    // given
    Video video = video("v-7").addSources(BALTO, BOLT_2, WOLF_CHILDREN).build();

    // when
    var problems = Catalogue.checkSources(Map.of("balto", BALTO), video);

    // then
    assertThat(problems).containsExactly(
        Problem.of("sources[1]", "video v-7: source \"bolt2\" is not in the catalogue"),
        Problem.of("sources[2]", "video v-7: source \"wolf-children\" is not in the catalogue"));
  }
}
