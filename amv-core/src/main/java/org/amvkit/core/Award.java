/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core;

import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An award a video won at a contest or other event: the event, the award category if the award
 * had one, and when it was won — the year at least, the day if known. Contest rule sheets exclude "videos
 * that won an award at an earlier contest", so a catalogue records a video's
 * {@linkplain Video#awards() awards}.
 *
 * <pre>{@code
 * Award drama = Award.of("Otakon 2010 AMV Contest", "Drama", Year.of(2010));
 * Award best = Award.of("AnimeNEXT 2011 AMV Contest", "Best in Show", LocalDate.of(2011, 6, 12));
 * best.year();   // 2011, the year of its date
 * }</pre>
 *
 * <p>The {@linkplain #awardCategory() award category} is free text, as events name them
 * ("Drama", "Best in Show", "Judges' Choice"): neither a {@link Style} nor the category a
 * classification gives a video. In a catalogue it is the award's {@code category}, and a problem
 * with it is reported at that key. Building checks that the event and the award category are not
 * blank and that the date, when given, falls in the year.
 */
@Value.Immutable
public abstract class Award {

  Award() {}

  /**
   * Returns a builder. The year is required; the award category and the date are optional.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates an award without an award category, won in a year.
   *
   * @param event  the contest or event that gave it, not null, not blank
   * @param year  the year it was won, not null
   * @return the award, not null
   * @throws InvalidValueException if the event is blank
   */
  public static Award of(String event, Year year) {
    return builder().event(event).year(year).build();
  }

  /**
   * Creates an award without an award category, won on a day.
   *
   * @param event  the contest or event that gave it, not null, not blank
   * @param date  the day it was won, not null
   * @return the award, with the year of the date, not null
   * @throws InvalidValueException if the event is blank
   */
  public static Award of(String event, LocalDate date) {
    Objects.requireNonNull(date, "date");
    return builder().event(event).year(Year.from(date)).date(date).build();
  }

  /**
   * Creates an award in an award category, won in a year.
   *
   * @param event  the contest or event that gave it, not null, not blank
   * @param awardCategory  the award category it was won in, such as {@code "Drama"}, not null,
   *     not blank
   * @param year  the year it was won, not null
   * @return the award, not null
   * @throws InvalidValueException if the event or the award category is blank
   */
  public static Award of(String event, String awardCategory, Year year) {
    Objects.requireNonNull(awardCategory, "awardCategory");
    return builder().event(event).awardCategory(awardCategory).year(year).build();
  }

  /**
   * Creates an award in an award category, won on a day.
   *
   * @param event  the contest or event that gave it, not null, not blank
   * @param awardCategory  the award category it was won in, such as {@code "Drama"}, not null,
   *     not blank
   * @param date  the day it was won, not null
   * @return the award, with the year of the date, not null
   * @throws InvalidValueException if the event or the award category is blank
   */
  public static Award of(String event, String awardCategory, LocalDate date) {
    Objects.requireNonNull(awardCategory, "awardCategory");
    Objects.requireNonNull(date, "date");
    return builder().event(event).awardCategory(awardCategory).year(Year.from(date)).date(date)
        .build();
  }

  /**
   * Returns the contest or event that gave the award.
   *
   * @return the event, such as {@code "Otakon 2010 AMV Contest"}, not null, not blank
   */
  public abstract String event();

  /**
   * Returns the award category: what the event gave the award for, in its own words. It is free
   * text, not a {@link Style}.
   *
   * @return the award category, such as {@code "Drama"} or {@code "Best in Show"}, or empty if
   *     the award had none or it is not known, not null
   */
  public abstract Optional<String> awardCategory();

  /**
   * Returns the year the award was won.
   *
   * @return the year, not null
   */
  public abstract Year year();

  /**
   * Returns the day the award was won, if known; it falls in {@link #year()}.
   *
   * @return the date, or empty if only the year is known, not null
   */
  public abstract Optional<LocalDate> date();

  @Value.Check
  void check() {
    Problems problems = Problems.of("award").requireNonBlank("event", event());
    // the field is the catalogue's key, where the catalogue reader reports the problem
    awardCategory().filter(String::isBlank).ifPresent(blank ->
        problems.add("category", "category is blank"));
    date().filter(date -> date.getYear() != year().getValue()).ifPresent(date ->
        problems.add("date", "date " + date + " is not in year " + year()));
    problems.throwIfAny();
  }

  /** Builds an {@link Award}; obtained from {@link Award#builder()}. */
  public static final class Builder extends ImmutableAward.Builder {
    Builder() {}
  }
}
