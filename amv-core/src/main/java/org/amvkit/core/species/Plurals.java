/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.species;

import java.util.List;

/**
 * The singulars English regularly makes of a plural. Irregular plurals ("geese", "mice") are data,
 * in the taxonomy's file; these rules are the same for every word, so they are code.
 */
final class Plurals {

  private Plurals() {}

  /**
   * Returns what {@code word} may be the plural of, most likely first: "wolves" may be "wolf",
   * "wolfe" or "wolve"; "foxes" "fox" or "foxe"; "ponies" "pony"; "cats" "cat". The candidates
   * are looked up in the table, so a wrong one costs a lookup and nothing else.
   *
   * @param word  a normalized name
   * @return the candidate singulars, empty if the word does not end as a plural does
   */
  static List<String> singulars(String word) {
    if (word.endsWith("ies")) {
      return List.of(word.substring(0, word.length() - 3) + "y");
    }
    if (word.endsWith("ves")) {
      String stem = word.substring(0, word.length() - 3);
      return List.of(stem + "f", stem + "fe", word.substring(0, word.length() - 1));
    }
    if (word.endsWith("es")) {
      return List.of(word.substring(0, word.length() - 2), word.substring(0, word.length() - 1));
    }
    if (word.endsWith("s")) {
      return List.of(word.substring(0, word.length() - 1));
    }
    return List.of();
  }
}
