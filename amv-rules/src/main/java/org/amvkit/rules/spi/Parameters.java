/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.spi;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.amvkit.core.internal.Ids;
import org.amvkit.core.timeline.Share;

/**
 * The parameters a rule is made with: checked against the parameters its {@link RuleType}
 * declares, read into their types, defaults filled in. A rule factory reads them with typed
 * getters.
 *
 * <pre>{@code
 * Parameters parameters = Parameters.of(
 *     List.of(Parameter.required("max", ParameterType.DURATION, "the longest a video may be")),
 *     Map.of("max", "PT4M"));
 * parameters.duration("max");   // PT4M
 * Parameters.of(declared, Map.of("max", "4min"));
 * // ParameterException: max: "4min" is not a valid duration (ISO-8601, e.g. PT4M)
 * }</pre>
 *
 * <p>Parameters are immutable. The getters throw {@link IllegalArgumentException} when asked for a
 * name that is not declared or for the wrong type: that is a mistake in the factory, not in the
 * configuration.
 */
public final class Parameters {

  private static final Parameters NONE = new Parameters(List.of(), Map.of());

  private final List<Parameter> declared;
  private final Map<String, Object> values;

  private Parameters(List<Parameter> declared, Map<String, Object> values) {
    this.declared = declared;
    this.values = values;
  }

  /**
   * Returns the parameters of a rule that declares none.
   *
   * @return the empty parameters, not null
   */
  public static Parameters none() {
    return NONE;
  }

  /**
   * Checks raw values against declared parameters and reads them.
   *
   * @param declared  the parameters the rule declares, not null
   * @param raw  the values by name: text, numbers, lists or values of the parameters' Java types,
   *     not null
   * @return the parameters, with defaults for those left out, not null
   * @throws ParameterException at the first problem, in this order: a name that is not declared
   *     ({@code unknown parameter "mx"; expected one of: max}), then, in the order declared, a
   *     value not of its type ({@code max: "4min" is not a valid duration (ISO-8601, e.g. PT4M)})
   *     or a required parameter left out ({@code max: missing})
   */
  public static Parameters of(List<Parameter> declared, Map<String, ?> raw) {
    Objects.requireNonNull(declared, "declared");
    Objects.requireNonNull(raw, "raw");
    List<Parameter> parameters = List.copyOf(declared);
    for (String name : raw.keySet()) {
      if (parameters.stream().noneMatch(parameter -> parameter.name().equals(name))) {
        throw new ParameterException("unknown parameter " + ParameterType.quote(name) + "; "
            + (parameters.isEmpty() ? "this rule takes no parameters"
                : "expected one of: " + names(parameters)));
      }
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (Parameter parameter : parameters) {
      String name = parameter.name();
      if (raw.containsKey(name)) {
        try {
          values.put(name, parameter.type().read(raw.get(name)));
        } catch (IllegalArgumentException e) {
          throw new ParameterException(name, e.getMessage());
        }
      } else if (parameter.isRequired()) {
        throw new ParameterException(name, "missing");
      } else if (parameter.defaultValue().isPresent()) {
        values.put(name, parameter.defaultRead());
      }
    }
    if (parameters.isEmpty()) {
      return NONE;
    }
    return new Parameters(parameters, Collections.unmodifiableMap(values));
  }

  private static String names(List<Parameter> parameters) {
    return parameters.stream().map(Parameter::name).collect(Collectors.joining(", "));
  }

  /**
   * Returns the parameters declared.
   *
   * @return the declarations, in order, not null
   */
  public List<Parameter> declared() {
    return declared;
  }

  /**
   * Returns every value, defaults included, by name in the order declared.
   *
   * @return the values, of the parameters' Java types, not null
   */
  public Map<String, Object> values() {
    return values;
  }

  /**
   * Tells whether a parameter has a value: it was given, or it has a default. Only an optional
   * parameter without default ({@link Parameter#optional(String, ParameterType, String)}) can be
   * without one.
   *
   * @param name  the parameter's name, not null
   * @return true if the typed getters can read it
   * @throws IllegalArgumentException if no such parameter is declared
   */
  public boolean isGiven(String name) {
    declaration(name);
    return values.containsKey(name);
  }

  /**
   * Returns a {@link ParameterType#DURATION} parameter.
   *
   * @param name  the parameter's name, not null
   * @return the value, not null
   * @throws IllegalArgumentException if no such parameter is declared, it is of another type, or
   *     it was not given and has no default
   */
  public Duration duration(String name) {
    return get(name, ParameterType.Kind.DURATION, Duration.class);
  }

  /**
   * Returns a {@link ParameterType#DATE} parameter.
   *
   * @param name  the parameter's name, not null
   * @return the value, not null
   * @throws IllegalArgumentException if no such parameter is declared, it is of another type, or
   *     it was not given and has no default
   */
  public LocalDate date(String name) {
    return get(name, ParameterType.Kind.DATE, LocalDate.class);
  }

  /**
   * Returns a {@link ParameterType#SHARE} parameter.
   *
   * @param name  the parameter's name, not null
   * @return the value, not null
   * @throws IllegalArgumentException if no such parameter is declared, it is of another type, or
   *     it was not given and has no default
   */
  public Share share(String name) {
    return get(name, ParameterType.Kind.SHARE, Share.class);
  }

  /**
   * Returns an {@link ParameterType#INTEGER} parameter.
   *
   * @param name  the parameter's name, not null
   * @return the value
   * @throws IllegalArgumentException if no such parameter is declared, it is of another type, or
   *     it was not given and has no default
   */
  public int integer(String name) {
    return get(name, ParameterType.Kind.INTEGER, Integer.class);
  }

  /**
   * Returns a {@link ParameterType#STRING} parameter.
   *
   * @param name  the parameter's name, not null
   * @return the value, not null
   * @throws IllegalArgumentException if no such parameter is declared, it is of another type, or
   *     it was not given and has no default
   */
  public String string(String name) {
    return get(name, ParameterType.Kind.STRING, String.class);
  }

  /**
   * Returns a {@link ParameterType#STRING_LIST} parameter.
   *
   * @param name  the parameter's name, not null
   * @return the values, unmodifiable, not null
   * @throws IllegalArgumentException if no such parameter is declared, it is of another type, or
   *     it was not given and has no default
   */
  @SuppressWarnings("unchecked")
  public List<String> strings(String name) {
    return get(name, ParameterType.Kind.STRING_LIST, List.class);
  }

  /**
   * Returns a {@link ParameterType#choice(String...) choice} parameter.
   *
   * @param name  the parameter's name, not null
   * @return the value chosen, lower case with hyphens, such as {@code "franchise"}, not null
   * @throws IllegalArgumentException if no such parameter is declared, it is of another type, or
   *     it was not given and has no default
   */
  public String choice(String name) {
    return get(name, ParameterType.Kind.CHOICE, String.class);
  }

  /**
   * Returns a choice parameter as the enum constant of the same name ({@code "franchise"} is
   * {@code FRANCHISE}).
   *
   * @param name  the parameter's name, not null
   * @param type  the enum type, not null
   * @param <E>  the enum type
   * @return the constant, not null
   * @throws IllegalArgumentException if no such parameter is declared, it is of another type, or
   *     the enum has no constant for the value chosen
   */
  public <E extends Enum<E>> E choice(String name, Class<E> type) {
    Objects.requireNonNull(type, "type");
    String value = choice(name);
    for (E constant : type.getEnumConstants()) {
      if (Ids.of(constant).equals(value)) {
        return constant;
      }
    }
    throw new IllegalArgumentException("parameter \"" + name + "\" is \"" + value
        + "\", which is no constant of " + type.getName());
  }

  private <T> T get(String name, ParameterType.Kind kind, Class<T> javaType) {
    Parameter parameter = declaration(name);
    if (parameter.type().kind() != kind) {
      throw new IllegalArgumentException("parameter \"" + name + "\" is a " + parameter.type()
          + ", not a " + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }
    if (!values.containsKey(name)) {
      throw new IllegalArgumentException("parameter \"" + name + "\" was not given and has no"
          + " default; ask isGiven first");
    }
    return javaType.cast(values.get(name));
  }

  private Parameter declaration(String name) {
    Objects.requireNonNull(name, "name");
    return declared.stream().filter(p -> p.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no parameter \"" + name
            + "\" is declared; declared: " + (declared.isEmpty() ? "none" : names(declared))));
  }

  /**
   * Returns the values, such as {@code {count-by=franchise}}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return values.toString();
  }
}
