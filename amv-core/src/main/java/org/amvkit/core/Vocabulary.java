/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import org.amvkit.core.internal.Ids;

/**
 * The well-known terms of one open vocabulary and their aliases. Filled while the term's class is
 * initialised and only read afterwards, so it is safe to share between threads.
 */
final class Vocabulary<T extends Term> {

  private final String what;
  private final BiFunction<String, String, T> factory;
  private final Map<String, T> byAlias = new HashMap<>();
  private final List<T> wellKnown = new ArrayList<>();

  Vocabulary(String what, BiFunction<String, String, T> factory) {
    this.what = what;
    this.factory = factory;
  }

  /** Defines a well-known term named {@code name}, also found under {@code aliases}. */
  T define(String name, String... aliases) {
    T term = factory.apply(Ids.normalize(name), name);
    wellKnown.add(term);
    byAlias.put(term.id(), term);
    for (String alias : aliases) {
      byAlias.put(Ids.normalize(alias), term);
    }
    return term;
  }

  /** Returns the well-known term named or aliased {@code text}, or a new term of that name. */
  T parse(CharSequence text) {
    Objects.requireNonNull(text, what);
    String id = Ids.normalize(text);
    if (id.isEmpty()) {
      throw new IllegalArgumentException(what + " is blank");
    }
    T known = byAlias.get(id);
    return known != null ? known : factory.apply(id, text.toString().strip());
  }

  boolean isWellKnown(T term) {
    return term.equals(byAlias.get(term.id()));
  }

  List<T> wellKnown() {
    return List.copyOf(wellKnown);
  }
}
