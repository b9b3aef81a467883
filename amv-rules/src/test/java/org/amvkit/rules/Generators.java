/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.amvkit.core.CastMember;
import org.amvkit.core.Clip;
import org.amvkit.core.Creator;
import org.amvkit.core.Genre;
import org.amvkit.core.Medium;
import org.amvkit.core.Music;
import org.amvkit.core.MusicKind;
import org.amvkit.core.Source;
import org.amvkit.core.Video;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Building blocks for the {@code *Properties} classes: valid sources and videos, in the shapes the
 * rules care about (media, casts with and without animals, of unrecognised species or not listed
 * at all, postures, franchises, declared sources and clips, music or none), and with the facts a
 * catalogue may not record left out now and then: a source's medium, a video's duration, music or
 * sources. Each properties class exposes them through named {@code @Provide} methods.
 */
final class Generators {

  /** Every video lasts three minutes; clips fall within it. */
  static final Duration LENGTH = Duration.ofMinutes(3);

  private Generators() {}

  static Arbitrary<CastMember> castMembers() {
    return Combinators.combine(
            Arbitraries.of("Kiba", "Balto", "Simba", "Mittens", "Shinji", "Spirit"),
            // recognised animals (some stating a posture), known non-animals, and a name the
            // taxonomy does not recognise
            Arbitraries.of("dog", "wolf", "wolfdog", "fox", "cat", "lioness", "horse", "human",
                "robot", "feral wolf", "anthro fox", "shapeshifter"))
        .as(CastMember::of);
  }

  /** A cast: unknown (empty), or one to three characters. */
  static Arbitrary<List<CastMember>> casts() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.just(List.<CastMember>of())),
        net.jqwik.api.Tuple.of(4, castMembers().list().ofMinSize(1).ofMaxSize(3)));
  }

  /** Sources with ids of lower-case letters only. */
  static Arbitrary<Source> sources() {
    return Combinators.combine(
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(3),
            Arbitraries.of(Medium.class).optional(0.85),
            casts(),
            Arbitraries.of("The Lion King", "Balto", "Evangelion").optional(0.3))
        .as(Generators::source);
  }

  /** Sources that are sure to feature an animal, with ids no generated source has. */
  static Arbitrary<Source> animalSources() {
    return Combinators.combine(
            Arbitraries.of(Medium.class),
            castMembers().list().ofMaxSize(2),
            Arbitraries.of("dog", "wolf", "cat", "lion", "horse", "fox"))
        .as((medium, others, animal) -> {
          List<CastMember> cast = new ArrayList<>(others);
          cast.add(CastMember.of("The " + animal, animal));
          return source("animal-" + animal, Optional.of(medium), cast, Optional.empty());
        });
  }

  private static Source source(String id, Optional<Medium> medium, List<CastMember> cast,
      Optional<String> franchise) {
    return Source.builder().id(id).title("Title " + id.toUpperCase(java.util.Locale.ROOT))
        .medium(medium).addAllCast(cast).franchise(franchise).build();
  }

  static Arbitrary<List<Music>> music() {
    Music song = Music.builder().title("Run").artist("Some Band").genre(Genre.POP).build();
    Music score = Music.builder().title("Main Theme").artist("James Horner")
        .genre(Genre.SOUNDTRACK).kind(MusicKind.SCORE).build();
    return Arbitraries.of(List.of(), List.of(song), List.of(song, score));
  }

  /**
   * Videos using up to five distinct sources, each declared, laid out as a clip, or both.
   */
  static Arbitrary<Video> videos() {
    return videosOf(sources().list().uniqueElements(Source::id).ofMaxSize(5), true);
  }

  /** Videos that use exactly one source, declared, as clips, or both (so sources are recorded). */
  static Arbitrary<Video> singleSourceVideos() {
    return videosOf(sources().map(List::of), false);
  }

  private static Arbitrary<Video> videosOf(Arbitrary<List<Source>> sourceLists,
      boolean sourcesMayBeUnrecorded) {
    return Combinators.combine(
            sourceLists,
            Arbitraries.integers().between(0, 2).list().ofSize(5),
            Arbitraries.integers().between(0, 170).list().ofSize(5),
            Arbitraries.integers().between(1, 10).list().ofSize(5),
            music(),
            Arbitraries.of(Creator.of("SnowPaw", "NL"), Creator.of("FoxFan", "BR")).list()
                .ofMinSize(1).ofMaxSize(2),
            notRecorded())
        .as((sources, modes, starts, lengths, music, creators, notRecorded) -> {
          Video.Builder video = Video.builder().id("v-generated").title("Generated")
              .addAllCreators(creators);
          if (!notRecorded.get(0)) {
            video.duration(LENGTH);
          }
          if (notRecorded.get(1)) {
            video.musicRecorded(false);
          } else {
            video.addAllMusic(music);
          }
          if (sourcesMayBeUnrecorded && notRecorded.get(2)) {
            return video.sourcesRecorded(false).build();
          }
          for (int i = 0; i < sources.size(); i++) {
            int mode = modes.get(i);
            if (mode != 1) {
              video.addSources(sources.get(i));
            }
            if (mode != 0) {
              Duration start = Duration.ofSeconds(starts.get(i));
              video.addClips(Clip.of(sources.get(i), start, start.plusSeconds(lengths.get(i))));
            }
          }
          return video.build();
        });
  }

  /**
   * Whether the duration, the music and the sources are left not recorded: each in one video of
   * eight or so.
   */
  private static Arbitrary<List<Boolean>> notRecorded() {
    return Arbitraries.frequency(net.jqwik.api.Tuple.of(7, false), net.jqwik.api.Tuple.of(1, true))
        .list().ofSize(3);
  }

  /** The same video with its declared sources and its clips in the given orders. */
  static Video reordered(Video video, List<Source> sources, List<Clip> clips) {
    return Video.builder().from(video).sources(sources).clips(clips).build();
  }

  /**
   * What a classification says, as a plain value to compare: category, label, deviations,
   * verdicts and every rule's status and explanation, definition by definition.
   */
  static Map<String, Object> summary(Classification classification) {
    Map<String, Object> summary = new TreeMap<>();
    summary.put("category", classification.category());
    summary.put("label", classification.label());
    summary.put("deviations", classification.deviations());
    summary.put("verdicts", classification.verdicts());
    for (DefinitionResult result : classification.results()) {
      Map<String, String> outcomes = new TreeMap<>();
      result.outcomes().forEach((rule, outcome) ->
          outcomes.put(rule, outcome.status() + " " + outcome.explain()));
      summary.put("outcomes of " + result.id(), outcomes);
    }
    return summary;
  }
}
