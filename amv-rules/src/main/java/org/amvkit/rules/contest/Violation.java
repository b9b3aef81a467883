/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.contest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A fault that shows only across entries: an editor over a limit, or one video entered twice.
 * No single entry is rejected for it — the contest cannot know which entry the editor would keep —
 * so the coordinator settles it.
 *
 * <pre>{@code
 * violation.kind();       // CATEGORY_LIMIT
 * violation.entryIds();   // [e-3, e-9]
 * violation.message();
 * // "SnowPaw has 2 Drama entries, limit 1: e-3, e-9 (e-9 is a collaboration with FoxFan)"
 * }</pre>
 */
public final class Violation {

  /** The kinds of violation. */
  public enum Kind {
    /**
     * An editor has more competition entries in one category (one of the contest's
     * {@linkplain Contest#styles() styles}) than {@link Contest#limitPerCategory()} allows;
     * {@code category-limit} in the command line's reports.
     */
    CATEGORY_LIMIT,
    /** An editor has more competition entries in all than the contest allows. */
    ENTRANT_LIMIT,
    /** An editor has more exhibition entries than the contest allows. */
    EXHIBITION_LIMIT,
    /** One video is entered more than once. */
    VIDEO_ENTERED_TWICE
  }

  private final Kind kind;
  private final String person;
  private final List<String> entryIds;
  private final String message;

  private Violation(Kind kind, String person, List<String> entryIds, String message) {
    this.kind = kind;
    this.person = person;
    this.entryIds = entryIds;
    this.message = message;
  }

  static Violation of(Kind kind, String person, List<String> entryIds, String message) {
    return new Violation(Objects.requireNonNull(kind, "kind"), person, List.copyOf(entryIds),
        Objects.requireNonNull(message, "message"));
  }

  /**
   * Returns the kind of violation.
   *
   * @return the kind, not null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the editor over a limit.
   *
   * @return the editor's name, empty for {@link Kind#VIDEO_ENTERED_TWICE}, not null
   */
  public Optional<String> person() {
    return Optional.ofNullable(person);
  }

  /**
   * Returns the ids of the entries involved, in the order they were submitted.
   *
   * @return the entry ids, at least two, not null
   */
  public List<String> entryIds() {
    return entryIds;
  }

  /**
   * Returns the violation in words, naming the editor, the limit and the entries.
   *
   * @return the message, not null
   */
  public String message() {
    return message;
  }

  @Override
  public String toString() {
    return message;
  }
}
