/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.spi;

import java.util.Optional;

/**
 * Thrown when the parameters given to a {@link RuleType} are not what it declares: an unknown
 * name, a required one missing, or a value that is not of the parameter's type. The message names
 * the parameter and quotes the value, such as
 * {@code max: "4min" is not a valid duration (ISO-8601, e.g. PT4M)}.
 *
 * <pre>{@code
 * try {
 *   RuleRegistry.load().create("duration-between", Map.of("max", "4min"));
 * } catch (ParameterException e) {
 *   e.parameter();   // Optional[max]
 *   e.detail();      // "4min" is not a valid duration (ISO-8601, e.g. PT4M)
 * }
 * }</pre>
 *
 * <p>A rule factory may throw it too, for problems that involve several parameters
 * ({@code max: PT1M is shorter than min PT2M}).
 */
public class ParameterException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** @serial the parameter at fault, or null when the problem is not one parameter's. */
  private final String parameter;
  /** @serial what is wrong, without the parameter's name. */
  private final String detail;

  /**
   * Creates the exception for a problem with one parameter.
   *
   * @param parameter  the parameter's name, not null
   * @param detail  what is wrong with it, such as {@code "missing"}, not null
   */
  public ParameterException(String parameter, String detail) {
    super(parameter + ": " + detail);
    this.parameter = parameter;
    this.detail = detail;
  }

  /**
   * Creates the exception for a problem with the parameters as a whole, such as an unknown name.
   *
   * @param detail  what is wrong, such as {@code unknown parameter "mx"; expected one of: max},
   *     not null
   */
  public ParameterException(String detail) {
    super(detail);
    this.parameter = null;
    this.detail = detail;
  }

  /**
   * Returns the name of the parameter at fault.
   *
   * @return the name, or empty when the problem is not one parameter's, not null
   */
  public Optional<String> parameter() {
    return Optional.ofNullable(parameter);
  }

  /**
   * Returns what is wrong, without the parameter's name: the message is
   * {@code parameter + ": " + detail} when a parameter is named, else the detail alone.
   *
   * @return the detail, not null
   */
  public String detail() {
    return detail;
  }
}
