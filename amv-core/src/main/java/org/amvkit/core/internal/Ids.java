/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The spelling of identifiers in amvkit: lower case, words joined by hyphens ({@code live-action},
 * {@code sony-vegas}). Enum constants and open vocabularies are written and read in this form.
 */
public final class Ids {

  private Ids() {}

  /**
   * Normalizes a name to an identifier: trims it, lower-cases it and joins its words with single
   * hyphens, so that {@code " Sony  Vegas"}, {@code "SONY_VEGAS"} and {@code "sony-vegas"} agree.
   *
   * @param name  the name, not null
   * @return the identifier, not null
   */
  public static String normalize(CharSequence name) {
    String text = name.toString().strip().toLowerCase(Locale.ROOT);
    StringBuilder id = new StringBuilder(text.length());
    boolean pendingHyphen = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '_' || c == '-' || c == '\t') {
        pendingHyphen = id.length() > 0;
      } else {
        if (pendingHyphen) {
          id.append('-');
          pendingHyphen = false;
        }
        id.append(c);
      }
    }
    return id.toString();
  }

  /**
   * Returns the identifier of an enum constant: {@code LIVE_ACTION} becomes {@code live-action}.
   *
   * @param constant  the constant, not null
   * @return the identifier, not null
   */
  public static String of(Enum<?> constant) {
    return normalize(constant.name());
  }

  /**
   * Finds the enum constant whose identifier matches {@code text} once normalized.
   *
   * @param type  the enum type, not null
   * @param text  the text to read, not null
   * @param <E>  the enum type
   * @return the constant, not null
   * @throws IllegalArgumentException if no constant matches; the message quotes the text and lists
   *     the identifiers allowed
   */
  public static <E extends Enum<E>> E parse(Class<E> type, CharSequence text) {
    String id = normalize(Objects.requireNonNull(text, "text"));
    for (E constant : type.getEnumConstants()) {
      if (of(constant).equals(id)) {
        return constant;
      }
    }
    throw new IllegalArgumentException(Quoting.quote(text.toString(), 60) + " is not one of "
        + allowed(type));
  }

  /**
   * Lists the identifiers of an enum's constants, for messages.
   *
   * @param type  the enum type, not null
   * @return the identifiers, comma separated, in declaration order, not null
   */
  public static String allowed(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Ids::of).collect(Collectors.joining(", "));
  }
}
