/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A person who made a video. The Animash community is international — the source text names
 * American, Brazilian, British, Dutch, Japanese and Malaysian members — so a creator may carry an
 * ISO 3166-1 alpha-2 country code.
 *
 * <pre>{@code
 * Creator snowPaw = Creator.of("SnowPaw", "NL");
 * Creator fox = Creator.builder().name("FoxFan").country("BR").channel("youtube.com/@foxfan").build();
 * }</pre>
 */
@Value.Immutable
public abstract class Creator {

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  Creator() {}

  /**
   * Returns a builder for a creator with a channel.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a creator whose country is not known.
   *
   * @param name  the name the creator goes by, not null, not blank
   * @return the creator, not null
   * @throws InvalidValueException if the name is blank
   */
  public static Creator of(String name) {
    return builder().name(name).build();
  }

  /**
   * Creates a creator from a country.
   *
   * @param name  the name the creator goes by, not null, not blank
   * @param country  an ISO 3166-1 alpha-2 code such as {@code "NL"}, in either case, not null
   * @return the creator, not null
   * @throws InvalidValueException if the name is blank or the country is not an ISO code
   */
  public static Creator of(String name, String country) {
    Objects.requireNonNull(country, "country");
    return builder().name(name).country(country.toUpperCase(Locale.ROOT)).build();
  }

  /**
   * Returns the name the creator goes by.
   *
   * @return the name, not null, not blank
   */
  public abstract String name();

  /**
   * Returns the creator's country.
   *
   * @return the ISO 3166-1 alpha-2 code in upper case, or empty if unknown, not null
   */
  public abstract Optional<String> country();

  /**
   * Returns where the creator publishes, such as a channel's address.
   *
   * @return the channel, or empty, not null
   */
  public abstract Optional<String> channel();

  @Value.Check
  void check() {
    Problems problems = Problems.of("creator").requireNonBlank("name", name());
    // No lambda: a creator is built for every creator of every video read, and a capturing
    // lambda the compiler does not inline is made through a method handle.
    Optional<String> country = country();
    if (country.isPresent() && !COUNTRIES.contains(country.get())) {
      problems.add("country", "country \"" + country.get()
          + "\" is not an ISO 3166-1 alpha-2 code in upper case");
    }
    problems.throwIfAny();
  }

  /** Builds a {@link Creator}; obtained from {@link Creator#builder()}. */
  public static final class Builder extends ImmutableCreator.Builder {
    Builder() {}
  }
}
