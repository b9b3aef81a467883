package org.amvkit.core;

import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An award a video won at a contest or other event: the event, the category if the award had one,
 * and when it was won — the year at least, the day if known. Contest rule sheets exclude "videos
 * that won an award at an earlier contest", so a catalogue records a video's
 * {@linkplain Video#awards() awards}.
 *
 * <pre>{@code
 * Award drama = Award.of("Otakon 2010 AMV Contest", "Drama", Year.of(2010));
 * Award best = Award.of("AnimeNEXT 2011 AMV Contest", "Best in Show", LocalDate.of(2011, 6, 12));
 * best.year();   // 2011, the year of its date
 * }</pre>
 *
 * <p>The category is free text, as events name them ("Drama", "Best in Show", "Judges' Choice"),
 * not a {@link Style}. Building checks that the event and the category are not blank and that the
 * date, when given, falls in the year.
 */
@Value.Immutable
public abstract class Award {

  Award() {}

  /**
   * Returns a builder. The year is required; the category and the date are optional.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates an award without a category, won in a year.
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
   * Creates an award without a category, won on a day.
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
   * Creates an award in a category, won in a year.
   *
   * @param event  the contest or event that gave it, not null, not blank
   * @param category  the category it was won in, such as {@code "Drama"}, not null, not blank
   * @param year  the year it was won, not null
   * @return the award, not null
   * @throws InvalidValueException if the event or the category is blank
   */
  public static Award of(String event, String category, Year year) {
    Objects.requireNonNull(category, "category");
    return builder().event(event).category(category).year(year).build();
  }

  /**
   * Creates an award in a category, won on a day.
   *
   * @param event  the contest or event that gave it, not null, not blank
   * @param category  the category it was won in, such as {@code "Drama"}, not null, not blank
   * @param date  the day it was won, not null
   * @return the award, with the year of the date, not null
   * @throws InvalidValueException if the event or the category is blank
   */
  public static Award of(String event, String category, LocalDate date) {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(date, "date");
    return builder().event(event).category(category).year(Year.from(date)).date(date).build();
  }

  /**
   * Returns the contest or event that gave the award.
   *
   * @return the event, such as {@code "Otakon 2010 AMV Contest"}, not null, not blank
   */
  public abstract String event();

  /**
   * Returns the category the award was won in.
   *
   * @return the category, such as {@code "Drama"} or {@code "Best in Show"}, or empty if the award
   *     had none or it is not known, not null
   */
  public abstract Optional<String> category();

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
    category().filter(String::isBlank).ifPresent(blank ->
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
