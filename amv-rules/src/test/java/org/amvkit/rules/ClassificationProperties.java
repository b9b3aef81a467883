/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.amvkit.core.Source;
import org.amvkit.core.Video;
import org.amvkit.rules.builtin.BuiltInDefinitions;
import org.amvkit.rules.builtin.BuiltInProfiles;
import org.amvkit.rules.builtin.BuiltInRules;
import org.amvkit.rules.builtin.BuiltInRules.Quantifier;

class ClassificationProperties {

  private static final List<Classifier> BUILT_IN =
      BuiltInProfiles.all().stream().map(Classifier::of).toList();

  /** A video, and the same video with its declared sources and its clips shuffled. */
  record Reordering(Video original, Video reordered) {}

  @Provide
  Arbitrary<Video> videos() {
    return Generators.videos();
  }

  @Provide
  Arbitrary<Video> singleSourceVideos() {
    return Generators.singleSourceVideos();
  }

  @Provide
  Arbitrary<Source> animalSources() {
    return Generators.animalSources();
  }

  @Provide
  Arbitrary<Reordering> reorderings() {
    return Generators.videos().flatMap(video -> Combinators.combine(
            Arbitraries.shuffle(video.sources()), Arbitraries.shuffle(video.clips()))
        .as((sources, clips) -> new Reordering(video,
            Generators.reordered(video, sources, clips))));
  }

  @Property(tries = 200)
  void the_order_of_clips_and_of_declared_sources_never_changes_a_classification(
      @ForAll("reorderings") Reordering reordering) {
    for (Classifier classifier : BUILT_IN) {
      assertThat(Generators.summary(classifier.classify(reordering.reordered())))
          .as("under %s", classifier.profile().id())
          .isEqualTo(Generators.summary(classifier.classify(reordering.original())));
    }
  }

  @Property(tries = 200)
  void adding_a_source_that_features_animals_never_turns_features_animals_from_pass_to_fail(
      @ForAll("videos") Video video, @ForAll("animalSources") Source withAnimals) {
    // given
    Video more = Video.builder().from(video).sourcesRecorded(true).addSources(withAnimals).build();
    for (Quantifier quantifier : Quantifier.values()) {
      Rule rule = BuiltInRules.featuresAnimals(quantifier);

      // when
      Status before = rule.evaluate(video).status();
      Status after = rule.evaluate(more).status();
      Statistics.label(quantifier.name()).collect(before, after);

      // then
      if (before == Status.PASS) {
        assertThat(after).isEqualTo(Status.PASS);
      }
      if (quantifier == Quantifier.ANY) {
        assertThat(after).isEqualTo(Status.PASS);
      }
    }
  }

  @Property(tries = 200)
  void a_single_source_video_is_never_an_animash(@ForAll("singleSourceVideos") Video video) {
    for (Classifier classifier : BUILT_IN) {
      // when
      Classification classification = classifier.classify(video);

      // then
      assertThat(classification.verdicts().get(BuiltInDefinitions.ANIMASH))
          .isNotEqualTo(Verdict.MET);
      assertThat(classification.category()).isNotEqualTo(BuiltInDefinitions.ANIMASH);
    }
  }

  @Property(tries = 200)
  void a_single_source_video_with_music_is_a_music_video_named_after_its_source(
      @ForAll("singleSourceVideos") Video video) {
    // given
    Source source = video.usedSources().iterator().next();

    // when
    Classification classification =
        Classifier.of(BuiltInProfiles.allTheTropes()).classify(video);

    // then
    if (!video.musicRecorded()) {
      assertThat(classification.verdicts().get("single-source-music-video"))
          .isEqualTo(Verdict.UNDETERMINED);
    } else if (video.music().isEmpty()) {
      // without music no definition is met: undetermined when one could not be decided
      assertThat(classification.category()).isIn(Profile.NOT_A_MUSIC_VIDEO, Profile.UNDETERMINED);
    } else {
      assertThat(classification.category()).isEqualTo("single-source-music-video");
      assertThat(classification.label()).isEqualTo(source.title() + " music video");
    }
  }

  @Property(tries = 200)
  void the_category_is_the_first_definition_met_in_profile_order(@ForAll("videos") Video video) {
    for (Classifier classifier : BUILT_IN) {
      // when
      Classification classification = classifier.classify(video);

      // then
      List<String> met = new ArrayList<>();
      classification.verdicts().forEach((id, verdict) -> {
        if (verdict == Verdict.MET) {
          met.add(id);
        }
      });
      String fallback = classification.verdicts().containsValue(Verdict.UNDETERMINED)
          ? Profile.UNDETERMINED : Profile.NOT_A_MUSIC_VIDEO;
      assertThat(classification.category()).isEqualTo(met.isEmpty() ? fallback : met.get(0));
    }
  }

  @Property(tries = 200)
  void the_category_is_undetermined_exactly_when_none_is_met_and_one_is_undetermined(
      @ForAll("videos") Video video) {
    for (Classifier classifier : BUILT_IN) {
      // when
      Classification classification = classifier.classify(video);

      // then
      Map<String, Verdict> verdicts = classification.verdicts();
      boolean undetermined = !verdicts.containsValue(Verdict.MET)
          && verdicts.containsValue(Verdict.UNDETERMINED);
      assertThat(classification.category().equals(Profile.UNDETERMINED)).isEqualTo(undetermined);
      assertThat(classification.label().equals(Profile.UNDETERMINED_LABEL)).isEqualTo(undetermined);
      if (undetermined) {
        assertThat(classification.undetermined().keySet()).containsExactlyElementsOf(
            verdicts.entrySet().stream().filter(e -> e.getValue() == Verdict.UNDETERMINED)
                .map(Map.Entry::getKey).toList());
      }
    }
  }
}
