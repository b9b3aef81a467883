/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.contest;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The outcome of checking a {@link Contest}: every entry's decision, in the order submitted, and
 * the violations across entries.
 *
 * <pre>{@code
 * ContestReport report = contest.check(catalogueReader);
 * report.rejected();     // the entries to turn down, with reasons
 * report.undetermined(); // the entries to ask about, with what is missing
 * report.violations();   // limits broken across entries
 * report.isClean();      // true if every entry is accepted and no limit is broken
 * }</pre>
 */
public final class ContestReport {

  private final Contest contest;
  private final List<EntryResult> entries;
  private final List<Violation> violations;

  private ContestReport(Contest contest, List<EntryResult> entries, List<Violation> violations) {
    this.contest = contest;
    this.entries = entries;
    this.violations = violations;
  }

  static ContestReport of(Contest contest, List<EntryResult> entries, List<Violation> violations) {
    return new ContestReport(Objects.requireNonNull(contest, "contest"), List.copyOf(entries),
        List.copyOf(violations));
  }

  /**
   * Returns the contest checked.
   *
   * @return the contest, not null
   */
  public Contest contest() {
    return contest;
  }

  /**
   * Returns every entry's result, in the order of {@link Contest#entries()}.
   *
   * @return the results, not null
   */
  public List<EntryResult> entries() {
    return entries;
  }

  /**
   * Returns the accepted entries.
   *
   * @return the results, in order, not null
   */
  public List<EntryResult> accepted() {
    return with(Decision.ACCEPTED);
  }

  /**
   * Returns the rejected entries.
   *
   * @return the results, in order, not null
   */
  public List<EntryResult> rejected() {
    return with(Decision.REJECTED);
  }

  /**
   * Returns the entries that cannot be decided yet.
   *
   * @return the results, in order, not null
   */
  public List<EntryResult> undetermined() {
    return with(Decision.UNDETERMINED);
  }

  private List<EntryResult> with(Decision decision) {
    return entries.stream().filter(result -> result.decision() == decision)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the violations across entries: limits broken, a video entered twice.
   *
   * @return the violations, not null
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * Tells whether the coordinator has nothing to act on: every entry accepted, no violation.
   *
   * @return true if clean
   */
  public boolean isClean() {
    return violations.isEmpty() && entries.stream()
        .allMatch(result -> result.decision() == Decision.ACCEPTED);
  }

  @Override
  public String toString() {
    return "ContestReport{" + contest.id() + ": " + accepted().size() + " accepted, "
        + rejected().size() + " rejected, " + undetermined().size() + " undetermined, "
        + violations.size() + " violations}";
  }
}
