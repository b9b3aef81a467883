/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules;

import static org.amvkit.rules.Fixtures.BALTO;
import static org.amvkit.rules.Fixtures.BOLT;
import static org.amvkit.rules.Fixtures.video;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import org.amvkit.core.InvalidValueException;
import org.amvkit.core.Problem;
import org.amvkit.rules.builtin.BuiltInDefinitions;
import org.amvkit.rules.builtin.BuiltInProfiles;
import org.amvkit.rules.builtin.BuiltInRules;
import org.junit.jupiter.api.Test;

class ProfileTest {

  private static final Definition SHORT_ANIMASH = Definition.builder()
      .id("short-animash").labelTemplate("Short Animash")
      .require(BuiltInRules.hasMusic(), BuiltInRules.multipleSources(),
          Rule.of("max-4-minutes", "lasts at most four minutes",
              video -> video.duration().orElseThrow().compareTo(Duration.ofMinutes(4)) <= 0))
      .build();

  private static final Profile ALL_THE_TROPES = BuiltInProfiles.allTheTropes();

  @Test
  void insert_before_puts_the_definitions_just_before_the_anchor_and_keeps_the_id() {
    // when
    Profile profile = ALL_THE_TROPES.insertBefore("animash", SHORT_ANIMASH);

    // then
    assertThat(profile.id()).isEqualTo("all-the-tropes");
    assertThat(profile.definitions()).extracting(Definition::id).containsExactly(
        "single-source-music-video", "short-animash", "animash", "anime-music-video", "fan-vid");
    Classification classification = Classifier.of(profile).classify(video("Run Free", BALTO, BOLT));
    assertThat(classification.category()).isEqualTo("short-animash");
    assertThat(classification.label()).isEqualTo("Short Animash");
  }

  @Test
  void insert_after_puts_the_definitions_just_after_the_anchor() {
    // when
    Profile profile = ALL_THE_TROPES.insertAfter("animash", SHORT_ANIMASH);

    // then
    assertThat(profile.definitions()).extracting(Definition::id).containsExactly(
        "single-source-music-video", "animash", "short-animash", "anime-music-video", "fan-vid");
    assertThat(Classifier.of(profile).classify(video("Run Free", BALTO, BOLT)).category())
        .isEqualTo("animash");
  }

  @Test
  void insert_after_the_last_definition_appends() {
    assertThat(ALL_THE_TROPES.insertAfter("fan-vid", SHORT_ANIMASH).definitions())
        .extracting(Definition::id).endsWith("fan-vid", "short-animash");
  }

  @Test
  void append_adds_the_definitions_at_the_end() {
    assertThat(ALL_THE_TROPES.append(SHORT_ANIMASH).definitions()).extracting(Definition::id)
        .containsExactly("single-source-music-video", "animash", "anime-music-video", "fan-vid",
            "short-animash");
  }

  @Test
  void with_id_renames_the_profile_and_keeps_its_definitions() {
    // when
    Profile mine = ALL_THE_TROPES.withId("my-archive");

    // then
    assertThat(mine.id()).isEqualTo("my-archive");
    assertThat(mine.definitions()).isEqualTo(ALL_THE_TROPES.definitions());
    assertThat(mine.description()).isEqualTo(ALL_THE_TROPES.description());
    assertThat(Classifier.of(mine).classify(video("Run Free", BALTO, BOLT)).profileId())
        .isEqualTo("my-archive");
  }

  @Test
  void changing_a_profile_leaves_the_original_as_it_was() {
    // when
    ALL_THE_TROPES.insertBefore("fan-vid", SHORT_ANIMASH).withId("my-archive");

    // then
    assertThat(BuiltInProfiles.allTheTropes().id()).isEqualTo("all-the-tropes");
    assertThat(BuiltInProfiles.allTheTropes().definitions()).hasSize(4);
  }

  @Test
  void inserting_next_to_an_unknown_definition_is_rejected_listing_the_known_ones() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ALL_THE_TROPES.insertBefore("fanvid", SHORT_ANIMASH))
        .withMessage("profile all-the-tropes has no definition \"fanvid\"; it has"
            + " [single-source-music-video, animash, anime-music-video, fan-vid]");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ALL_THE_TROPES.insertAfter("fanvid", SHORT_ANIMASH))
        .withMessage("profile all-the-tropes has no definition \"fanvid\"; it has"
            + " [single-source-music-video, animash, anime-music-video, fan-vid]");
  }

  @Test
  void two_definitions_with_one_id_are_rejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Profile.of("mine", BuiltInDefinitions.animash(),
            BuiltInDefinitions.strictAnimash()))
        .withMessage("profile mine: two definitions have the id \"animash\"");
  }

  @Test
  void inserting_or_appending_a_definition_id_already_taken_is_rejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ALL_THE_TROPES.insertBefore("fan-vid", BuiltInDefinitions.strictAnimash()))
        .withMessage("profile all-the-tropes: two definitions have the id \"animash\"");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ALL_THE_TROPES.append(BuiltInDefinitions.fanVid()))
        .withMessage("profile all-the-tropes: two definitions have the id \"fan-vid\"");
  }

  @Test
  void the_fallback_category_cannot_be_defined() {
    // given
    Definition impostor = Definition.builder().id("not-a-music-video").labelTemplate("Nothing")
        .require(BuiltInRules.hasMusic()).build();

    // when, then
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Profile.of("mine", impostor))
        .withMessage("profile mine: \"not-a-music-video\" is the fallback category and cannot be"
            + " defined");
  }

  @Test
  void the_undetermined_category_is_reserved() {
    // given
    Definition impostor = Definition.builder().id(Profile.UNDETERMINED).labelTemplate("Unsure")
        .require(BuiltInRules.hasMusic()).build();

    // when, then
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Profile.of("mine", BuiltInDefinitions.fanVid(), impostor))
        .withMessage("profile mine: \"undetermined\" is reserved for videos no"
            + " definition could decide and cannot be defined");
  }

  @Test
  void a_profile_needs_an_id_and_every_problem_is_reported_at_once() {
    // when
    InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class,
        () -> Profile.of(" ", BuiltInDefinitions.fanVid(), BuiltInDefinitions.fanVid()));

    // then
    assertThat(thrown).hasMessage(
        "2 problems: profile: id is blank; profile: two definitions have the id \"fan-vid\"");
    assertThat(thrown.problems()).extracting(Problem::field)
        .containsExactly("id", "definitions[1].id");
  }

  @Test
  void a_definition_rejects_a_rule_that_appears_twice_and_a_blank_label() {
    // when
    InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class,
        () -> Definition.builder().id("twice").labelTemplate(" ")
            .require(BuiltInRules.hasMusic()).convention(BuiltInRules.hasMusic()).build());

    // then
    assertThat(thrown).hasMessage("2 problems: definition twice: label is blank;"
        + " definition twice: rule \"has-music\" appears twice");
    assertThat(thrown.problems()).extracting(Problem::field)
        .containsExactly("labelTemplate", "criteria[1]");
  }

  @Test
  void a_definition_without_an_id_is_named_by_its_kind_alone() {
    // when
    InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class,
        () -> Definition.builder().id("").labelTemplate("Animash").build());

    // then
    assertThat(thrown.problems()).containsExactly(Problem.of("id", "definition: id is blank"));
  }

  @Test
  void a_definition_lists_required_rules_and_conventions_in_order() {
    assertThat(BuiltInDefinitions.animash().required()).extracting(Rule::id)
        .containsExactly("has-music", "multiple-sources", "animated-footage-only");
    assertThat(BuiltInDefinitions.animash().criteria()).extracting(Criterion::requirement)
        .containsExactly(Requirement.REQUIRED, Requirement.REQUIRED, Requirement.REQUIRED,
            Requirement.CONVENTION);
  }

  @Test
  void a_label_can_name_the_video_as_well_as_its_source() {
    // given
    Definition tribute = Definition.builder().id("tribute")
        .labelTemplate("{video}: a {source} tribute")
        .require(BuiltInRules.singleSource()).build();

    // when
    String label = tribute.labelFor(video("Run Balto Run", BALTO));

    // then
    assertThat(label).isEqualTo("Run Balto Run: a Balto tribute");
  }

  @Test
  void a_profile_finds_its_definitions_by_id() {
    assertThat(ALL_THE_TROPES.definition("animash")).containsSame(BuiltInDefinitions.animash());
    assertThat(ALL_THE_TROPES.definition("contest")).isEmpty();
  }
}
