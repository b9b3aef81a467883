package org.amvkit.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one value while it is validated, then throws them all at once. Each
 * {@code @Value.Check} method uses one of these, so that no problem hides another.
 */
final class Problems {

  private final String subject;
  private final List<Problem> found = new ArrayList<>();

  private Problems(String subject) {
    this.subject = subject;
  }

  /**
   * Starts collecting problems of a value described by {@code subject}.
   *
   * @param subject  how messages name the value, such as {@code "video v-7"}; empty for none
   */
  static Problems of(String subject) {
    return new Problems(subject);
  }

  /** Records a problem of {@code field}; the message is prefixed with the subject. */
  Problems add(String field, String message) {
    found.add(Problem.of(field, subject.isEmpty() ? message : subject + ": " + message));
    return this;
  }

  /** Records the problems of a nested value found earlier, placed under {@code parent}. */
  Problems addAll(String parent, List<Problem> problems) {
    for (Problem problem : problems) {
      found.add(problem.under(parent));
    }
    return this;
  }

  /** Records a problem if {@code text} is empty or only white space. */
  Problems requireNonBlank(String field, String text) {
    if (text.isBlank()) {
      add(field, field + " is blank");
    }
    return this;
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  /** Throws every problem recorded, if there is any. */
  void throwIfAny() {
    if (!found.isEmpty()) {
      throw new InvalidValueException(found);
    }
  }
}
