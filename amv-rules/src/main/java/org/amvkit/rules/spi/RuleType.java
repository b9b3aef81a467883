/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.spi;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.amvkit.rules.Rule;

/**
 * A kind of rule a {@link RuleProvider} registers: an id that profiles refer to, a description,
 * the parameters it takes, and a factory that makes the rule from checked parameters.
 *
 * <pre>{@code
 * RuleType maxDuration = RuleType.of("max-duration", "lasts at most a given time",
 *     List.of(Parameter.required("max", ParameterType.DURATION, "the longest allowed")),
 *     parameters -> Rule.of("max-duration", "lasts at most " + parameters.duration("max"),
 *         video -> video.duration().orElseThrow().compareTo(parameters.duration("max")) <= 0));
 * Rule rule = maxDuration.create(Map.of("max", "PT4M"));
 * }</pre>
 *
 * <p>The rule made should carry the type's id, since classifications report deviations by rule
 * id. A rule type is immutable; its factory must be thread-safe and free of side effects.
 */
public final class RuleType {

  private final String id;
  private final String description;
  private final List<Parameter> parameters;
  private final Function<Parameters, Rule> factory;

  private RuleType(String id, String description, List<Parameter> parameters,
      Function<Parameters, Rule> factory) {
    this.id = id;
    this.description = description;
    this.parameters = parameters;
    this.factory = factory;
  }

  /**
   * Registers a rule that takes no parameters, under its own id and description.
   *
   * @param rule  the rule, not null
   * @return the rule type, whose factory always returns {@code rule}, not null
   */
  public static RuleType of(Rule rule) {
    Objects.requireNonNull(rule, "rule");
    return of(rule.id(), rule.description(), List.of(), parameters -> rule);
  }

  /**
   * Registers a kind of rule made from parameters.
   *
   * @param id  the id profiles use, such as {@code "multiple-sources"}, not null, not blank
   * @param description  what the rule asks, for people, not null
   * @param parameters  the parameters it takes, in the order documentation lists them, not null
   * @param factory  makes the rule from checked parameters, not null
   * @return the rule type, not null
   * @throws IllegalArgumentException if the id is blank or two parameters share a name
   */
  public static RuleType of(String id, String description, List<Parameter> parameters,
      Function<Parameters, Rule> factory) {
    if (Objects.requireNonNull(id, "id").isBlank()) {
      throw new IllegalArgumentException("rule type id is blank");
    }
    Objects.requireNonNull(description, "description");
    List<Parameter> declared = List.copyOf(parameters);
    Set<String> names = new HashSet<>();
    for (Parameter parameter : declared) {
      if (!names.add(parameter.name())) {
        throw new IllegalArgumentException("rule type \"" + id + "\" declares parameter \""
            + parameter.name() + "\" twice");
      }
    }
    return new RuleType(id, description, declared, Objects.requireNonNull(factory, "factory"));
  }

  /**
   * Returns the id profiles use.
   *
   * @return the id, not null
   */
  public String id() {
    return id;
  }

  /**
   * Returns what the rule asks.
   *
   * @return the description, not null
   */
  public String description() {
    return description;
  }

  /**
   * Returns the parameters the rule takes.
   *
   * @return the parameters, in order, empty if none, not null
   */
  public List<Parameter> parameters() {
    return parameters;
  }

  /**
   * Finds a parameter by name.
   *
   * @param name  the parameter's name, not null
   * @return the parameter, or empty, not null
   */
  public Optional<Parameter> parameter(String name) {
    Objects.requireNonNull(name, "name");
    return parameters.stream().filter(parameter -> parameter.name().equals(name)).findFirst();
  }

  /**
   * Makes the rule with every parameter at its default.
   *
   * @return the rule, not null
   * @throws ParameterException if a parameter is required
   * @throws IllegalStateException if the factory returns null
   */
  public Rule create() {
    return create(Map.of());
  }

  /**
   * Makes the rule from parameter values, checked and read by {@link Parameters#of}.
   *
   * @param raw  the values by name, as text, numbers, lists or values of the Java types, not null
   * @return the rule, not null
   * @throws ParameterException if a name is unknown, a value is not of its type or a required
   *     parameter is missing, or if the factory rejects the combination
   * @throws IllegalStateException if the factory returns null
   */
  public Rule create(Map<String, ?> raw) {
    Rule rule = factory.apply(Parameters.of(parameters, raw));
    if (rule == null) {
      throw new IllegalStateException("rule type \"" + id + "\" made no rule");
    }
    return rule;
  }

  /**
   * Returns the id and parameters, such as {@code multiple-sources(count-by: choice(title|franchise)
   * = title)}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return parameters.isEmpty() ? id
        : id + parameters.stream().map(Parameter::toString)
            .collect(java.util.stream.Collectors.joining(", ", "(", ")"));
  }
}
