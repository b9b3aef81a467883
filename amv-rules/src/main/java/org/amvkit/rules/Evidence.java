/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a rule saw: named facts (the sources it counted, the sources without animals, a share of
 * footage) and a sentence template that puts them into words. The sentence is only rendered when
 * {@link #render()} is called.
 *
 * <pre>{@code
 * Evidence evidence = Evidence.of("uses {count} distinct sources: {sources}",
 *     "count", 2, "sources", List.of("Balto", "Bolt"));
 * evidence.fact("count");   // 2
 * evidence.render();        // "uses 2 distinct sources: Balto, Bolt"
 * }</pre>
 *
 * <p>Facts are plain values a JSON writer can write: strings, numbers, booleans and lists of them.
 */
public final class Evidence {

  private static final Evidence NONE = new Evidence("", Map.of());

  private final String template;
  private final Map<String, Object> facts;

  private Evidence(String template, Map<String, Object> facts) {
    this.template = template;
    this.facts = facts;
  }

  /**
   * Returns evidence with no facts and no words.
   *
   * @return the empty evidence, not null
   */
  public static Evidence none() {
    return NONE;
  }

  /**
   * Creates evidence from a template and facts given as alternating names and values.
   *
   * @param template  the sentence, with {@code {name}} where a fact goes, not null
   * @param namesAndValues  name, value, name, value, …; names are strings, values not null
   * @return the evidence, not null
   * @throws IllegalArgumentException if the names and values do not pair up or a name is not a
   *     string
   */
  public static Evidence of(String template, Object... namesAndValues) {
    Objects.requireNonNull(template, "template");
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("facts must pair names with values, got "
          + namesAndValues.length + " items");
    }
    Map<String, Object> facts = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (!(namesAndValues[i] instanceof String)) {
        throw new IllegalArgumentException("fact name " + namesAndValues[i] + " is not a string");
      }
      facts.put((String) namesAndValues[i],
          Objects.requireNonNull(namesAndValues[i + 1], (String) namesAndValues[i]));
    }
    return new Evidence(template, Collections.unmodifiableMap(facts));
  }

  /**
   * Returns the sentence template.
   *
   * @return the template, not null
   */
  public String template() {
    return template;
  }

  /**
   * Returns the facts, in the order given.
   *
   * @return the facts by name, not null
   */
  public Map<String, Object> facts() {
    return facts;
  }

  /**
   * Returns one fact.
   *
   * @param name  the fact's name, not null
   * @return the value, or null if there is no such fact
   */
  public Object fact(String name) {
    return facts.get(name);
  }

  /**
   * Puts the evidence into words: the template with each {@code {name}} replaced by its fact;
   * lists are joined with commas.
   *
   * @return the sentence, not null
   */
  public String render() {
    if (facts.isEmpty()) {
      return template;
    }
    StringBuilder text = new StringBuilder(template.length() + 32);
    int at = 0;
    while (at < template.length()) {
      int open = template.indexOf('{', at);
      int close = open < 0 ? -1 : template.indexOf('}', open);
      if (close < 0) {
        text.append(template, at, template.length());
        break;
      }
      String name = template.substring(open + 1, close);
      text.append(template, at, open);
      if (facts.containsKey(name)) {
        text.append(format(facts.get(name)));
      } else {
        text.append(template, open, close + 1);
      }
      at = close + 1;
    }
    return text.toString();
  }

  private static String format(Object value) {
    if (value instanceof Collection) {
      Collection<?> values = (Collection<?>) value;
      return values.isEmpty() ? "none"
          : values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
    return String.valueOf(value);
  }

  @Override
  public String toString() {
    return render();
  }
}
