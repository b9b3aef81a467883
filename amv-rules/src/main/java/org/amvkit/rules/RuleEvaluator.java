/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.amvkit.core.Video;

/**
 * Evaluates the rules of a {@link Plan} safely, for its walk: every {@link Throwable} a rule throws
 * becomes an {@link Status#ERROR} outcome that keeps it, but an unrecoverable one
 * ({@link OutOfMemoryError}, which JUnit rethrows too), and each failing rule is logged once, at
 * {@link Level#DEBUG}, through {@link System.Logger} (no logging library needed; a platform or
 * SLF4J bridge picks it up). A status rule's answer is a shared outcome that only its code matters
 * of, so that it is not kept.
 */
final class RuleEvaluator {

  /** The logger, named after the package. */
  private static final Logger LOGGER = System.getLogger("org.amvkit.rules");
  /**
   * By code, a shared outcome meaning "a status rule answered this": the walk keeps its code, not
   * the outcome, whose evidence is worked out from the video if asked for. Never handed out.
   */
  private static final Outcome[] STATUS_ONLY = statusOnlyOutcomes();
  /** The outcome of a status rule that returned no status. */
  private static final Outcome NO_STATUS = Outcome.error("the rule returned no status");

  /** The plan's rules, by index. */
  private final Rule[] rules;
  /** For each rule, itself if it is a {@link StatusRule}, else null. */
  private final StatusRule[] statusRules;
  /** For each rule, 1 once its failure was logged. */
  private final AtomicIntegerArray logged;

  RuleEvaluator(Rule[] rules, StatusRule[] statusRules) {
    this.rules = rules;
    this.statusRules = statusRules;
    this.logged = new AtomicIntegerArray(rules.length);
  }

  /**
   * Rethrows what no rule's outcome should stand for: after it the JVM cannot be trusted to go on.
   *
   * @param thrown  what a rule threw, not null
   */
  static void rethrowIfUnrecoverable(Throwable thrown) {
    if (thrown instanceof OutOfMemoryError) {
      throw (OutOfMemoryError) thrown;
    }
  }

  /**
   * Tells whether the walk must keep an outcome: whether it says more than its status's code.
   *
   * @param outcome  what {@link #evaluate} returned, not null
   * @param code  its status's code
   * @return false for a status rule's plain answer
   */
  static boolean mustKeep(Outcome outcome, int code) {
    return outcome != STATUS_ONLY[code];
  }

  /**
   * Evaluates a rule safely.
   *
   * @param rule  the rule's index in the plan
   * @param video  the video, not null
   * @return its outcome, never thrown, not null
   */
  Outcome evaluate(int rule, Video video) {
    StatusRule statusRule = statusRules[rule];
    if (statusRule == null) {
      Outcome outcome = Rule.evaluateSafely(rules[rule], video);
      outcome.cause().ifPresent(thrown -> logOnce(rule, thrown));
      return outcome;
    }
    try {
      Status status = statusRule.status(video);
      return status == null ? NO_STATUS : STATUS_ONLY[StatusCodes.of(status)];
    } catch (Throwable e) {
      // as Rule.evaluateSafely: the classification survives whatever a rule throws
      rethrowIfUnrecoverable(e);
      logOnce(rule, e);
      return Outcome.error(e);
    }
  }

  /**
   * Logs what a rule threw the first time it throws under this plan; later failures are its ERROR
   * outcomes only, so that a catalogue of a million videos logs a broken rule once.
   */
  private void logOnce(int rule, Throwable thrown) {
    if (logged.compareAndSet(rule, 0, 1) && LOGGER.isLoggable(Level.DEBUG)) {
      LOGGER.log(Level.DEBUG, "rule " + rules[rule].id() + " failed (logged once per rule)",
          thrown);
    }
  }

  private static Outcome[] statusOnlyOutcomes() {
    Status[] statuses = Status.values();
    Outcome[] outcomes = new Outcome[statuses.length + 1];
    for (Status status : statuses) {
      outcomes[StatusCodes.of(status)] = Outcome.of(status, Evidence::none);
    }
    return outcomes;
  }
}
