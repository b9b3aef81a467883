/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules;

import static org.amvkit.rules.Status.ERROR;
import static org.amvkit.rules.Status.FAIL;
import static org.amvkit.rules.Status.PASS;
import static org.amvkit.rules.Status.UNKNOWN;

/**
 * Kleene's three-valued tables, with {@code ERROR} absorbing everything, written out cell by cell
 * so that tests can check {@link Status} and the rule combinators against them rather than against
 * {@link Status}'s own methods.
 */
final class KleeneTable {

  // rows and columns in the order PASS, FAIL, UNKNOWN, ERROR
  private static final Status[][] AND = {
      {PASS, FAIL, UNKNOWN, ERROR},
      {FAIL, FAIL, FAIL, ERROR},
      {UNKNOWN, FAIL, UNKNOWN, ERROR},
      {ERROR, ERROR, ERROR, ERROR}};
  private static final Status[][] OR = {
      {PASS, PASS, PASS, ERROR},
      {PASS, FAIL, UNKNOWN, ERROR},
      {PASS, UNKNOWN, UNKNOWN, ERROR},
      {ERROR, ERROR, ERROR, ERROR}};
  private static final Status[] NOT = {FAIL, PASS, UNKNOWN, ERROR};

  private KleeneTable() {}

  static Status and(Status left, Status right) {
    return AND[index(left)][index(right)];
  }

  static Status or(Status left, Status right) {
    return OR[index(left)][index(right)];
  }

  static Status not(Status status) {
    return NOT[index(status)];
  }

  private static int index(Status status) {
    switch (status) {
      case PASS:
        return 0;
      case FAIL:
        return 1;
      case UNKNOWN:
        return 2;
      default:
        return 3;
    }
  }
}
