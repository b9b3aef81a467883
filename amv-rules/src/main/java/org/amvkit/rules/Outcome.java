/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a rule decided about one video: a {@link Status} and the {@link Evidence} behind it.
 *
 * <pre>{@code
 * Outcome outcome = Outcome.pass(() -> Evidence.of("uses {count} sources", "count", 2));
 * outcome.status();    // PASS
 * outcome.explain();   // "uses 2 sources" — built only now
 * }</pre>
 *
 * <p>Evidence may be given as a supplier: it is then computed the first time it is asked for, so
 * classifying a million videos without asking why builds no sentences. Outcomes are immutable and
 * safe to share; a supplied evidence is computed at most once per outcome, per thread at worst.
 *
 * <p>An {@link Status#ERROR} made from what a rule threw keeps the {@link Throwable}
 * ({@link #cause()}), so that the rule's author can see where it broke.
 */
public final class Outcome {

  /**
   * The message an error's evidence gives for a throwable without one: the JVM omits the messages
   * of exceptions it throws often, and the same input must give the same output.
   */
  public static final String NO_MESSAGE = "(no message)";

  private static final Outcome PASS = new Outcome(Status.PASS, null, Evidence.none(), null);
  private static final Outcome FAIL = new Outcome(Status.FAIL, null, Evidence.none(), null);

  private final Status status;
  private final Supplier<Evidence> supplier;
  private volatile Evidence evidence;
  /** What the rule threw, for an error made from it; else null. */
  private final Throwable cause;

  private Outcome(Status status, Supplier<Evidence> supplier, Evidence evidence, Throwable cause) {
    this.status = status;
    this.supplier = supplier;
    this.evidence = evidence;
    this.cause = cause;
  }

  /**
   * Returns a pass with no evidence.
   *
   * @return the outcome, not null
   */
  public static Outcome pass() {
    return PASS;
  }

  /**
   * Returns a pass.
   *
   * @param evidence  what the rule saw, not null
   * @return the outcome, not null
   */
  public static Outcome pass(Evidence evidence) {
    return new Outcome(Status.PASS, null, Objects.requireNonNull(evidence, "evidence"), null);
  }

  /**
   * Returns a pass whose evidence is computed when first asked for.
   *
   * @param evidence  computes what the rule saw, not null
   * @return the outcome, not null
   */
  public static Outcome pass(Supplier<Evidence> evidence) {
    return lazy(Status.PASS, evidence);
  }

  /**
   * Returns a failure with no evidence.
   *
   * @return the outcome, not null
   */
  public static Outcome fail() {
    return FAIL;
  }

  /**
   * Returns a failure.
   *
   * @param evidence  what the rule saw, not null
   * @return the outcome, not null
   */
  public static Outcome fail(Evidence evidence) {
    return new Outcome(Status.FAIL, null, Objects.requireNonNull(evidence, "evidence"), null);
  }

  /**
   * Returns a failure whose evidence is computed when first asked for.
   *
   * @param evidence  computes what the rule saw, not null
   * @return the outcome, not null
   */
  public static Outcome fail(Supplier<Evidence> evidence) {
    return lazy(Status.FAIL, evidence);
  }

  /**
   * Returns "cannot tell", saying what is missing.
   *
   * @param reason  what data is missing, such as {@code "no characters are listed for Balto"}, not
   *     null
   * @return the outcome, not null
   */
  public static Outcome unknown(String reason) {
    return new Outcome(Status.UNKNOWN, null, Evidence.of(Objects.requireNonNull(reason, "reason")),
        null);
  }

  /**
   * Returns "cannot tell", with evidence computed when first asked for.
   *
   * @param evidence  computes what is missing, not null
   * @return the outcome, not null
   */
  public static Outcome unknown(Supplier<Evidence> evidence) {
    return lazy(Status.UNKNOWN, evidence);
  }

  /**
   * Returns the outcome of a rule that broke.
   *
   * @param failure  what it threw, not null; kept as the outcome's {@link #cause()}
   * @return an {@link Status#ERROR} whose evidence names the exception's class and its message, or
   *     {@value #NO_MESSAGE} when it has none, not null
   */
  public static Outcome error(Throwable failure) {
    Objects.requireNonNull(failure, "failure");
    String message = failure.getMessage() == null ? NO_MESSAGE : failure.getMessage();
    return new Outcome(Status.ERROR, null, Evidence.of("the rule failed with {exception}: {message}",
        "exception", failure.getClass().getName(), "message", message), failure);
  }

  /**
   * Returns the outcome of a rule that broke for a reason other than an exception.
   *
   * @param reason  what went wrong, not null
   * @return an {@link Status#ERROR}, not null
   */
  public static Outcome error(String reason) {
    return new Outcome(Status.ERROR, null, Evidence.of(Objects.requireNonNull(reason, "reason")),
        null);
  }

  /**
   * Returns an outcome of the given status whose evidence is computed when first asked for.
   *
   * @param status  the status, not null
   * @param evidence  computes the evidence, not null
   * @return the outcome, not null
   */
  public static Outcome of(Status status, Supplier<Evidence> evidence) {
    return lazy(status, evidence);
  }

  private static Outcome lazy(Status status, Supplier<Evidence> evidence) {
    return new Outcome(status, Objects.requireNonNull(evidence, "evidence"), null, null);
  }

  /**
   * Returns the status.
   *
   * @return the status, not null
   */
  public Status status() {
    return status;
  }

  /**
   * Returns what the rule threw, for an {@link Status#ERROR} made by {@link #error(Throwable)}.
   *
   * @return the throwable, empty for any other outcome, not null
   */
  public Optional<Throwable> cause() {
    return Optional.ofNullable(cause);
  }

  /**
   * Returns the evidence, computing it on first call if it was supplied lazily. If computing it
   * throws, the evidence says so instead.
   *
   * @return the evidence, not null
   */
  public Evidence evidence() {
    Evidence known = evidence;
    if (known == null) {
      try {
        known = Objects.requireNonNullElse(supplier.get(), Evidence.none());
      } catch (Throwable e) {
        RuleEvaluator.rethrowIfUnrecoverable(e);
        known = Evidence.of("the evidence could not be computed: {message}",
            "message", e.getMessage() == null ? NO_MESSAGE : e.getMessage());
      }
      evidence = known;
    }
    return known;
  }

  /**
   * Puts the evidence into words.
   *
   * @return the sentence, empty if the rule gave no evidence, not null
   */
  public String explain() {
    return evidence().render();
  }

  /**
   * Tells whether the status is {@link Status#PASS}.
   *
   * @return true for a pass
   */
  public boolean isPass() {
    return status == Status.PASS;
  }

  /**
   * Tells whether the status is {@link Status#FAIL}.
   *
   * @return true for a failure
   */
  public boolean isFail() {
    return status == Status.FAIL;
  }

  @Override
  public String toString() {
    String why = explain();
    return why.isEmpty() ? status.name() : status + " (" + why + ")";
  }
}
