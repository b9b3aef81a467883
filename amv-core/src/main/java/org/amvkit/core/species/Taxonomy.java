/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.species;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.amvkit.core.internal.Ids;

/**
 * The species names amvkit recognises, and how it reads a name built from them: its species and
 * the posture it states. The names are data, read from {@code taxonomy.tsv} by
 * {@link TaxonomyFile}, so that adding a species or a breed is adding a row; this class holds the
 * reading, which is the same for every row.
 *
 * <p>A name is read, after lower-casing and joining its words with hyphens, as the first of:
 * <ol>
 *   <li>a name in the table, or its singular ("wolves", "ponies", and irregular plurals of its
 *       last word, "geese" as goose);
 *   <li>the same without up to {@value #MAX_MODIFIERS} leading modifiers or posture words ("grey
 *       wolf", "anthro fox", "little baby fox");
 *   <li>each of those without up to {@value #MAX_YOUNG} trailing young forms ("wolf pup", "polar
 *       bear cubs").
 * </ol>
 * The whole name comes first, so that "black panther" or "red panda" is not read as a panther or a
 * panda. Only listed words are dropped: a name with any other word ("robot dog", "sea serpent")
 * is not recognised, which is honest where guessing the last word would not be.
 *
 * <p>The posture is stated by a posture word among the leading modifiers ("anthropomorphic fox")
 * or alone in parentheses at the end ("fox (anthro)"), and only in a name whose species is
 * recognised, so that a species written back by its name reads back with the same posture.
 */
final class Taxonomy {

  /**
   * How many leading modifiers, and trailing young forms, are dropped at most. Real names need
   * fewer; the bounds keep the work linear in the name's length whatever a catalogue holds.
   */
  static final int MAX_MODIFIERS = 4;

  /** See {@link #MAX_MODIFIERS}. */
  static final int MAX_YOUNG = 2;

  /** What a species name says: its species if recognised, and the posture it states if any. */
  record Reading(Optional<Species> species, Optional<Posture> posture) {}

  private static final Reading UNRECOGNISED = new Reading(Optional.empty(), Optional.empty());

  private final List<Species> all;
  private final Map<String, Species> byName;
  private final Map<String, String> plurals;
  private final Set<String> modifiers;
  private final Set<String> young;
  private final Map<String, Posture> postures;

  /**
   * Makes a taxonomy of its tables; {@link TaxonomyFile} checks that they agree.
   *
   * @param all  the canonical species, in table order
   * @param byName  every canonical name and alias, normalized, to its species
   * @param plurals  irregular plurals to their singulars, single normalized words
   * @param modifiers  words before an animal that do not change it
   * @param young  young forms after an animal
   * @param postures  words that state a posture, to it
   */
  Taxonomy(List<Species> all, Map<String, Species> byName, Map<String, String> plurals,
      Set<String> modifiers, Set<String> young, Map<String, Posture> postures) {
    this.all = List.copyOf(all);
    this.byName = Map.copyOf(byName);
    this.plurals = Map.copyOf(plurals);
    this.modifiers = Set.copyOf(modifiers);
    this.young = Set.copyOf(young);
    this.postures = Map.copyOf(postures);
  }

  /** Returns every canonical species, in table order. */
  List<Species> all() {
    return all;
  }

  /** Reads a species name as a catalogue writes it; see the class comment. */
  Reading read(CharSequence name) {
    String text = name.toString().strip();
    Posture stated = null;
    int open = text.lastIndexOf('(');
    if (open > 0 && text.endsWith(")")) {
      // "fox (anthro)": a posture or a modifier in parentheses at the end, after a name
      String inner = Ids.normalize(text.substring(open + 1, text.length() - 1));
      String before = text.substring(0, open).strip();
      if (!before.isEmpty() && (postures.containsKey(inner) || modifiers.contains(inner))) {
        stated = postures.get(inner);
        text = before;
      }
    }
    String[] words = Ids.normalize(text).split("-");
    Species species = resolve(words);
    if (species == null) {
      return UNRECOGNISED;
    }
    for (int i = 0; stated == null && i < Math.min(MAX_MODIFIERS, words.length - 1); i++) {
      stated = postures.get(words[i]);
      if (stated == null && !modifiers.contains(words[i])) {
        break;
      }
    }
    return new Reading(Optional.of(species), Optional.ofNullable(stated));
  }

  /** The species of the words, dropping leading modifiers then trailing young forms; or null. */
  private Species resolve(String[] words) {
    int count = words.length;
    for (int from = 0; from <= Math.min(MAX_MODIFIERS, count - 1); from++) {
      if (from > 0 && !isModifier(words[from - 1])) {
        break;
      }
      for (int to = count; to > from && count - to <= MAX_YOUNG; to--) {
        if (to < count && !isYoung(words[to])) {
          break;
        }
        Species species = lookup(String.join("-", Arrays.asList(words).subList(from, to)));
        if (species != null) {
          return species;
        }
      }
    }
    return null;
  }

  private boolean isModifier(String word) {
    return modifiers.contains(word) || postures.containsKey(word);
  }

  private boolean isYoung(String word) {
    if (young.contains(word)) {
      return true;
    }
    for (String singular : Plurals.singulars(word)) {
      if (young.contains(singular)) {
        return true;
      }
    }
    return false;
  }

  /** The species named {@code id} in the table, as it is or as the plural of a name; or null. */
  private Species lookup(String id) {
    Species species = byName.get(id);
    if (species != null) {
      return species;
    }
    int last = id.lastIndexOf('-') + 1;
    String singular = plurals.get(id.substring(last));
    if (singular != null) {
      species = byName.get(id.substring(0, last) + singular);
      if (species != null) {
        return species;
      }
    }
    for (String candidate : Plurals.singulars(id)) {
      species = byName.get(candidate);
      if (species != null) {
        return species;
      }
    }
    return null;
  }
}
