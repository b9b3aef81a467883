/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core;

import static org.amvkit.core.Fixtures.BALTO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Year;
import org.amvkit.core.species.Animalness;
import org.junit.jupiter.api.Test;

/** A source is a work whose footage videos use; it knows whether it is animated and has animals. */
class SourceTest {

  @Test
  void the_animal_ness_of_a_cast_is_animal_unknown_or_not_animal() {
    Source humans = Source.builder().id("h").title("H").medium(Medium.ANIME)
        .addCast(CastMember.of("Kaneda", "human")).build();
    Source mystery = Source.builder().id("m").title("M").medium(Medium.ANIME)
        .addCast(CastMember.of("Kaneda", "human"), CastMember.of("Zorg", "zorgling")).build();

    assertThat(BALTO.castAnimalness()).isEqualTo(Animalness.ANIMAL);
    assertThat(humans.castAnimalness()).isEqualTo(Animalness.NOT_ANIMAL);
    assertThat(mystery.castAnimalness()).isEqualTo(Animalness.UNKNOWN);
    assertThat(Source.of("akira", "Akira", Medium.ANIME).castAnimalness())
        .isEqualTo(Animalness.UNKNOWN);
  }

  @Test
  void source_with_a_blank_id_is_rejected_and_named_without_an_id() {
    // when
    InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class,
        () -> Source.of(" ", "Balto", Medium.ANIMATION));

    // then
    assertThat(thrown).hasMessage("source: id is blank");
    assertThat(thrown.problems()).containsExactly(Problem.of("id", "source: id is blank"));
  }

  @Test
  void source_with_a_blank_title_is_rejected_naming_the_source() {
    // when
    InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class,
        () -> Source.of("balto", "", Medium.ANIMATION));

    // then
    assertThat(thrown).hasMessage("source balto: title is blank");
    assertThat(thrown.problems())
        .containsExactly(Problem.of("title", "source balto: title is blank"));
  }

  @Test
  void source_with_a_blank_id_and_title_reports_both() {
    // when
    InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class,
        () -> Source.of("", " ", Medium.ANIMATION));

    // then
    assertThat(thrown).hasMessage("2 problems: source: id is blank; source: title is blank");
    assertThat(thrown.problems()).extracting(Problem::field).containsExactly("id", "title");
  }

  @Test
  void source_older_than_the_first_motion_pictures_is_rejected_quoting_the_year() {
    // when
    InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class,
        () -> Source.builder().id("zoo").title("Zoopraxiscope").medium(Medium.OTHER)
            .year(Year.of(1887)).build());

    // then
    assertThat(thrown)
        .hasMessage("source zoo: year 1887 is before the first motion pictures (1888)");
    assertThat(thrown.problems()).containsExactly(
        Problem.of("year", "source zoo: year 1887 is before the first motion pictures (1888)"));
  }

  @Test
  void source_from_the_year_of_the_first_motion_pictures_is_accepted() {
    // when
    Source roundhay = Source.builder().id("roundhay").title("Roundhay Garden Scene")
        .medium(Medium.LIVE_ACTION).year(Year.of(1888)).build();

    // then
    assertThat(roundhay.year()).contains(Year.of(1888));
  }

  @Test
  void source_with_an_animal_in_its_cast_features_animals() {
    // when / then
    assertThat(BALTO.featuresAnimals()).isTrue();
  }

  @Test
  void source_with_an_anthropomorphic_animal_in_its_cast_features_animals() {
    // when
    Source zootopia = Source.builder().id("zootopia").title("Zootopia").medium(Medium.ANIMATION)
        .addCast(CastMember.of("Nick Wilde", "anthropomorphic fox")).build();

    // then
    assertThat(zootopia.featuresAnimals()).isTrue();
  }

  @Test
  void source_with_only_humans_and_unknown_beings_does_not_feature_animals() {
    // when
    Source source = Source.builder().id("humans").title("Humans").medium(Medium.ANIME)
        .addCast(CastMember.of("Hana", "human"), CastMember.of("Someone", "shapeshifter")).build();

    // then
    assertThat(source.featuresAnimals()).isFalse();
  }

  @Test
  void source_with_an_unknown_cast_does_not_feature_animals() {
    // when
    Source source = Source.of("wolf-children", "Wolf Children", Medium.ANIME);

    // then
    assertThat(source.cast()).isEmpty();
    assertThat(source.featuresAnimals()).isFalse();
  }

  @Test
  void source_is_animated_when_its_medium_is() {
    // when / then
    assertThat(Source.of("a", "A", Medium.ANIME).isAnimated()).isTrue();
    assertThat(Source.of("a", "A", Medium.ANIMATION).isAnimated()).isTrue();
    assertThat(Source.of("a", "A", Medium.LIVE_ACTION).isAnimated()).isFalse();
    assertThat(Source.of("a", "A", Medium.VIDEO_GAME).isAnimated()).isFalse();
  }
}
