/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.amvkit.core.CastMember;
import org.amvkit.core.Clip;
import org.amvkit.core.Creator;
import org.amvkit.core.Medium;
import org.amvkit.core.Source;
import org.amvkit.core.Video;
import org.amvkit.core.species.Animalness;
import org.amvkit.core.species.Posture;
import org.amvkit.core.species.Species;
import org.amvkit.rules.builtin.BuiltInRules;
import org.amvkit.rules.builtin.BuiltInRules.Quantifier;

/**
 * {@code features-animals} is honest about names it does not know: a known non-animal whose
 * species becomes a name the taxonomy does not recognise may be an animal, so the rule may stop
 * failing, but it never starts to pass.
 */
class FeaturesAnimalsProperties {

  /** Every variant of the rule: both quantifiers, any posture or one. */
  private static final List<Rule> VARIANTS = variants();

  /** How a replacement changed a status, as the statistics label it. */
  private static final String FAIL_BECAME_UNKNOWN = "FAIL became UNKNOWN";

  private static List<Rule> variants() {
    List<Rule> variants = new ArrayList<>();
    for (Quantifier quantifier : Quantifier.values()) {
      variants.add(BuiltInRules.featuresAnimals(quantifier));
      for (Posture posture : Posture.values()) {
        variants.add(BuiltInRules.featuresAnimals(quantifier, posture));
      }
    }
    return variants;
  }

  /**
   * Any generated video, or one of one or two sources whose casts are mostly known non-animals:
   * without them, a video where every source fails the rule (as {@code any} asks) is rare.
   */
  @Provide
  Arbitrary<Video> videos() {
    return Arbitraries.oneOf(Generators.videos(), mostlyNonAnimalVideos());
  }

  private static Arbitrary<Video> mostlyNonAnimalVideos() {
    Arbitrary<CastMember> members = Arbitraries.of("human", "robot", "human", "dog",
            "shapeshifter", "feral wolf", "anthro fox")
        .map(species -> CastMember.of("Someone", species));
    Arbitrary<Source> sources = Combinators.combine(
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(3),
            members.list().ofMinSize(1).ofMaxSize(3))
        .as((id, cast) -> Source.builder().id(id).title("Title " + id).medium(Medium.ANIMATION)
            .addAllCast(cast).build());
    return sources.list().uniqueElements(Source::id).ofMinSize(1).ofMaxSize(2)
        .map(used -> Video.builder().id("v-generated").title("Generated")
            .duration(Generators.LENGTH).addCreators(Creator.of("SnowPaw", "NL"))
            .addAllSources(used).build());
  }

  @Provide
  Arbitrary<String> unrecognisedNames() {
    return Arbitraries.of("shapeshifter", "kaiju", "yokai", "digimon", "chimera beast");
  }

  @Property(tries = 300)
  @StatisticsReport(onFailureOnly = true)
  void an_unrecognised_name_in_place_of_a_known_non_animal_never_turns_the_rule_into_a_pass(
      @ForAll("videos") Video video, @ForAll("unrecognisedNames") String name,
      @ForAll @IntRange(min = 0, max = 20) int which) {
    // given
    assertThat(Species.parse(name).animalness()).isEqualTo(Animalness.UNKNOWN);

    // when
    Video replaced = replaceNonAnimal(video, which, name);

    // then
    for (Rule rule : VARIANTS) {
      Status before = rule.evaluate(video).status();
      Status after = rule.evaluate(replaced).status();
      if (before != Status.PASS) {
        assertThat(after).as(rule.description() + " of " + replaced).isNotEqualTo(Status.PASS);
      }
      // and more precisely: the only change a name the taxonomy does not know may make
      if (after != before) {
        assertThat(before).as(rule.description() + " of " + video).isEqualTo(Status.FAIL);
        assertThat(after).as(rule.description() + " of " + replaced).isEqualTo(Status.UNKNOWN);
      }
      Statistics.label(rule.description()).collect(after == before ? "same" : FAIL_BECAME_UNKNOWN);
    }

    // and: the replacement did change a FAIL into an UNKNOWN on some of the videos
    for (Rule rule : VARIANTS) {
      Statistics.label(rule.description()).coverage(coverage ->
          coverage.check(FAIL_BECAME_UNKNOWN).percentage(percent -> percent >= 1.0));
    }
  }

  /**
   * The video with one known non-animal, the {@code which}-th counted modulo how many there are,
   * given a species the taxonomy does not recognise; the video itself if it has none.
   */
  private static Video replaceNonAnimal(Video video, int which, String name) {
    List<Source> used = List.copyOf(video.usedSources());
    List<int[]> nonAnimals = new ArrayList<>();   // {source index, cast index}
    for (int s = 0; s < used.size(); s++) {
      List<CastMember> cast = used.get(s).cast();
      for (int c = 0; c < cast.size(); c++) {
        if (cast.get(c).animalness() == Animalness.NOT_ANIMAL) {
          nonAnimals.add(new int[] {s, c});
        }
      }
    }
    if (nonAnimals.isEmpty()) {
      return video;
    }
    int[] at = nonAnimals.get(which % nonAnimals.size());
    Source source = used.get(at[0]);
    List<CastMember> cast = new ArrayList<>(source.cast());
    CastMember member = cast.get(at[1]);
    cast.set(at[1], CastMember.of(member.name(), Species.parse(name)));
    Source changed = Source.builder().from(source).cast(cast).build();

    // the source is replaced wherever the video names it: declared, and in its clips
    Map<Source, Source> replacement = new LinkedHashMap<>();
    replacement.put(source, changed);
    List<Source> sources = new ArrayList<>();
    for (Source declared : video.sources()) {
      sources.add(replacement.getOrDefault(declared, declared));
    }
    List<Clip> clips = new ArrayList<>();
    for (Clip clip : video.clips()) {
      clips.add(replacement.containsKey(clip.source())
          ? Clip.builder().from(clip).source(changed).build() : clip);
    }
    return Generators.reordered(video, sources, clips);
  }
}
