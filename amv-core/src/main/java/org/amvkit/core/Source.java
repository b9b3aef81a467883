/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core;

import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.amvkit.core.species.Animalness;
import org.immutables.value.Value;

/**
 * A film, series or other work whose footage a video uses.
 *
 * <pre>{@code
 * Source balto = Source.builder()
 *     .id("balto").title("Balto").medium(Medium.ANIMATION).form(Form.FILM).year(Year.of(1995))
 *     .addCast(CastMember.of("Balto", "wolfdog"), CastMember.of("Jenna", "dog"))
 *     .build();
 * balto.isAnimated();        // true
 * balto.featuresAnimals();   // true
 * }</pre>
 *
 * <p>The cast need not be complete: it lists the characters a catalogue knows. An empty cast means
 * "not known", which the {@code features-animals} rule reports as unknown rather than as "no
 * animals".
 */
@Value.Immutable
public abstract class Source {

  /** The year of the first motion pictures; no source can be older. */
  private static final Year FIRST_FILM = Year.of(1888);

  Source() {}

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a source with no further facts.
   *
   * @param id  the identifier catalogues use to refer to it, not null, not blank
   * @param title  the title, not null, not blank
   * @param medium  the medium, not null (the builder leaves it out when it is not recorded)
   * @return the source, not null
   * @throws InvalidValueException if the id or title is blank
   */
  public static Source of(String id, String title, Medium medium) {
    return builder().id(id).title(title).medium(medium).build();
  }

  /**
   * Returns the identifier catalogues use to refer to this source.
   *
   * @return the id, such as {@code "balto"}, not null, not blank
   */
  public abstract String id();

  /**
   * Returns the title.
   *
   * @return the title, such as {@code "Balto"}, not null, not blank
   */
  public abstract String title();

  /**
   * Returns the medium, if it is recorded. Catalogues that know a source by its title alone do
   * not; the rules that ask what the footage is are then unknown for it.
   *
   * @return the medium, or empty if not recorded, not null
   */
  public abstract Optional<Medium> medium();

  /**
   * Returns the release form: film, series, OVA, short.
   *
   * @return the form, or empty if unknown, not null
   */
  public abstract Optional<Form> form();

  /**
   * Returns the year of first release.
   *
   * @return the year, or empty if unknown, not null
   */
  public abstract Optional<Year> year();

  /**
   * Returns the studio that made it.
   *
   * @return the studio, or empty if unknown, not null
   */
  public abstract Optional<String> studio();

  /**
   * Returns the franchise it belongs to, so that The Lion King and its sequel can be counted as
   * one franchise.
   *
   * @return the franchise, or empty if unknown or none, not null
   */
  public abstract Optional<String> franchise();

  /**
   * Returns the characters known to appear in it.
   *
   * @return the cast, empty if unknown, not null
   */
  public abstract List<CastMember> cast();

  /**
   * Returns the other titles it is known by: in other languages ({@code "Mononoke-hime"}), with or
   * without a subtitle, as fans abbreviate it. Catalogues that name footage by title alone use them
   * to find the source.
   *
   * @return the other titles, none blank, empty if none are known, not null
   */
  public abstract List<String> aliases();

  /**
   * Tells whether this source is known to be animated: anime or other animation.
   *
   * @return true if the medium is recorded and animated; false if it is not animated or not
   *     recorded
   */
  public boolean isAnimated() {
    Optional<Medium> medium = medium();
    return medium.isPresent() && medium.get().isAnimated();
  }

  /**
   * Tells whether at least one known character of this source is an animal: whether
   * {@link #castAnimalness()}, computed once, is {@link Animalness#ANIMAL}.
   *
   * @return true if the cast has an animal; false if it has none or is empty
   */
  public boolean featuresAnimals() {
    return castAnimalness() == Animalness.ANIMAL;
  }

  /**
   * Tells, in three values, whether the cast features an animal: {@link Animalness#ANIMAL} if a
   * known character is one; else {@link Animalness#UNKNOWN} if the cast is empty or a character's
   * species is not recognised (it may be an animal); else {@link Animalness#NOT_ANIMAL}. Computed
   * once: the {@code features-animals} rule asks it of every source of every video it judges.
   *
   * <pre>{@code
   * balto.castAnimalness();                                   // ANIMAL: Balto is a wolfdog
   * Source.of("akira", "Akira", Medium.ANIME).castAnimalness();  // UNKNOWN: no cast listed
   * }</pre>
   *
   * @return the animal-ness of the cast, not null
   */
  @Value.Derived
  @Value.Auxiliary
  public Animalness castAnimalness() {
    boolean unknown = cast().isEmpty();
    for (CastMember member : cast()) {
      switch (member.animalness()) {
        case ANIMAL -> {
          return Animalness.ANIMAL;
        }
        case UNKNOWN -> unknown = true;
        case NOT_ANIMAL -> { }
      }
    }
    return unknown ? Animalness.UNKNOWN : Animalness.NOT_ANIMAL;
  }

  @Value.Check
  void check() {
    Problems problems = Problems.of("source", id())
        .requireNonBlank("id", id())
        .requireNonBlank("title", title());
    for (int i = 0; i < aliases().size(); i++) {
      problems.requireNonBlank("aliases[" + i + "]", aliases().get(i));
    }
    year().filter(year -> year.isBefore(FIRST_FILM)).ifPresent(year -> problems.add("year",
        "year " + year + " is before the first motion pictures (" + FIRST_FILM + ")"));
    problems.throwIfAny();
  }

  /** Builds a {@link Source}; obtained from {@link Source#builder()}. */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}
  }
}
