/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.amvkit.core.internal.VideoFacts;
import org.amvkit.core.species.Animalness;
import org.amvkit.core.timeline.Timeline;

/** What a video derives from its clips and sources, stated for every valid video. */
class VideoProperties {

  @Provide
  Arbitrary<Video> videos() {
    return Generators.videos();
  }

  /** A video and the same video with its clips and declared sources in another order. */
  @Provide
  Arbitrary<Tuple2<Video, Video>> reorderedVideos() {
    return videos().flatMap(video -> Combinators.combine(
            Arbitraries.shuffle(video.clips()), Arbitraries.shuffle(video.sources()))
        .as((clips, sources) -> Tuple.of(video,
            Video.builder().from(video).clips(clips).sources(sources).build())));
  }

  @Property(tries = 200)
  void the_facts_a_video_keeps_say_what_its_answers_say(@ForAll("videos") Video video) {
    // when
    int facts = VideoFacts.of(video);

    // then
    assertThat(facts).isEqualTo(FactBits.of(video))
        .isEqualTo(VideoFacts.of(Video.builder().from(video).build()));
    assertThat(has(facts, VideoFacts.MUSIC)).isEqualTo(!video.music().isEmpty());
    assertThat(has(facts, VideoFacts.MUSIC_NOT_RECORDED)).isEqualTo(!video.musicRecorded());
    assertThat(has(facts, VideoFacts.ONE_SOURCE)).isEqualTo(video.usedSources().size() == 1);
    assertThat(has(facts, VideoFacts.SEVERAL_SOURCES)).isEqualTo(video.usedSources().size() > 1);
    assertThat(has(facts, VideoFacts.ALL_ANIMATED)).isEqualTo(video.isAllAnimated());
    assertThat(has(facts, VideoFacts.ALL_ANIME)).isEqualTo(video.isAllAnime());
    assertThat(has(facts, VideoFacts.OVERLAPPING_CLIPS)).isEqualTo(video.hasOverlappingClips());
    boolean anySource = !video.usedSources().isEmpty();
    assertThat(has(facts, VideoFacts.ALL_FEATURE_ANIMALS)).isEqualTo(anySource
        && video.usedSources().stream().allMatch(s -> s.castAnimalness() == Animalness.ANIMAL));
    assertThat(has(facts, VideoFacts.ANIMALS_UNKNOWN)).isEqualTo(anySource
        && video.usedSources().stream().noneMatch(s -> s.castAnimalness() == Animalness.NOT_ANIMAL)
        && video.usedSources().stream().anyMatch(s -> s.castAnimalness() == Animalness.UNKNOWN));
    assertThat(facts).isBetween(0, VideoFacts.COMBINATIONS - 1);
  }

  private static boolean has(int facts, int bit) {
    return (facts & bit) != 0;
  }

  @Property(tries = 200)
  void the_order_of_clips_and_declared_sources_never_changes_the_derived_facts(
      @ForAll("reorderedVideos") Tuple2<Video, Video> videos) {
    // given
    Video video = videos.get1();
    Video reordered = videos.get2();

    // then
    assertThat(reordered.usedSources()).containsExactlyElementsOf(video.usedSources());
    assertThat(reordered.isAllAnimated()).isEqualTo(video.isAllAnimated());
    assertThat(reordered.isAllAnime()).isEqualTo(video.isAllAnime());
    assertThat(reordered.hasOverlappingClips()).isEqualTo(video.hasOverlappingClips());
    Timeline timeline = Timeline.of(video);
    Timeline reorderedTimeline = Timeline.of(reordered);
    assertThat(reorderedTimeline.covered()).isEqualTo(timeline.covered());
    assertThat(reorderedTimeline.coverage()).isEqualTo(timeline.coverage());
    assertThat(reorderedTimeline.sharesByMedium()).isEqualTo(timeline.sharesByMedium());
    assertThat(reorderedTimeline.footageBySource()).isEqualTo(timeline.footageBySource());
    assertThat(reorderedTimeline.gaps()).isEqualTo(timeline.gaps());
    for (Medium medium : Medium.values()) {
      Set<Medium> media = EnumSet.of(medium);
      assertThat(reorderedTimeline.share(media)).isEqualTo(timeline.share(media));
      assertThat(reorderedTimeline.shareOfFootage(media)).isEqualTo(timeline.shareOfFootage(media));
    }
  }

  @Property(tries = 200)
  void used_sources_are_the_distinct_declared_and_clipped_sources_ordered_by_id(
      @ForAll("videos") Video video) {
    // given
    Map<String, Source> expected = new TreeMap<>();
    video.sources().forEach(source -> expected.put(source.id(), source));
    video.clips().forEach(clip -> expected.put(clip.source().id(), clip.source()));

    // then
    assertThat(video.usedSources()).containsExactlyElementsOf(expected.values());
  }

  @Property(tries = 200)
  void a_video_is_all_animated_exactly_when_it_uses_sources_and_each_is_animated(
      @ForAll("videos") Video video) {
    // given
    Set<Source> used = video.usedSources();

    // then
    assertThat(video.isAllAnimated())
        .isEqualTo(!used.isEmpty() && used.stream().allMatch(Source::isAnimated));
    assertThat(video.isAllAnime())
        .isEqualTo(!used.isEmpty()
            && used.stream().allMatch(s -> s.medium().orElse(null) == Medium.ANIME));
    if (video.isAllAnime()) {
      assertThat(video.isAllAnimated()).isTrue();
    }
  }

  @Property(tries = 300)
  void clips_overlap_exactly_when_two_of_them_share_a_moment(@ForAll("videos") Video video) {
    // given
    List<Clip> clips = video.clips();
    boolean twoShareAMoment = false;
    for (int i = 0; i < clips.size(); i++) {
      for (int j = i + 1; j < clips.size(); j++) {
        Clip a = clips.get(i);
        Clip b = clips.get(j);
        twoShareAMoment |= a.start().compareTo(b.end()) < 0 && b.start().compareTo(a.end()) < 0;
      }
    }
    Statistics.label("overlapping").collect(twoShareAMoment);

    // then
    assertThat(video.hasOverlappingClips()).isEqualTo(twoShareAMoment);
  }

  @Property(tries = 200)
  void a_copy_built_from_a_video_is_equal_to_it(@ForAll("videos") Video video) {
    // when
    Video copy = Video.builder().from(video).build();

    // then
    assertThat(copy).isEqualTo(video).hasSameHashCodeAs(video);
    assertThat(copy.usedSources()).containsExactlyElementsOf(video.usedSources());
    assertThat(copy.isAllAnimated()).isEqualTo(video.isAllAnimated());
    assertThat(copy.isAllAnime()).isEqualTo(video.isAllAnime());
    assertThat(copy.countries()).isEqualTo(video.countries());
  }

  @Property(tries = 200)
  void a_video_is_a_collaboration_exactly_when_it_has_two_or_more_creators_(
      @ForAll("videos") Video video) {
    // then
    assertThat(video.isCollaboration()).isEqualTo(video.creators().size() >= 2);
    assertThat(List.copyOf(video.countries())).isSorted().containsExactlyElementsOf(
        video.creators().stream().flatMap(creator -> creator.country().stream())
            .distinct().sorted().toList());
  }

  @Property(tries = 200)
  void the_timeline_of_a_video_lays_all_its_clips_on_its_running_time(
      @ForAll("videos") Video video) {
    // then
    assertThat(Timeline.of(video).length()).isEqualTo(video.duration().orElseThrow());
    assertThat(Timeline.of(video).clips()).isEqualTo(List.copyOf(video.clips()));
  }
}
