package org.amvkit.core;

import java.util.List;
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

  /**
   * Creates the exception.
   *
   * @param problems  the problems found, at least one, not null
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidValueException(List<Problem> problems) {
    super(render(problems));
    this.problems = List.copyOf(problems);
  }

  private static String render(List<Problem> problems) {
    Objects.requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an InvalidValueException needs at least one problem");
    }
    if (problems.size() == 1) {
      return problems.get(0).message();
    }
    return problems.size() + " problems: "
        + problems.stream().map(Problem::message).collect(Collectors.joining("; "));
  }

  /**
   * Returns every problem found, in the order they were found.
   *
   * @return the problems, at least one, not null
   */
  public List<Problem> problems() {
    return problems;
  }
}
