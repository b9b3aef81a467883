package org.amvkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.amvkit.core.species.Family;
import org.amvkit.core.species.Species;
import org.junit.jupiter.api.Test;

/** A character of a source: a name and a species, which tells whether it is an animal. */
class CastMemberTest {

  @Test
  void wolfdog_character_is_an_animal_of_its_own_species() {
    // when
    CastMember balto = CastMember.of("Balto", "wolfdog");

    // then
    assertThat(balto.isAnimal()).isTrue();
    assertThat(balto.species()).isEqualTo(Species.WOLFDOG);
    assertThat(balto.species().family()).isEqualTo(Family.CANINE);
  }

  @Test
  void human_character_is_not_an_animal() {
    // when
    CastMember hana = CastMember.of("Hana", "Human");

    // then
    assertThat(hana.isAnimal()).isFalse();
  }

  @Test
  void character_of_an_unknown_species_is_not_counted_as_an_animal() {
    // when
    CastMember someone = CastMember.of("Someone", "Shapeshifter");

    // then
    assertThat(someone.isAnimal()).isFalse();
    assertThat(someone.species().name()).isEqualTo("Shapeshifter");
  }

  @Test
  void character_with_a_blank_name_is_rejected() {
    // when
    InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class,
        () -> CastMember.of(" ", Species.DOG));

    // then
    assertThat(thrown).hasMessage("character: name is blank");
    assertThat(thrown.problems()).containsExactly(Problem.of("name", "character: name is blank"));
  }

  @Test
  void character_with_a_blank_species_name_is_rejected() {
    // when / then
    assertThatIllegalArgumentException().isThrownBy(() -> CastMember.of("Balto", "  "))
        .withMessage("species name is blank");
  }
}
