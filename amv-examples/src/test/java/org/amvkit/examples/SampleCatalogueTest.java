/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.amvkit.core.CastMember;
import org.amvkit.core.EditingSoftware;
import org.amvkit.core.Form;
import org.amvkit.core.Medium;
import org.amvkit.core.Occasion;
import org.amvkit.core.Source;
import org.amvkit.core.Video;
import org.amvkit.core.catalogue.Catalogue;
import org.amvkit.core.json.CatalogueReader;
import org.amvkit.core.species.Family;
import org.amvkit.rules.Classification;
import org.amvkit.rules.Classifier;
import org.amvkit.rules.Profile;
import org.amvkit.rules.Verdict;
import org.amvkit.rules.builtin.BuiltInProfiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded sample catalogue holds what issue 5 asks of it: real films and series with their
 * titles, years, media and main characters' species as published, and videos that reach every
 * category and deviation of every built-in profile, collaborations across countries, birthday
 * presents, Sony Vegas and After Effects. The facts below were checked against the films' credits.
 */
class SampleCatalogueTest {

  private static Catalogue sample;

  @BeforeAll
  static void readSample() throws IOException {
    try (CatalogueReader reader = CatalogueReader.open(Samples.catalogue())) {
      sample = reader.readAll();
    }
  }

  @Test
  void it_holds_at_least_fifteen_sources_and_twenty_five_videos() {
    assertThat(sample.sources()).hasSizeGreaterThanOrEqualTo(15);
    assertThat(sample.videos()).hasSizeGreaterThanOrEqualTo(25);
  }

  @Test
  void the_films_the_issue_names_have_their_real_titles_years_media_and_forms() {
    // when
    Map<String, Source> byId = sample.sources().stream()
        .collect(Collectors.toMap(Source::id, Function.identity()));

    // then
    assertThat(List.of("balto", "bolt", "the-lion-king", "the-fox-and-the-hound", "spirit",
        "wolfs-rain", "princess-mononoke", "brother-bear", "zootopia"))
        .extracting(byId::get)
        .extracting(Source::title, Source::medium, Source::form, Source::year)
        .containsExactly(
            tuple("Balto", Optional.of(Medium.ANIMATION), Optional.of(Form.FILM), Optional.of(Year.of(1995))),
            tuple("Bolt", Optional.of(Medium.ANIMATION), Optional.of(Form.FILM), Optional.of(Year.of(2008))),
            tuple("The Lion King", Optional.of(Medium.ANIMATION), Optional.of(Form.FILM),
                Optional.of(Year.of(1994))),
            tuple("The Fox and the Hound", Optional.of(Medium.ANIMATION), Optional.of(Form.FILM),
                Optional.of(Year.of(1981))),
            tuple("Spirit: Stallion of the Cimarron", Optional.of(Medium.ANIMATION), Optional.of(Form.FILM),
                Optional.of(Year.of(2002))),
            tuple("Wolf's Rain", Optional.of(Medium.ANIME), Optional.of(Form.SERIES),
                Optional.of(Year.of(2003))),
            tuple("Princess Mononoke", Optional.of(Medium.ANIME), Optional.of(Form.FILM),
                Optional.of(Year.of(1997))),
            tuple("Brother Bear", Optional.of(Medium.ANIMATION), Optional.of(Form.FILM),
                Optional.of(Year.of(2003))),
            tuple("Zootopia", Optional.of(Medium.ANIMATION), Optional.of(Form.FILM),
                Optional.of(Year.of(2016))));
  }

  @Test
  void the_main_characters_have_their_species() {
    // when
    Map<String, Family> families = sample.sources().stream()
        .flatMap(source -> source.cast().stream())
        .collect(Collectors.toMap(CastMember::name, member -> member.species().family(),
            (a, b) -> a));

    // then
    assertThat(families).containsEntry("Balto", Family.CANINE).containsEntry("Bolt", Family.CANINE)
        .containsEntry("Mittens", Family.FELINE).containsEntry("Simba", Family.FELINE)
        .containsEntry("Tod", Family.CANINE).containsEntry("Copper", Family.CANINE)
        .containsEntry("Spirit", Family.EQUINE).containsEntry("Kiba", Family.CANINE)
        .containsEntry("Moro", Family.CANINE).containsEntry("Kenai", Family.URSINE)
        .containsEntry("Nick Wilde", Family.CANINE).containsEntry("Shotaro Kaneda", Family.HUMAN);
  }

  @Test
  void it_has_anime_without_animal_leads_and_live_action() {
    assertThat(sample.sources())
        .filteredOn(source -> source.medium().orElse(null) == Medium.ANIME && !source.cast().isEmpty()
            && !source.featuresAnimals())
        .extracting(Source::id).contains("akira", "your-name");
    assertThat(sample.sources()).filteredOn(source -> source.medium().orElse(null) == Medium.LIVE_ACTION)
        .extracting(Source::id).contains("white-fang", "eight-below");
  }

  @Test
  void every_reachable_category_of_every_built_in_profile_is_some_video_s_category() {
    // all-the-tropes: an anime-only video with one source is a single-source music video, with
    // several an Animash, so anime-music-video is never first there; it is MET for v-007
    assertThat(categories(BuiltInProfiles.allTheTropes())).containsExactly("animash", "fan-vid",
        "not-a-music-video", "single-source-music-video");
    assertThat(categories(BuiltInProfiles.allTheTropesStrict())).containsExactly("animash",
        "anime-music-video", "fan-vid", "not-a-music-video", "single-source-music-video");
    assertThat(categories(BuiltInProfiles.realWorld())).containsExactly("anime-music-video",
        "fan-vid", "not-a-music-video");
  }

  @Test
  void the_animal_convention_is_broken_by_some_and_unknown_for_one() {
    // when
    List<Classification> tropes = classify(BuiltInProfiles.allTheTropes());
    List<Classification> strict = classify(BuiltInProfiles.allTheTropesStrict());

    // then: the deviation of the default profile, and an Animash the strict one cannot decide
    assertThat(tropes).filteredOn(c -> c.deviations().contains("features-animals"))
        .extracting(Classification::videoId).containsExactly("v-007", "v-008", "v-021");
    assertThat(tropes).filteredOn(c -> c.videoId().equals("v-007"))
        .extracting(c -> c.verdicts().get("anime-music-video")).containsExactly(Verdict.MET);
    // v-015's NIMH lists no characters; v-028's Watership Down has no recorded medium
    assertThat(strict).filteredOn(c -> c.verdicts().get("animash") == Verdict.UNDETERMINED)
        .extracting(Classification::videoId).containsExactly("v-015", "v-028");
  }

  @Test
  void its_community_collaborates_across_countries_gives_birthday_videos_and_uses_vegas_and_ae() {
    assertThat(sample.videos()).filteredOn(video -> video.countries().size() >= 2)
        .hasSizeGreaterThanOrEqualTo(5);
    assertThat(sample.videos()).filteredOn(video -> video.dedication()
        .filter(dedication -> dedication.occasion() == Occasion.BIRTHDAY).isPresent())
        .hasSizeGreaterThanOrEqualTo(5);
    assertThat(sample.videos()).flatExtracting(Video::software)
        .contains(EditingSoftware.SONY_VEGAS, EditingSoftware.ADOBE_AFTER_EFFECTS);
  }

  @Test
  void no_video_is_published_before_a_source_it_uses_was_released() {
    assertThat(sample.videos()).allSatisfy(video -> assertThat(video.usedSources())
        .allSatisfy(source -> assertThat(source.year().orElseThrow().getValue())
            .as("%s uses %s", video.id(), source.id())
            .isLessThanOrEqualTo(video.published().orElseThrow().getYear())));
  }

  @Test
  void some_videos_record_the_awards_they_won_some_that_they_won_none_and_the_rest_nothing() {
    assertThat(sample.videos()).filteredOn(video -> video.awards().filter(won -> !won.isEmpty())
        .isPresent()).extracting(Video::id).containsExactly("v-001", "v-005");
    assertThat(sample.videos()).filteredOn(video -> video.awards().filter(List::isEmpty)
        .isPresent()).extracting(Video::id).containsExactly("v-007", "v-009");
    assertThat(sample.videos()).filteredOn(video -> video.awards().isEmpty())
        .hasSize(sample.videos().size() - 4);
  }

  @Test
  void no_award_was_won_before_its_video_was_first_shown() {
    assertThat(sample.videos()).allSatisfy(video -> assertThat(video.awards().orElse(List.of()))
        .allSatisfy(award -> assertThat(award.year().getValue()).as("%s won %s", video.id(),
            award.event()).isGreaterThanOrEqualTo(video.published().orElseThrow().getYear())));
  }

  private static List<Classification> classify(Profile profile) {
    Classifier classifier = Classifier.of(profile);
    return sample.videos().stream().map(classifier::classify).toList();
  }

  private static Set<String> categories(Profile profile) {
    return classify(profile).stream().map(Classification::category)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
