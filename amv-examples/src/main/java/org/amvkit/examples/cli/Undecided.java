/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.amvkit.rules.Classification;
import org.amvkit.rules.Outcome;

/**
 * What a classification could not decide, put into the words {@code amv classify} and
 * {@code amv explain} print: the definitions it could also be ({@link Classification#undetermined()})
 * and the rules that broke ({@link Classification#errors()}), and, with {@code --verbose}, the
 * stack trace of each broken rule.
 */
final class Undecided {

  /** What a table cell shows when there is nothing to show. */
  static final String NONE = "-";

  private Undecided() {}

  /**
   * The table's "could also be": each definition with its rules that could not tell, marked with
   * a question mark, as in {@code animash (animated-footage-only?)}; definitions joined by "; ".
   */
  static String couldAlsoBe(Classification classification) {
    Map<String, List<String>> undetermined = classification.undetermined();
    if (undetermined.isEmpty()) {
      return NONE;
    }
    return undetermined.entrySet().stream()
        .map(entry -> entry.getKey() + " (" + entry.getValue().stream().map(rule -> rule + "?")
            .collect(Collectors.joining(", ")) + ")")
        .collect(Collectors.joining("; "));
  }

  /** The CSV field: {@code animash(animated-footage-only)}, rules joined by spaces, by ";". */
  static String csvUndetermined(Classification classification) {
    return classification.undetermined().entrySet().stream()
        .map(entry -> entry.getKey() + "(" + String.join(" ", entry.getValue()) + ")")
        .collect(Collectors.joining(";"));
  }

  /**
   * Each broken rule and why, joined by {@code separator}: {@code checks-channel:
   * IllegalStateException: channel service down} for what a rule threw (its class's simple name and
   * message), else the rule id and its outcome's explanation.
   */
  static String errors(Map<String, Outcome> errors, String separator) {
    return errors.entrySet().stream()
        .map(error -> error.getKey() + ": " + why(error.getValue()))
        .collect(Collectors.joining(separator));
  }

  /** Why a rule broke, in a few words. */
  static String why(Outcome error) {
    return error.cause()
        .map(thrown -> thrown.getClass().getSimpleName() + ": " + (thrown.getMessage() == null
            ? Outcome.NO_MESSAGE : thrown.getMessage()))
        .orElseGet(error::explain);
  }

  /**
   * Prints, for {@code --verbose}, the stack trace of each rule that broke by throwing, the first
   * time it does: a catalogue of a million videos prints a broken rule's trace once.
   */
  static final class Traces {
    private final PrintWriter err;
    private final Set<String> printed = new HashSet<>();

    Traces(PrintWriter err) {
      this.err = err;
    }

    /** Prints the traces of the errors of a video not printed yet. */
    void print(String videoId, Map<String, Outcome> errors) {
      errors.forEach((ruleId, error) -> error.cause().ifPresent(thrown -> {
        if (printed.add(ruleId)) {
          err.println("amv: rule " + ruleId + " failed on " + videoId + ":");
          thrown.printStackTrace(err);
        }
      }));
      err.flush();
    }
  }
}
