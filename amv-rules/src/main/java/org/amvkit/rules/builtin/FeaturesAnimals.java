/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.builtin;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.amvkit.core.CastMember;
import org.amvkit.core.Source;
import org.amvkit.core.Video;
import org.amvkit.core.internal.VideoFacts;
import org.amvkit.core.species.Animalness;
import org.amvkit.core.species.Posture;
import org.amvkit.rules.Evidence;
import org.amvkit.rules.Status;
import org.amvkit.rules.builtin.BuiltInRules.Quantifier;
import org.amvkit.rules.internal.Facts;
import org.amvkit.rules.StatusRule;

/**
 * {@value BuiltInRules#FEATURES_ANIMALS}: every used source (or any, as asked) features an animal
 * character, of any posture or of one posture only. The id is the same either way.
 *
 * <p>A source's animal-ness is {@link Animalness#ANIMAL} if one of its characters counts as an
 * animal; else {@link Animalness#UNKNOWN} if it lists no characters, or one whose species the
 * taxonomy does not recognise, or (with a posture asked) an animal whose posture is not recorded;
 * else {@link Animalness#NOT_ANIMAL}. Only a known non-animal source can fail the rule: a name the
 * taxonomy does not know may well be an animal.
 */
final class FeaturesAnimals extends StatusRule {

  private final Quantifier quantifier;
  /** The only posture that counts; null: any posture counts. */
  private final Posture posture;

  FeaturesAnimals(Quantifier quantifier, Posture posture) {
    super(BuiltInRules.FEATURES_ANIMALS, description(quantifier, posture));
    this.quantifier = quantifier;
    this.posture = posture;
  }

  private static String description(Quantifier quantifier, Posture posture) {
    String animals = posture == null ? "animal characters" : posture.id() + " animal characters";
    return switch (quantifier) {
      case EVERY -> "every source features " + animals;
      case ANY -> "at least one source features " + animals;
    };
  }

  @Override
  public Status status(Video video) {
    Set<Source> used = video.usedSources();
    if (used.isEmpty()) {
      return Status.UNKNOWN;
    }
    return switch (quantifier) {
      case EVERY -> inEvery(used);
      case ANY -> inAny(used);
    };
  }

  /** The first source known to have no animal fails it; else an unknown one leaves it unknown. */
  private Status inEvery(Set<Source> used) {
    boolean unknown = false;
    for (Source source : used) {
      switch (animalness(source)) {
        case NOT_ANIMAL -> {
          return Status.FAIL;
        }
        case UNKNOWN -> unknown = true;
        case ANIMAL -> { }
      }
    }
    return unknown ? Status.UNKNOWN : Status.PASS;
  }

  /** The first source with an animal passes it; else an unknown one leaves it unknown. */
  private Status inAny(Set<Source> used) {
    boolean unknown = false;
    for (Source source : used) {
      switch (animalness(source)) {
        case ANIMAL -> {
          return Status.PASS;
        }
        case UNKNOWN -> unknown = true;
        case NOT_ANIMAL -> { }
      }
    }
    return unknown ? Status.UNKNOWN : Status.FAIL;
  }

  /** Whether a source has a character that counts, none, or one that may count. */
  private Animalness animalness(Source source) {
    if (posture == null) {
      return source.castAnimalness();   // a field: worked out once, when the source was built
    }
    List<CastMember> cast = source.cast();
    boolean unknown = cast.isEmpty();
    // By index: the cast is an unmodifiable list whose iterator escape analysis does not remove,
    // so a for-each allocated two iterators for each source without animals, on the hot path.
    for (int i = 0; i < cast.size(); i++) {
      switch (counts(cast.get(i))) {
        case ANIMAL -> {
          return Animalness.ANIMAL;
        }
        case UNKNOWN -> unknown = true;
        case NOT_ANIMAL -> { }
      }
    }
    return unknown ? Animalness.UNKNOWN : Animalness.NOT_ANIMAL;
  }

  /**
   * Whether a character counts as an animal here: with a posture asked, an animal of another
   * posture does not, and one of unrecorded posture may.
   */
  private Animalness counts(CastMember member) {
    Animalness animalness = member.animalness();
    if (posture == null || animalness != Animalness.ANIMAL) {
      return animalness;
    }
    Optional<Posture> drawn = member.posture();
    if (drawn.isEmpty()) {
      return Animalness.UNKNOWN;
    }
    return drawn.get() == posture ? Animalness.ANIMAL : Animalness.NOT_ANIMAL;
  }

  @Override
  public Status statusFrom(int facts) {
    // without a source it is unknown, whatever the posture; with one, the characters decide,
    // which the facts say for the common form (every source, any posture)
    if (!Facts.anySource(facts)) {
      return Status.UNKNOWN;
    }
    if (quantifier != Quantifier.EVERY || posture != null) {
      return null;
    }
    return (facts & VideoFacts.ALL_FEATURE_ANIMALS) != 0 ? Status.PASS
        : (facts & VideoFacts.ANIMALS_UNKNOWN) != 0 ? Status.UNKNOWN : Status.FAIL;
  }

  @Override
  public Evidence evidence(Video video, Status status) {
    Set<Source> used = video.usedSources();
    if (!video.sourcesRecorded()) {
      return Evidence.of(Sources.NOT_RECORDED + ", so their characters are not known");
    }
    if (used.isEmpty()) {
      return Evidence.of("no source is named, so its characters are not known");
    }
    String animals = posture == null ? "animals" : posture.id() + " animals";
    List<String> unknown = new ArrayList<>();
    for (Source source : used) {
      if (!source.cast().isEmpty() && animalness(source) == Animalness.UNKNOWN) {
        unknown.add(source.title() + " (" + String.join("; ", whyUnknown(source)) + ")");
      }
    }
    List<String> with = Sources.titles(used, source -> animalness(source) == Animalness.ANIMAL);
    List<String> without =
        Sources.titles(used, source -> animalness(source) == Animalness.NOT_ANIMAL);
    List<String> unlisted = Sources.titles(used, source -> source.cast().isEmpty());
    String template = "with " + animals + ": {with}; without " + animals + ": {without};"
        + " no characters listed: {unlisted}";
    if (unknown.isEmpty()) {
      // known casts read, and their facts are, as they were before unknown names were told apart
      return Evidence.of(template, "with", with, "without", without, "unlisted", unlisted);
    }
    return Evidence.of(template + "; not known: {unknown}",
        "with", with, "without", without, "unlisted", unlisted, "unknown", unknown);
  }

  /** The unrecognised species names of a source's cast, and its animals of unrecorded posture. */
  private List<String> whyUnknown(Source source) {
    Set<String> species = new LinkedHashSet<>();
    List<String> noPosture = new ArrayList<>();
    for (CastMember member : source.cast()) {
      if (member.animalness() == Animalness.UNKNOWN) {
        species.add(member.species().name());
      } else if (counts(member) == Animalness.UNKNOWN) {
        noPosture.add(member.name());
      }
    }
    List<String> reasons = new ArrayList<>(2);
    if (!species.isEmpty()) {
      reasons.add("species not recognised: " + String.join(", ", species));
    }
    if (!noPosture.isEmpty()) {
      reasons.add("posture not recorded: " + String.join(", ", noPosture));
    }
    return reasons;
  }
}
