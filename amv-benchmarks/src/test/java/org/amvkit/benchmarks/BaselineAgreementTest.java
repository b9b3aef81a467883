/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.amvkit.core.CastMember;
import org.amvkit.core.Creator;
import org.amvkit.core.Medium;
import org.amvkit.core.Music;
import org.amvkit.core.Source;
import org.amvkit.core.Video;
import org.amvkit.rules.Category;
import org.amvkit.rules.Classification;
import org.amvkit.rules.Classifier;
import org.amvkit.rules.Status;
import org.amvkit.rules.builtin.BuiltInProfiles;
import org.amvkit.rules.builtin.BuiltInRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A baseline that disagrees with the classifier measures nothing: they must agree on every video. */
class BaselineAgreementTest {

  private static final Classifier CLASSIFIER = Classifier.of(BuiltInProfiles.allTheTropes());
  private static final EasyRulesClassifier EASY_RULES = new EasyRulesClassifier();
  private static List<Video> videos;

  @BeforeAll
  static void generate() {
    videos = new ArrayList<>(CatalogueGenerator.of(CatalogueGenerator.DEFAULT_SEED).videos(1_000));
    videos.addAll(edgeCases());
  }

  @Test
  void the_hand_written_baseline_gives_the_classifiers_category_and_deviations_for_every_video() {
    for (Video video : videos) {
      Classification expected = CLASSIFIER.classify(video);
      assertThat(HandWritten.classify(video))
          .as("video %s", video.id())
          .isEqualTo(new Result(expected.category(), expected.deviations()));
    }
  }

  @Test
  void the_classifiers_category_is_what_the_hand_written_baseline_gives_for_every_video() {
    for (Video video : videos) {
      Result expected = HandWritten.classify(video);
      assertThat(CLASSIFIER.category(video))
          .as("video %s", video.id())
          .isEqualTo(Category.of(expected.category(), expected.deviations()));
    }
  }

  @Test
  void the_easy_rules_baseline_gives_the_classifiers_category_and_deviations_for_every_video() {
    for (Video video : videos) {
      Classification expected = CLASSIFIER.classify(video);
      assertThat(EASY_RULES.classify(video))
          .as("video %s", video.id())
          .isEqualTo(new Result(expected.category(), expected.deviations()));
    }
  }

  @Test
  void the_generated_catalogue_has_every_case_the_baselines_must_get_right() {
    // when
    Map<String, Long> results = videos.stream().map(CLASSIFIER::classify)
        .collect(Collectors.groupingBy(c -> c.category() + c.deviations(), LinkedHashMap::new,
            Collectors.counting()));
    Map<Status, Long> animals = videos.stream()
        .map(video -> BuiltInRules.featuresAnimals().evaluate(video).status())
        .collect(Collectors.groupingBy(status -> status, Collectors.counting()));

    // then
    assertThat(results).containsKeys("single-source-music-video[]", "animash[]",
        "animash[features-animals]", "fan-vid[]", "not-a-music-video[]", "undetermined[]");
    assertThat(animals).containsKeys(Status.PASS, Status.FAIL, Status.UNKNOWN);
    assertThat(animals.get(Status.UNKNOWN)).as("videos with a source that lists no characters")
        .isGreaterThan(50);
  }

  /** What the generator never makes: no source at all, an anime-only video, no characters. */
  private static List<Video> edgeCases() {
    Source anime = Source.of("anime", "Some Anime", Medium.ANIME);
    Source otherAnime = Source.builder().id("other-anime").title("Other Anime")
        .medium(Medium.ANIME).addCast(CastMember.of("Kiba", "wolf")).build();
    Source humans = Source.builder().id("humans").title("Humans Only").medium(Medium.ANIMATION)
        .addCast(CastMember.of("Penny", "human")).build();
    Source live = Source.of("live", "Live Action", Medium.LIVE_ACTION);
    List<Video> edges = new ArrayList<>();
    edges.add(video("edge-no-source").build());
    edges.add(video("edge-no-source-no-music").build());
    edges.add(video("edge-anime-unlisted").addSources(anime, otherAnime).build());
    edges.add(video("edge-humans").addSources(humans, otherAnime).build());
    edges.add(video("edge-live").addSources(live).addSources(anime).build());
    edges.add(video("edge-single-unlisted").addSources(anime).build());
    edges.set(1, Video.builder().from(edges.get(1)).music(List.of()).build());
    return edges;
  }

  private static Video.Builder video(String id) {
    return Video.builder().id(id).title(id).duration(Duration.ofMinutes(3))
        .addCreators(Creator.of("editor")).addMusic(Music.of("Song", "Band"));
  }
}
