/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.species;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.amvkit.core.internal.Ids;

/**
 * Reads the taxonomy's data file, {@code taxonomy.tsv} (its opening comment says what its rows
 * hold), and checks that its tables agree: a name for one species only, known families and
 * postures, plurals of names it has, single words where words are read one by one. A mistake is
 * an {@link IllegalStateException} naming the file and line, since it is a fault of the library,
 * not of the catalogue being read.
 */
final class TaxonomyFile {

  /** The built-in file, beside this class in amv-core's module. */
  static final String BUILT_IN = "taxonomy.tsv";

  private final String file;
  private final List<Species> all = new ArrayList<>();
  private final Map<String, Species> byName = new HashMap<>();
  /** The line each name was given on, for the message when it is given again. */
  private final Map<String, Integer> nameLines = new HashMap<>();
  private final Map<String, String> plurals = new LinkedHashMap<>();
  private final Map<String, Integer> pluralLines = new HashMap<>();
  private final Set<String> modifiers = new HashSet<>();
  private final Set<String> young = new HashSet<>();
  private final Map<String, Posture> postures = new HashMap<>();
  /** The line each modifier, young form or posture word was given on. */
  private final Map<String, Integer> wordLines = new HashMap<>();
  private int line;

  private TaxonomyFile(String file) {
    this.file = file;
  }

  /**
   * Reads the built-in taxonomy. A named module reads its own resources through a class of the
   * resource's package, hence {@code Taxonomy.class}.
   *
   * @throws IllegalStateException if the file is missing or wrong
   */
  static Taxonomy builtIn() {
    try (InputStream in = Taxonomy.class.getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw new IllegalStateException("the species taxonomy " + BUILT_IN
            + " is missing beside " + Taxonomy.class.getName());
      }
      return read(new BufferedReader(new InputStreamReader(in, UTF_8)), BUILT_IN);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the species taxonomy " + BUILT_IN, e);
    }
  }

  /**
   * Reads a taxonomy from the lines of a file.
   *
   * @param lines  the file's lines
   * @param file  the file's name, for messages
   * @throws IOException if the lines cannot be read
   * @throws IllegalStateException if a row is wrong; the message names the file and the line
   */
  static Taxonomy read(BufferedReader lines, String file) throws IOException {
    TaxonomyFile taxonomy = new TaxonomyFile(file);
    String text;
    while ((text = lines.readLine()) != null) {
      taxonomy.line++;
      if (!text.isBlank() && !text.startsWith("#")) {
        taxonomy.row(text.strip().split("\\s*\\t\\s*"));
      }
    }
    return taxonomy.complete();
  }

  private void row(String[] fields) {
    switch (fields[0]) {
      case "species" -> {
        fields(fields, 3, 4, "kind, family, canonical name, aliases");
        species(family(fields[1]), fields[2], fields.length == 4 ? fields[3] : "");
      }
      case "plural" -> {
        fields(fields, 3, 3, "kind, plural, singular");
        plural(word(fields[1]), word(fields[2]));
      }
      case "modifier" -> {
        fields(fields, 2, 2, "kind, words");
        words(fields[1], modifiers::add);
      }
      case "young" -> {
        fields(fields, 2, 2, "kind, words");
        words(fields[1], young::add);
      }
      case "posture" -> {
        fields(fields, 3, 3, "kind, posture, words");
        Posture posture = parse(Posture.class, fields[1], "posture");
        words(fields[2], word -> postures.put(word, posture));
      }
      default -> throw fault("unknown row kind \"" + fields[0]
          + "\" (expected species, plural, modifier, young or posture)");
    }
  }

  private void species(Family family, String canonical, String aliases) {
    if (family == Family.UNKNOWN) {
      throw fault("family \"unknown\" is for names the taxonomy does not recognise");
    }
    String id = Ids.normalize(canonical);
    Species species = ImmutableSpecies.of(id, id, family);
    all.add(species);
    name(id, species);
    for (String alias : list(aliases)) {
      name(alias, species);
    }
  }

  private void name(String name, Species species) {
    Integer earlier = nameLines.putIfAbsent(name, line);
    if (earlier != null) {
      throw fault("\"" + name + "\" is already a name on line " + earlier);
    }
    byName.put(name, species);
  }

  private void plural(String plural, String singular) {
    if (plurals.putIfAbsent(plural, singular) != null) {
      throw fault("\"" + plural + "\" is already a plural on line " + pluralLines.get(plural));
    }
    pluralLines.put(plural, line);
  }

  /** Adds single words; a word is a modifier, a young form or a posture word, once. */
  private void words(String list, Consumer<String> add) {
    for (String text : list.split(",")) {
      String word = word(text);
      Integer earlier = wordLines.putIfAbsent(word, line);
      if (earlier != null) {
        throw fault("\"" + word + "\" is already listed on line " + earlier);
      }
      add.accept(word);
    }
  }

  /** Checks what can only be checked once every row is read. */
  private Taxonomy complete() {
    for (Map.Entry<String, String> plural : plurals.entrySet()) {
      if (!byName.containsKey(plural.getValue())) {
        line = pluralLines.get(plural.getKey());
        throw fault("the singular \"" + plural.getValue() + "\" of \"" + plural.getKey()
            + "\" is not a species name");
      }
    }
    for (String word : wordLines.keySet()) {
      if ((modifiers.contains(word) || postures.containsKey(word)) && byName.containsKey(word)) {
        line = wordLines.get(word);
        throw fault("\"" + word + "\" is a species name, so it cannot modify one");
      }
    }
    for (Species species : all) {
      String first = species.canonicalName().split("-")[0];
      if (postures.containsKey(first)) {
        line = nameLines.get(species.canonicalName());
        // A species is written back by its canonical name: that name must state no posture.
        throw fault("the canonical name \"" + species.canonicalName()
            + "\" begins with a posture word");
      }
    }
    return new Taxonomy(all, byName, plurals, modifiers, young, postures);
  }

  private Family family(String id) {
    return parse(Family.class, id, "family");
  }

  private <E extends Enum<E>> E parse(Class<E> type, String id, String what) {
    try {
      return Ids.parse(type, id);
    } catch (IllegalArgumentException e) {
      throw fault(what + " " + e.getMessage());
    }
  }

  private void fields(String[] fields, int min, int max, String expected) {
    if (fields.length < min || fields.length > max) {
      throw fault("a " + fields[0] + " row has " + (min == max ? "" : min + " to ") + max
          + " tab-separated fields (" + expected + "), not " + fields.length);
    }
  }

  /** A list of names, normalized; a blank list has none. */
  private static List<String> list(String list) {
    List<String> names = new ArrayList<>();
    for (String name : list.split(",")) {
      if (!name.isBlank()) {
        names.add(Ids.normalize(name));
      }
    }
    return names;
  }

  /** A single word, normalized: read where names are read word by word. */
  private String word(String text) {
    String word = Ids.normalize(text);
    if (word.isEmpty() || word.contains("-")) {
      throw fault("\"" + text.strip() + "\" is not a single word");
    }
    return word;
  }

  private IllegalStateException fault(String message) {
    return new IllegalStateException(file + " line " + line + ": " + message);
  }
}
