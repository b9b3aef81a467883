/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.importers.sources;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces a title to the key under which its spellings agree, so that a footage title typed by a
 * user finds the source a reference lists.
 *
 * <pre>{@code
 * TitleNormalizer.normalize("The Lion King II: Simba's Pride");   // "lion king 2 simbas pride"
 * TitleNormalizer.normalize("Lion King 2, The - Simba’s Pride");  // "lion king 2 simbas pride"
 * TitleNormalizer.normalize("Kimba the White Lion (TV)");         // "kimba the white lion"
 * TitleNormalizer.normalize("Pokémon (1997)");                    // "pokemon"
 * }</pre>
 *
 * <p>What it sets aside, in this order: compatibility forms and diacritics ({@code "é"} is
 * {@code "e"}, a full-width letter its plain one), case; {@code "&"}, which is {@code "and"};
 * apostrophes; trailing suffixes that say which release rather than which work — {@code (TV)},
 * {@code (OAV)}, {@code (OVA)}, {@code (ONA)}, {@code (Movie)}, {@code (Film)}, {@code (Series)},
 * a year such as {@code (1995)}, in round or square brackets — and a trailing article after a comma
 * ({@code "Lion King, The"}), as long as a word remains; every other punctuation mark, which
 * separates words; leading articles (the, a, an), unless the title is nothing else; and roman
 * sequel numbers from II to XX, which become arabic ({@code "II"} is {@code "2"}). The key is the remaining words in lower case,
 * separated by single spaces.
 *
 * <p>Normalizing a key again gives the same key. Two different works may share a key ("Robin Hood"
 * the 1973 film and a series of that name): references tell them apart by their other titles.
 */
public final class TitleNormalizer {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['\u2018\u2019\u02bc`]");
  private static final Pattern SUFFIX = Pattern.compile(
      "\\s*[(\\[]\\s*(tv|oav|ova|ona|movie|film|the movie|series|tv series|\\d{4})\\s*[)\\]]\\s*$");
  private static final Pattern TRAILING_ARTICLE = Pattern.compile(",\\s*(the|a|an)\\s*$");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final List<String> ARTICLES = List.of("the", "a", "an");
  private static final Map<String, String> ROMAN = Map.ofEntries(
      Map.entry("ii", "2"), Map.entry("iii", "3"), Map.entry("iv", "4"), Map.entry("v", "5"),
      Map.entry("vi", "6"), Map.entry("vii", "7"), Map.entry("viii", "8"), Map.entry("ix", "9"),
      Map.entry("x", "10"), Map.entry("xi", "11"), Map.entry("xii", "12"), Map.entry("xiii", "13"),
      Map.entry("xiv", "14"), Map.entry("xv", "15"), Map.entry("xvi", "16"),
      Map.entry("xvii", "17"), Map.entry("xviii", "18"), Map.entry("xix", "19"),
      Map.entry("xx", "20"));

  private TitleNormalizer() {}

  /**
   * Returns the key of a title.
   *
   * @param title  the title, not null
   * @return the key: words of lower-case letters and digits separated by single spaces; empty if
   *     the title has no letter or digit, not null
   */
  public static String normalize(CharSequence title) {
    Objects.requireNonNull(title, "title");
    String text = APOSTROPHES.matcher(fold(title.toString()).replace("&", " and ")).replaceAll("");
    text = stripEnds(text);
    List<String> words = words(text);
    if (words.stream().allMatch(ARTICLES::contains)) {
      // Nothing but articles: no order tells which one is the article, so none is dropped.
      words.sort(null);
    } else {
      while (ARTICLES.contains(words.get(0))) {
        words.remove(0);
      }
    }
    words.replaceAll(word -> ROMAN.getOrDefault(word, word));
    return String.join(" ", words);
  }

  /**
   * Strips release suffixes and a trailing article, in any order they come, as long as a word
   * other than an article remains before them.
   */
  private static String stripEnds(String title) {
    String text = title;
    boolean stripped = true;
    while (stripped) {
      stripped = false;
      for (Pattern end : List.of(SUFFIX, TRAILING_ARTICLE)) {
        Matcher matcher = end.matcher(text);
        if (matcher.find() && hasWord(text.substring(0, matcher.start()))) {
          text = text.substring(0, matcher.start());
          stripped = true;
        }
      }
    }
    return text;
  }

  private static boolean hasWord(String text) {
    return words(text).stream().anyMatch(word -> !word.isEmpty() && !ARTICLES.contains(word));
  }

  /** The words of a text; one empty word if it has none. */
  private static List<String> words(String text) {
    return new ArrayList<>(List.of(NOT_WORD.matcher(text).replaceAll(" ").strip().split(" ")));
  }

  /** Compatibility forms, case and diacritics set aside. */
  private static String fold(String title) {
    String text = Normalizer.normalize(title, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
    // Lower case can bring back a combining mark ("İ" is "i" and a dot above): decompose again.
    text = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    // Letters that lower case and decomposition leave apart from their plain forms.
    return text.replace("ß", "ss").replace("ς", "σ").replace("ı", "i").replace("æ", "ae")
        .replace("œ", "oe").replace("ø", "o").replace("đ", "d").replace("ł", "l");
  }

  private static String stripSuffixes(String text) {
    String stripped = text;
    Matcher suffix = SUFFIX.matcher(stripped);
    while (suffix.find() && suffix.start() > 0) {
      stripped = stripped.substring(0, suffix.start());
      suffix = SUFFIX.matcher(stripped);
    }
    return stripped;
  }
}
