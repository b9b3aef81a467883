/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.amvkit.core.Video;

/**
 * The combinators: negation and "at least n of" (of which "all of" and "any of" are the ends), in
 * three-valued logic. Every part is evaluated safely, so one broken part gives an ERROR rather
 * than an exception.
 */
final class CompositeRule implements Rule {

  private final String id;
  private final String description;
  private final int needed;
  private final boolean negated;
  private final List<Rule> parts;

  private CompositeRule(String id, String description, int needed, boolean negated,
      List<Rule> parts) {
    this.id = id;
    this.description = description;
    this.needed = needed;
    this.negated = negated;
    this.parts = parts;
  }

  static Rule not(Rule rule) {
    Objects.requireNonNull(rule, "rule");
    return new CompositeRule("not(" + rule.id() + ")", "not: " + rule.description(), 1, true,
        List.of(rule));
  }

  static Rule atLeast(int needed, String operator, List<Rule> rules) {
    List<Rule> parts = List.copyOf(rules);
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("a combination needs at least one rule");
    }
    if (needed < 0 || needed > parts.size()) {
      throw new IllegalArgumentException("at least " + needed + " of " + parts.size()
          + " rules can never be met");
    }
    String ids = parts.stream().map(Rule::id)
        .collect(Collectors.joining(" " + operator + " ", "(", ")"));
    String descriptions = parts.stream().map(Rule::description).collect(Collectors.joining("; "));
    if (operator.startsWith("at-least")) {
      ids = operator + parts.stream().map(Rule::id).collect(Collectors.joining(", ", "(", ")"));
      descriptions = "at least " + needed + " of: " + descriptions;
    } else {
      descriptions = (operator.equals("and") ? "all of: " : "any of: ") + descriptions;
    }
    return new CompositeRule(ids, descriptions, needed, false, parts);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public Outcome evaluate(Video video) {
    Outcome[] outcomes = new Outcome[parts.size()];
    int passes = 0;
    int unknowns = 0;
    boolean error = false;
    for (int i = 0; i < outcomes.length; i++) {
      outcomes[i] = Rule.evaluateSafely(parts.get(i), video);
      switch (outcomes[i].status()) {
        case PASS:
          passes++;
          break;
        case UNKNOWN:
          unknowns++;
          break;
        case ERROR:
          error = true;
          break;
        default:
          break;
      }
    }
    Status status;
    if (error) {
      status = Status.ERROR;
    } else if (passes >= needed) {
      status = Status.PASS;
    } else if (passes + unknowns >= needed) {
      status = Status.UNKNOWN;
    } else {
      status = Status.FAIL;
    }
    if (negated) {
      status = status.negate();
    }
    return Outcome.of(status, () -> explain(outcomes));
  }

  private Evidence explain(Outcome[] outcomes) {
    List<String> parts = new ArrayList<>(outcomes.length);
    for (int i = 0; i < outcomes.length; i++) {
      String why = outcomes[i].explain();
      parts.add(this.parts.get(i).id() + " " + outcomes[i].status().name().toLowerCase(
          java.util.Locale.ROOT) + (why.isEmpty() ? "" : " (" + why + ")"));
    }
    return Evidence.of("{parts}", "parts", parts);
  }

  @Override
  public String toString() {
    return id;
  }
}
