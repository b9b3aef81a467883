/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import static org.amvkit.core.json.Documents.catalogue;
import static org.amvkit.core.json.Documents.readAll;
import static org.amvkit.core.json.Documents.sources;
import static org.amvkit.core.json.Documents.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.amvkit.core.CastMember;
import org.amvkit.core.Clip;
import org.amvkit.core.Creator;
import org.amvkit.core.Medium;
import org.amvkit.core.Source;
import org.amvkit.core.Video;
import org.amvkit.core.catalogue.Catalogue;
import org.amvkit.core.species.Posture;
import org.amvkit.core.species.Species;
import org.junit.jupiter.api.Test;

/** A character's {@code "posture"} is read, stated by its species name or not, and written back. */
class CastMemberCodecTest {

  private static List<CastMember> cast(String characters) {
    String json = catalogue(sources("{\"id\": \"s\", \"title\": \"S\", \"medium\": \"animation\","
        + " \"characters\": [" + characters + "]}"));
    return readAll(json).sources().get(0).cast();
  }

  @Test
  void a_posture_given_is_read() {
    // when
    List<CastMember> cast = cast("""
        {"name": "Spirit", "species": "stallion", "posture": "feral"},
        {"name": "Nick Wilde", "species": "fox", "posture": "Anthropomorphic"}""");

    // then
    assertThat(cast).containsExactly(CastMember.of("Spirit", Species.HORSE, Posture.FERAL),
        CastMember.of("Nick Wilde", Species.FOX, Posture.ANTHROPOMORPHIC));
  }

  @Test
  void a_posture_left_out_or_null_is_the_one_the_species_name_states_else_not_recorded() {
    // when
    List<CastMember> cast = cast("""
        {"name": "Robin Hood", "species": "anthropomorphic fox"},
        {"name": "Tod", "species": "fox (feral)", "posture": null},
        {"name": "Balto", "species": "wolfdog"},
        {"name": "Kaa", "species": "talking snake"}""");

    // then
    assertThat(cast).extracting(CastMember::posture).containsExactly(
        Optional.of(Posture.ANTHROPOMORPHIC), Optional.of(Posture.FERAL),
        Optional.empty(), Optional.empty());
    assertThat(cast).extracting(CastMember::species)
        .containsExactly(Species.FOX, Species.FOX, Species.WOLFDOG, Species.parse("snake"));
  }

  @Test
  void a_posture_given_wins_over_the_one_the_species_name_states() {
    // when
    List<CastMember> cast = cast(
        "{\"name\": \"Robin Hood\", \"species\": \"anthro fox\", \"posture\": \"feral\"}");

    // then
    assertThat(cast.get(0).posture()).contains(Posture.FERAL);
    assertThat(cast.get(0).species()).isEqualTo(Species.FOX);
  }

  @Test
  void a_posture_that_is_not_one_of_the_values_is_reported_at_its_path() {
    // given
    String json = catalogue(sources("""
        {"id": "balto", "title": "Balto", "medium": "animation",
         "characters": [{"name": "Balto", "species": "wolfdog"},
                        {"name": "Boris", "species": "goose", "posture": "waddling"}]}"""));

    // when
    CatalogueFormatException e = catchThrowableOfType(CatalogueFormatException.class,
        () -> readAll(json));

    // then
    assertThat(e).hasMessage("sources[0].characters[1].posture: \"waddling\" is not one of feral,"
        + " anthropomorphic");
    assertThat(e.path()).isEqualTo("sources[0].characters[1].posture");
  }

  @Test
  void a_posture_that_is_not_a_string_is_reported_at_its_path() {
    // given
    String json = catalogue(sources("""
        {"id": "balto", "title": "Balto", "medium": "animation",
         "characters": [{"name": "Balto", "species": "wolfdog", "posture": true}]}"""));

    // when
    CatalogueFormatException e = catchThrowableOfType(CatalogueFormatException.class,
        () -> readAll(json));

    // then
    assertThat(e.path()).isEqualTo("sources[0].characters[0].posture");
    assertThat(e).hasMessageStartingWith("sources[0].characters[0].posture: ");
  }

  @Test
  void a_recorded_posture_is_written_and_read_back_equal_in_the_cast_and_in_a_clip() {
    // given
    Source robinHood = Source.builder().id("robin-hood").title("Robin Hood")
        .medium(Medium.ANIMATION)
        .addCast(CastMember.of("Robin Hood", "anthropomorphic fox"),
            CastMember.of("Toby", Species.DOG, Posture.FERAL), CastMember.of("Sis", "fox"))
        .build();
    Video video = Video.builder().id("v-0").title("T").duration(Duration.ofMinutes(1))
        .addCreators(Creator.of("A"))
        .addClips(Clip.builder().source(robinHood).start(Duration.ZERO)
            .end(Duration.ofSeconds(5))
            .addCharacters(CastMember.of("Robin Hood", Species.FOX, Posture.FERAL)).build())
        .build();
    Catalogue catalogue = Catalogue.builder().addSources(robinHood).addVideos(video).build();

    // when
    String json = write(catalogue);

    // then
    assertThat(json).contains(
        "{\"name\":\"Robin Hood\",\"species\":\"fox\",\"posture\":\"anthropomorphic\"}",
        "{\"name\":\"Toby\",\"species\":\"dog\",\"posture\":\"feral\"}",
        "{\"name\":\"Sis\",\"species\":\"fox\"}");
    Catalogue back = readAll(json);
    assertThat(back.sources()).containsExactly(robinHood);
    assertThat(back.sources().get(0).cast()).isEqualTo(robinHood.cast());
    assertThat(back.videos().get(0).clips().get(0).characters())
        .isEqualTo(video.clips().get(0).characters());
  }
}
