/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.amvkit.core.InvalidValueException;
import org.amvkit.core.Problems;
import org.immutables.value.Value;

/**
 * An ordered list of definitions: the first one a video meets names what it is.
 *
 * <pre>{@code
 * Profile mine = BuiltInProfiles.allTheTropes()
 *     .withId("my-archive")
 *     .insertBefore("fan-vid", myDefinition);
 * Classifier classifier = Classifier.of(mine);
 * }</pre>
 *
 * <p>A video that meets none is {@value #UNDETERMINED} when one definition could not be decided,
 * else {@value #NOT_A_MUSIC_VIDEO}. Building a profile checks that its id is not blank and that
 * its definitions have distinct ids, none of them {@value #NOT_A_MUSIC_VIDEO} or
 * {@value #UNDETERMINED} (reserved); every problem is reported at once, in one
 * {@link InvalidValueException}.
 */
@Value.Immutable
public abstract class Profile {

  /** The category of a video that meets no definition of the profile. */
  public static final String NOT_A_MUSIC_VIDEO = "not-a-music-video";
  /** The label of {@link #NOT_A_MUSIC_VIDEO}. */
  public static final String NOT_A_MUSIC_VIDEO_LABEL = "Not a music video";
  /**
   * The category of a video that meets no definition of the profile while one, at least, is
   * {@link Verdict#UNDETERMINED}: it is not known not to be one.
   */
  public static final String UNDETERMINED = "undetermined";
  /** The label of {@link #UNDETERMINED}. */
  public static final String UNDETERMINED_LABEL = "Undetermined";

  Profile() {}

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a profile.
   *
   * @param id  the profile's id, not null, not blank
   * @param definitions  the definitions, in order, not null
   * @return the profile, not null
   * @throws InvalidValueException if the id is blank or two definitions share an id; it lists
   *     every problem
   */
  public static Profile of(String id, Definition... definitions) {
    return builder().id(id).addDefinitions(definitions).build();
  }

  /**
   * Returns the profile's id.
   *
   * @return the id, such as {@code "all-the-tropes"}, not null, not blank
   */
  public abstract String id();

  /**
   * Returns what the profile is for.
   *
   * @return the description, empty if none, not null
   */
  @Value.Default
  public String description() {
    return "";
  }

  /**
   * Returns the definitions, in the order they are tried.
   *
   * @return the definitions, not null
   */
  public abstract List<Definition> definitions();

  /**
   * Finds a definition by id.
   *
   * @param id  the definition's id, not null
   * @return the definition, or empty, not null
   */
  public Optional<Definition> definition(String id) {
    return definitions().stream().filter(definition -> definition.id().equals(id)).findFirst();
  }

  /**
   * Returns this profile under another id.
   *
   * @param id  the new id, not null, not blank
   * @return the renamed profile, not null
   */
  public Profile withId(String id) {
    return builder().from(this).id(id).build();
  }

  /**
   * Returns this profile with definitions inserted before an existing one.
   *
   * @param existingId  the id of the definition to insert before, not null
   * @param definitions  the definitions to insert, not null
   * @return the new profile, with the same id, not null
   * @throws IllegalArgumentException if the profile has no definition {@code existingId}
   * @throws InvalidValueException if an inserted id is already taken
   */
  public Profile insertBefore(String existingId, Definition... definitions) {
    return insert(existingId, 0, definitions);
  }

  /**
   * Returns this profile with definitions inserted after an existing one.
   *
   * @param existingId  the id of the definition to insert after, not null
   * @param definitions  the definitions to insert, not null
   * @return the new profile, with the same id, not null
   * @throws IllegalArgumentException if the profile has no definition {@code existingId}
   * @throws InvalidValueException if an inserted id is already taken
   */
  public Profile insertAfter(String existingId, Definition... definitions) {
    return insert(existingId, 1, definitions);
  }

  /**
   * Returns this profile with definitions added at the end.
   *
   * @param definitions  the definitions to add, not null
   * @return the new profile, with the same id, not null
   * @throws InvalidValueException if an added id is already taken
   */
  public Profile append(Definition... definitions) {
    return builder().from(this).addDefinitions(definitions).build();
  }

  private Profile insert(String existingId, int offset, Definition... inserted) {
    int at = -1;
    for (int i = 0; i < definitions().size(); i++) {
      if (definitions().get(i).id().equals(existingId)) {
        at = i + offset;
      }
    }
    if (at < 0) {
      throw new IllegalArgumentException("profile " + id() + " has no definition \"" + existingId
          + "\"; it has " + definitions().stream().map(Definition::id).toList());
    }
    List<Definition> all = new ArrayList<>(definitions());
    all.addAll(at, List.of(inserted));
    return builder().from(this).definitions(all).build();
  }

  @Value.Check
  void check() {
    Problems problems = Problems.of(id().isBlank() ? "profile" : "profile " + id())
        .requireNonBlank("id", id());
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < definitions().size(); i++) {
      String definitionId = definitions().get(i).id();
      if (!ids.add(definitionId)) {
        problems.add("definitions[" + i + "].id", "two definitions have the id "
            + Problems.quote(definitionId));
      }
      int at = i;
      whyReserved(definitionId).ifPresent(why -> problems.add("definitions[" + at + "].id", why));
    }
    problems.throwIfAny();
  }

  /**
   * Tells why a definition id cannot be used, if it is one of the categories a classification
   * gives when no definition is met.
   *
   * @param definitionId  the id, not null
   * @return the reason, such as {@code "\"undetermined\" is reserved for ..."}, empty when the
   *     id may be used, not null
   */
  public static Optional<String> whyReserved(String definitionId) {
    if (definitionId.equals(NOT_A_MUSIC_VIDEO)) {
      return Optional.of(Problems.quote(NOT_A_MUSIC_VIDEO)
          + " is the fallback category and cannot be defined");
    }
    if (definitionId.equals(UNDETERMINED)) {
      return Optional.of(Problems.quote(UNDETERMINED)
          + " is reserved for videos no definition could decide and cannot be defined");
    }
    return Optional.empty();
  }

  /** Builds a {@link Profile}; obtained from {@link Profile#builder()}. */
  public static final class Builder extends ImmutableProfile.Builder {
    Builder() {}
  }
}
