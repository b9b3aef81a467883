/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.spi;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.amvkit.core.Problems;
import org.amvkit.core.internal.Ids;
import org.amvkit.core.timeline.Share;

/**
 * The type of a rule {@link Parameter}: how its value is written and read.
 *
 * <pre>{@code
 * Parameter max = Parameter.required("max", ParameterType.DURATION, "the longest a video may be");
 * Parameter countBy = Parameter.optional("count-by", ParameterType.choice(CountBy.class), "title",
 *     "title or franchise");
 * countBy.type().choices();   // [title, franchise]
 * Parameters.of(List.of(max, countBy), Map.of("max", "PT4M")).duration("max");   // PT4M
 * }</pre>
 *
 * <table>
 *   <caption>Parameter types</caption>
 *   <tr><th>type</th><th>written as</th><th>read as</th></tr>
 *   <tr><td>{@link #DURATION}</td><td>ISO-8601: {@code "PT4M"}, {@code "PT3M30S"}</td>
 *       <td>{@link Duration}, not negative</td></tr>
 *   <tr><td>{@link #DATE}</td><td>ISO-8601: {@code "2024-05-31"}</td><td>{@link LocalDate}</td></tr>
 *   <tr><td>{@link #SHARE}</td><td>{@code "0.75"}, {@code "75%"} or the number {@code 0.75}</td>
 *       <td>{@link Share}</td></tr>
 *   <tr><td>{@link #INTEGER}</td><td>{@code 3} or {@code "3"}</td><td>{@code int}</td></tr>
 *   <tr><td>{@link #STRING}</td><td>{@code "text"}</td><td>{@link String}</td></tr>
 *   <tr><td>{@link #STRING_LIST}</td><td>{@code ["anime", "animation"]} or
 *       {@code "anime, animation"}</td><td>{@code List<String>}</td></tr>
 *   <tr><td>{@link #choice(String...) choice}</td><td>one of its values: {@code "franchise"}</td>
 *       <td>the value, lower case with hyphens</td></tr>
 * </table>
 *
 * <p>Values already of the Java type ({@code Duration.ofMinutes(4)}) are accepted as they are, so
 * that parameters can be given from code as well as from text.
 */
public final class ParameterType {

  /** The kinds of parameter type. */
  public enum Kind {
    /** An ISO-8601 duration. */
    DURATION,
    /** An ISO-8601 calendar date. */
    DATE,
    /** A fraction between 0 and 1. */
    SHARE,
    /** A whole number that fits in an {@code int}. */
    INTEGER,
    /** Any text. */
    STRING,
    /** A list of texts. */
    STRING_LIST,
    /** One of a fixed set of values. */
    CHOICE
  }

  /** An ISO-8601 duration such as {@code PT4M}, read as a {@link Duration}. */
  public static final ParameterType DURATION = new ParameterType(Kind.DURATION, List.of());
  /** An ISO-8601 date such as {@code 2024-05-31}, read as a {@link LocalDate}. */
  public static final ParameterType DATE = new ParameterType(Kind.DATE, List.of());
  /** A share such as {@code 0.75} or {@code 75%}, read as a {@link Share}. */
  public static final ParameterType SHARE = new ParameterType(Kind.SHARE, List.of());
  /** A whole number, read as an {@code int}. */
  public static final ParameterType INTEGER = new ParameterType(Kind.INTEGER, List.of());
  /** Any text, read as a {@link String}. */
  public static final ParameterType STRING = new ParameterType(Kind.STRING, List.of());
  /** A list of texts (or one comma-separated text), read as a {@code List<String>}. */
  public static final ParameterType STRING_LIST = new ParameterType(Kind.STRING_LIST, List.of());

  private final Kind kind;
  private final List<String> choices;

  private ParameterType(Kind kind, List<String> choices) {
    this.kind = kind;
    this.choices = choices;
  }

  /**
   * Returns the type of a parameter that takes one of the given values. Values are compared
   * after normalizing to lower case with hyphens, so {@code "Franchise"} and {@code "franchise"}
   * are the same choice.
   *
   * @param values  the allowed values, at least one, none blank, not null
   * @return the type, not null
   * @throws IllegalArgumentException if no value is given, a value is blank or two are the same
   */
  public static ParameterType choice(String... values) {
    Objects.requireNonNull(values, "values");
    if (values.length == 0) {
      throw new IllegalArgumentException("a choice needs at least one value");
    }
    Set<String> ids = new LinkedHashSet<>();
    for (String value : values) {
      String id = Ids.normalize(Objects.requireNonNull(value, "value"));
      if (id.isEmpty()) {
        throw new IllegalArgumentException("a choice value is blank");
      }
      if (!ids.add(id)) {
        throw new IllegalArgumentException(
            "choice value " + Problems.quote(id) + " is given twice");
      }
    }
    return new ParameterType(Kind.CHOICE, List.copyOf(ids));
  }

  /**
   * Returns the type of a parameter that takes one of an enum's constants, written lower case
   * with hyphens: {@code CountBy.FRANCHISE} is {@code "franchise"}.
   *
   * @param type  the enum type, not null
   * @return the type, not null
   * @throws IllegalArgumentException if the enum has no constants
   */
  public static ParameterType choice(Class<? extends Enum<?>> type) {
    Enum<?>[] constants = Objects.requireNonNull(type, "type").getEnumConstants();
    String[] values = new String[constants.length];
    for (int i = 0; i < constants.length; i++) {
      values[i] = constants[i].name();
    }
    return choice(values);
  }

  /**
   * Returns the kind of this type.
   *
   * @return the kind, not null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the values a {@link Kind#CHOICE} allows, lower case with hyphens, in order.
   *
   * @return the values, empty for the other kinds, not null
   */
  public List<String> choices() {
    return choices;
  }

  /**
   * Reads a value of this type.
   *
   * @param raw  the value as given: text, a number, a list, a value of the Java type, or null
   * @return the value, of the Java type this type is read as, not null
   * @throws IllegalArgumentException if the value is not of this type; the message quotes it, as
   *     in {@code "4min" is not a valid duration (ISO-8601, e.g. PT4M)}
   */
  Object read(Object raw) {
    Object value = raw == null ? null : convert(raw);
    if (value == null) {
      throw new IllegalArgumentException(quote(raw) + " is not " + expectation());
    }
    return value;
  }

  /** Returns the value read, or null when it is not of this type. */
  private Object convert(Object raw) {
    return switch (kind) {
      case DURATION -> RawValues.duration(raw);
      case DATE -> RawValues.date(raw);
      case SHARE -> RawValues.share(raw);
      case INTEGER -> RawValues.integer(raw);
      case STRING -> raw instanceof String ? raw : null;
      case STRING_LIST -> RawValues.strings(raw);
      case CHOICE -> choiceOf(raw);
    };
  }

  private String choiceOf(Object raw) {
    if (raw instanceof String || raw instanceof Enum) {
      String id = Ids.normalize(raw instanceof Enum ? ((Enum<?>) raw).name() : (String) raw);
      return choices.contains(id) ? id : null;
    }
    return null;
  }

  /** What a valid value looks like, completing "… is not ". */
  private String expectation() {
    return switch (kind) {
      case DURATION -> "a valid duration (ISO-8601, e.g. PT4M)";
      case DATE -> "a valid date (ISO-8601, e.g. 2024-05-31)";
      case SHARE -> "a valid share (from 0 to 1, e.g. 0.75 or 75%)";
      case INTEGER -> "a valid integer";
      case STRING -> "a valid string";
      case STRING_LIST -> "a valid list of strings (e.g. [\"anime\", \"animation\"])";
      case CHOICE -> "a valid choice; expected one of: " + String.join(", ", choices);
    };
  }

  /** Writes a raw value as JSON would: strings quoted, lists bracketed, long text shortened. */
  static String quote(Object raw) {
    String text;
    if (raw == null) {
      text = "null";
    } else if (raw instanceof CharSequence) {
      return Problems.quote(raw.toString());   // cut at the same length, its quote kept
    } else if (raw instanceof BigDecimal) {
      // 1e-999999999 written out plainly is a billion characters: only short numbers are
      BigDecimal number = (BigDecimal) raw;
      text = number.precision() <= 40 && Math.abs((long) number.scale()) <= 40
          ? number.toPlainString() : number.toString();
    } else if (raw instanceof Collection) {
      List<String> items = new ArrayList<>();
      int length = 0;
      for (Object item : (Collection<?>) raw) {
        if (length > 60) {
          break;   // enough for the message, however long the list
        }
        String quoted = quote(item);
        items.add(quoted);
        length += quoted.length() + 2;
      }
      text = "[" + String.join(", ", items) + "]";
    } else if (raw instanceof java.util.Map) {
      text = "{…}";
    } else {
      text = String.valueOf(raw);
    }
    return text.length() > 60 ? text.substring(0, 59) + "…" : text;
  }

  /**
   * Returns the name of this type, such as {@code "duration"} or
   * {@code "choice(title|franchise)"}.
   *
   * @return the name, not null
   */
  @Override
  public String toString() {
    String name = kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    return kind == Kind.CHOICE ? name + "(" + String.join("|", choices) + ")" : name;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ParameterType && ((ParameterType) other).kind == kind
        && ((ParameterType) other).choices.equals(choices);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + choices.hashCode();
  }
}
