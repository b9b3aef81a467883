/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.spi;

import java.util.Objects;
import java.util.Optional;

/**
 * A parameter a {@link RuleType} declares: its name, its {@link ParameterType}, whether it is
 * required or else its default (written as text, the way a profile would write it), and what it
 * means.
 *
 * <pre>{@code
 * Parameter countBy = Parameter.optional("count-by", ParameterType.choice("title", "franchise"),
 *     "title", "whether titles or franchises are counted");
 * Parameter max = Parameter.required("max", ParameterType.DURATION, "the longest a video may be");
 * }</pre>
 */
public final class Parameter {

  private final String name;
  private final ParameterType type;
  private final boolean required;
  private final String defaultText;
  private final Object defaultValue;
  private final String description;

  private Parameter(String name, ParameterType type, boolean required, String defaultText,
      Object defaultValue, String description) {
    this.name = name;
    this.type = type;
    this.required = required;
    this.defaultText = defaultText;
    this.defaultValue = defaultValue;
    this.description = description;
  }

  /**
   * Declares a parameter that must be given.
   *
   * @param name  the name, such as {@code "max"}, not null, not blank
   * @param type  the type, not null
   * @param description  what it means, not null
   * @return the parameter, not null
   * @throws IllegalArgumentException if the name is blank
   */
  public static Parameter required(String name, ParameterType type, String description) {
    return new Parameter(checkName(name), Objects.requireNonNull(type, "type"), true, null, null,
        Objects.requireNonNull(description, "description"));
  }

  /**
   * Declares a parameter that may be left out and has no default: the rule then does without it,
   * as {@code duration-between} does without a maximum. The factory asks
   * {@link Parameters#isGiven(String)} before reading it.
   *
   * @param name  the name, such as {@code "max"}, not null, not blank
   * @param type  the type, not null
   * @param description  what it means, and what leaving it out means, not null
   * @return the parameter, not null
   * @throws IllegalArgumentException if the name is blank
   */
  public static Parameter optional(String name, ParameterType type, String description) {
    return new Parameter(checkName(name), Objects.requireNonNull(type, "type"), false, null, null,
        Objects.requireNonNull(description, "description"));
  }

  /**
   * Declares a parameter that may be left out, in which case its default applies.
   *
   * @param name  the name, such as {@code "count-by"}, not null, not blank
   * @param type  the type, not null
   * @param defaultValue  the default, written as in a profile ({@code "title"}, {@code "PT4M"},
   *     {@code "75%"}), not null
   * @param description  what it means, not null
   * @return the parameter, not null
   * @throws IllegalArgumentException if the name is blank or the default is not of the type
   */
  public static Parameter optional(String name, ParameterType type, String defaultValue,
      String description) {
    checkName(name);
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Object value;
    try {
      value = type.read(defaultValue);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("default of parameter \"" + name + "\": "
          + e.getMessage(), e);
    }
    return new Parameter(name, type, false, defaultValue, value,
        Objects.requireNonNull(description, "description"));
  }

  private static String checkName(String name) {
    if (Objects.requireNonNull(name, "name").isBlank()) {
      throw new IllegalArgumentException("parameter name is blank");
    }
    return name;
  }

  /**
   * Returns the name.
   *
   * @return the name, not null
   */
  public String name() {
    return name;
  }

  /**
   * Returns the type.
   *
   * @return the type, not null
   */
  public ParameterType type() {
    return type;
  }

  /**
   * Tells whether the parameter must be given.
   *
   * @return true if it must be given
   */
  public boolean isRequired() {
    return required;
  }

  /**
   * Returns the default, as text.
   *
   * @return the default, empty for a required parameter or an optional one without default, not
   *     null
   */
  public Optional<String> defaultValue() {
    return Optional.ofNullable(defaultText);
  }

  /** Returns the default already read, or null when there is none. */
  Object defaultRead() {
    return defaultValue;
  }

  /**
   * Returns what the parameter means.
   *
   * @return the description, not null
   */
  public String description() {
    return description;
  }

  /**
   * Returns the parameter as documentation shows it, such as
   * {@code count-by: choice(title|franchise) = title}, {@code max: duration (required)} or
   * {@code max: duration (optional)}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return name + ": " + type + (required ? " (required)"
        : defaultText == null ? " (optional)" : " = " + defaultText);
  }
}
