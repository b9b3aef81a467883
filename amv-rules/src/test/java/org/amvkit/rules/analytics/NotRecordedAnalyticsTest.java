/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.analytics;

import static org.amvkit.rules.Fixtures.BALTO;
import static org.amvkit.rules.Fixtures.video;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amvkit.core.Source;
import org.amvkit.core.Video;
import org.amvkit.rules.Classifier;
import org.amvkit.rules.builtin.BuiltInProfiles;
import org.junit.jupiter.api.Test;

/** Analytics count the videos that leave a fact not recorded, and take no harm from them. */
class NotRecordedAnalyticsTest {

  private static final Source TITLE_ONLY =
      Source.builder().id("watership-down").title("Watership Down").build();
  private static final Video NO_DURATION =
      Video.builder().from(video("No Duration", BALTO)).duration(Optional.empty()).build();
  private static final Video NO_MUSIC = Video.builder().from(video("No Music", BALTO))
      .music(List.of()).musicRecorded(false).build();
  private static final Video NO_SOURCES = Video.builder().from(video("No Sources"))
      .sourcesRecorded(false).build();
  private static final Video NO_MEDIUM = video("No Medium", BALTO, TITLE_ONLY);

  @Test
  void each_fact_not_recorded_is_counted_once_per_video() {
    // when
    Analytics analytics = Analytics.of(List.of(NO_DURATION, NO_MUSIC, NO_SOURCES, NO_MEDIUM,
        video("Everything", BALTO)), Classifier.of(BuiltInProfiles.allTheTropes()));

    // then
    assertThat(analytics.videos()).isEqualTo(5);
    assertThat(analytics.notRecorded())
        .isEqualTo(Map.of("duration", 1L, "music", 1L, "sources", 1L, "medium", 1L));
    assertThat(analytics.popularity("watership-down")).hasValue(1);
  }

  @Test
  void counts_of_facts_not_recorded_merge_as_the_rest_does() {
    // when
    Analytics merged = Analytics.of(List.of(NO_DURATION, NO_MEDIUM))
        .merge(Analytics.of(List.of(NO_DURATION, NO_MUSIC)));

    // then
    assertThat(merged.notRecorded()).isEqualTo(Map.of("duration", 2L, "music", 1L, "medium", 1L));
    assertThat(merged).isEqualTo(Analytics.of(List.of(NO_DURATION, NO_MEDIUM, NO_DURATION,
        NO_MUSIC)));
  }

  @Test
  void a_catalogue_that_records_everything_has_nothing_not_recorded() {
    assertThat(Analytics.of(List.of(video("Everything", BALTO))).notRecorded()).isEmpty();
  }
}
