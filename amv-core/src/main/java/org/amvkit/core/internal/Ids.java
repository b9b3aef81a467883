/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The spelling of identifiers in amvkit: lower case, words joined by hyphens ({@code live-action},
 * {@code sony-vegas}). Enum constants and open vocabularies are written and read in this form.
 */
public final class Ids {

  /** Each enum's constants by identifier, made once per enum: files name them at every value. */
  private static final ClassValue<Map<String, Enum<?>>> BY_ID = new ClassValue<>() {
    @Override
    protected Map<String, Enum<?>> computeValue(Class<?> type) {
      Map<String, Enum<?>> byId = new HashMap<>();
      for (Object constant : type.getEnumConstants()) {
        byId.putIfAbsent(of((Enum<?>) constant), (Enum<?>) constant);   // the first, as before
      }
      return Map.copyOf(byId);
    }
  };

  private Ids() {}

  /**
   * Normalizes a name to an identifier: trims it, lower-cases it and joins its words with single
   * hyphens, so that {@code " Sony  Vegas"}, {@code "SONY_VEGAS"} and {@code "sony-vegas"} agree.
   *
   * @param name  the name, not null
   * @return the identifier, not null
   */
  public static String normalize(CharSequence name) {
    String text = name.toString();
    if (isIdentifier(text)) {
      return text;   // the common case, read from files amvkit wrote: nothing to build
    }
    text = text.strip().toLowerCase(Locale.ROOT);
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
   * Tells whether a text is already an identifier, which {@link #normalize} returns unchanged:
   * lower-case ASCII letters and digits, in words joined by single hyphens. (Nothing to strip or
   * lower-case, and every hyphen is kept as it is: it has a word before it and one after.)
   */
  static boolean isIdentifier(String text) {
    int length = text.length();
    if (length == 0 || text.charAt(length - 1) == '-') {
      return false;
    }
    // Each character is looked at once, without its neighbours: a loop that read text[i - 1]
    // made the JIT compiler guard that read for i = 0, and throw away the reader's compiled code
    // the first time a hyphen came.
    boolean afterWord = false;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        afterWord = true;
      } else if (c == '-' && afterWord) {
        afterWord = false;
      } else {
        return false;
      }
    }
    return true;
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
    Enum<?> constant = BY_ID.get(type).get(id);
    if (constant != null) {
      return type.cast(constant);
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
