/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when a value is built from data that breaks its invariants. It carries
 * <em>every</em> problem found, not just the first, so that a person fixing a catalogue entry sees
 * the whole list at once.
 *
 * <pre>{@code
 * try {
 *   Clip.of(balto, Duration.ofSeconds(7), Duration.ofSeconds(5));
 * } catch (InvalidValueException e) {
 *   e.problems();  // [end: clip end PT5S is before start PT7S]
 * }
 * }</pre>
 */
public class InvalidValueException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** @serial the problems, at least one. */
  private final List<Problem> problems;
  /** @serial how many more problems were found than {@link #problems} lists. */
  private final int omitted;

  /**
   * Creates the exception.
   *
   * @param problems  the problems found, at least one, not null
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidValueException(List<Problem> problems) {
    this(problems, 0);
  }

  /**
   * Creates the exception for more problems than it lists, as {@link Problems} collects them: the
   * message lists those given and ends "… and 999,990 more".
   *
   * @param problems  the problems listed, at least one, not null
   * @param omitted  how many more were found, 0 or more
   * @throws IllegalArgumentException if {@code problems} is empty or {@code omitted} negative
   */
  public InvalidValueException(List<Problem> problems, int omitted) {
    super(render(problems, omitted));
    this.problems = List.copyOf(problems);
    this.omitted = omitted;
  }

  private static String render(List<Problem> problems, int omitted) {
    Objects.requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an InvalidValueException needs at least one problem");
    }
    if (omitted < 0) {
      throw new IllegalArgumentException("omitted " + omitted + " is negative");
    }
    if (problems.size() == 1 && omitted == 0) {
      return problems.get(0).message();
    }
    return String.format(Locale.ROOT, "%,d problems: ", (long) problems.size() + omitted)
        + problems.stream().map(Problem::message).collect(Collectors.joining("; "))
        + (omitted == 0 ? "" : String.format(Locale.ROOT, "; … and %,d more", omitted));
  }

  /**
   * Returns every problem found, in the order they were found.
   *
   * @return the problems, at least one, not null
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Returns how many problems were found beyond those {@link #problems()} lists.
   *
   * @return the count, 0 when every problem is listed
   */
  public int omitted() {
    return omitted;
  }
}
