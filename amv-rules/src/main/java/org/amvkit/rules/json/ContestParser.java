/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.json;

import static org.amvkit.core.Problems.quote;
import static org.amvkit.rules.json.JsonTree.array;
import static org.amvkit.rules.json.JsonTree.checkFields;
import static org.amvkit.rules.json.JsonTree.join;
import static org.amvkit.rules.json.JsonTree.shown;
import static org.amvkit.rules.json.JsonTree.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.amvkit.core.InvalidValueException;
import org.amvkit.core.Problem;
import org.amvkit.core.Style;
import org.amvkit.rules.Definition;
import org.amvkit.rules.builtin.ContestRules;
import org.amvkit.rules.contest.Contest;
import org.amvkit.rules.contest.Entry;
import org.amvkit.rules.registry.RuleRegistry;

/**
 * Reads an {@code amv-contest/1} document from Jackson's tree model, with the help of
 * {@link JsonTree}; the definition and the category rules are read by {@link ProfileParser}, so
 * their syntax is a profile's.
 */
final class ContestParser {

  static final String FORMAT = "amv-contest/1";

  private static final List<String> CONTEST_FIELDS = List.of("format", "id", "name",
      "categories", "premiere-cutoff", "exclude-award-winners", "limits", "definition",
      "category-rules", "entries");
  private static final String EXCLUDE_AWARD_WINNERS = "exclude-award-winners";
  private static final List<String> AWARD_FIELDS = List.of("before");
  private static final List<String> LIMIT_FIELDS =
      List.of("per-category", "per-entrant", "exhibition", "collaborations");
  private static final List<String> ENTRY_FIELDS =
      List.of("id", "video", "category", "entrant", "exhibition");
  private static final String EVERY_CREATOR = "every-creator";
  private static final String ENTRANT = "entrant";

  private final ProfileParser profiles;

  ContestParser(RuleRegistry registry) {
    this.profiles = new ProfileParser(registry);
  }

  Contest read(Reader reader) throws IOException {
    return read(() -> JsonTree.readObject(JsonTree.MAPPER, reader, "contest"));
  }

  Contest read(InputStream in) throws IOException {
    return read(() -> JsonTree.readObject(JsonTree.MAPPER, in, "contest"));
  }

  /** Where the contest's tree comes from: characters or bytes. */
  private interface TreeSource {
    JsonNode read() throws IOException;
  }

  private Contest read(TreeSource source) throws IOException {
    try {
      return contest(source.read());
    } catch (ProfileFormatException e) {
      // The tree, the definition and the contest's invariants are read as a profile's are, and
      // their faults made as a profile's are: they are the contest's.
      ContestFormatException fault = new ContestFormatException(e.problems(), e.line(),
          e.column());
      fault.initCause(e.getCause());
      throw fault;
    }
  }

  private Contest contest(JsonNode root) {
    checkFields(root, "", CONTEST_FIELDS);
    String format = text(root, "", "format");
    if (!format.equals(FORMAT)) {
      throw fault("format", quote(format) + " is not " + FORMAT);
    }
    Contest.Builder contest = Contest.builder().id(text(root, "", "id"))
        .name(text(root, "", "name"));
    List<Style> categories = categories(array(root, "", "categories"));
    contest.styles(categories);
    if (root.has("premiere-cutoff")) {
      contest.premiereCutoff(date(root, "", "premiere-cutoff"));
    }
    boolean excludeAwardWinners = root.has(EXCLUDE_AWARD_WINNERS)
        && excludeAwardWinners(root.get(EXCLUDE_AWARD_WINNERS), contest);
    if (root.has("limits")) {
      limits(root.get("limits"), contest);
    }
    JsonNode definitionNode = root.get("definition");
    if (definitionNode == null) {
      throw fault("definition", "missing");
    }
    Definition definition = profiles.definition(definitionNode, "definition");
    if (root.has("premiere-cutoff") && definition.criteria().stream()
        .anyMatch(criterion -> criterion.rule().id().equals(ContestRules.PREMIERED_AFTER))) {
      throw fault("premiere-cutoff", "the definition has rule "
          + quote(ContestRules.PREMIERED_AFTER) + " too; give the cut-off once");
    }
    if (excludeAwardWinners && definition.criteria().stream()
        .anyMatch(criterion -> criterion.rule().id().equals(ContestRules.NO_EARLIER_AWARD))) {
      throw fault(EXCLUDE_AWARD_WINNERS, "the definition has rule "
          + quote(ContestRules.NO_EARLIER_AWARD) + " too; exclude award winners once");
    }
    contest.definition(definition);
    if (root.has("category-rules")) {
      categoryRules(root.get("category-rules"), definition, categories, contest);
    }
    JsonNode entries = array(root, "", "entries");
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      String path = "entries[" + i + "]";
      Entry entry = entry(entries.get(i), path, categories);
      if (!ids.add(entry.id())) {
        throw fault(path + ".id", quote(entry.id()) + " is already an entry of this contest");
      }
      contest.addEntries(entry);
    }
    try {
      return contest.build();
    } catch (InvalidValueException e) {
      throw JsonTree.invalid("", e);
    }
  }

  private static List<Style> categories(JsonNode array) {
    if (array.isEmpty()) {
      throw fault("categories", "empty; a contest needs at least one category");
    }
    List<Style> categories = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      String path = "categories[" + i + "]";
      Style style = style(array.get(i), path);
      if (categories.contains(style)) {
        throw fault(path, quote(array.get(i).textValue()) + " is already a category ("
            + style.name() + ")");
      }
      categories.add(style);
    }
    return categories;
  }

  /**
   * Reads {@code "category-rules": {"Trailer/Parody": {"required": [...], "convention": [...]}}}:
   * each category's rules, named {@code <definition id>/<category id>}.
   */
  private void categoryRules(JsonNode node, Definition definition, List<Style> categories,
      Contest.Builder contest) {
    if (!node.isObject()) {
      throw fault("category-rules", "expected an object from category to rules, got "
          + shown(node));
    }
    Map<Style, String> given = new HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      String name = field.getKey();
      String path = "category-rules." + name;
      if (name.isBlank()) {
        throw fault(path, "blank; expected a category of this contest (" + names(categories)
            + ")");
      }
      Style category = Style.parse(name);
      if (!categories.contains(category)) {
        throw fault(path, quote(name) + " is not a category of this contest ("
            + names(categories) + ")");
      }
      String before = given.putIfAbsent(category, name);
      if (before != null) {
        throw fault(path, quote(name) + " is the category " + quote(before) + " again ("
            + category.name() + ")");
      }
      contest.putStyleRules(category, profiles.categoryRules(field.getValue(), path,
          definition.id() + "/" + category.id(),
          definition.labelTemplate() + " (" + category.name() + ")"));
    }
  }

  private static String names(List<Style> categories) {
    return categories.stream().map(Style::name).collect(Collectors.joining(", "));
  }

  private static Style style(JsonNode node, String path) {
    if (!node.isTextual()) {
      throw fault(path, "expected a string, got " + shown(node));
    }
    if (node.textValue().isBlank()) {
      throw fault(path, "blank");
    }
    return Style.parse(node.textValue());
  }

  /**
   * Reads {@code "exclude-award-winners"}: {@code true}, {@code false}, or
   * {@code {"before": "2026-07-03"}} for the awards won before a date only.
   *
   * @return whether award winners are excluded
   */
  private static boolean excludeAwardWinners(JsonNode node, Contest.Builder contest) {
    if (node.isBoolean()) {
      contest.excludeAwardWinners(node.booleanValue());
      return node.booleanValue();
    }
    if (!node.isObject()) {
      throw fault(EXCLUDE_AWARD_WINNERS, "expected true, false or an object with \"before\","
          + " got " + shown(node));
    }
    checkFields(node, EXCLUDE_AWARD_WINNERS, AWARD_FIELDS);
    if (node.has("before")) {
      contest.awardCutoff(date(node, EXCLUDE_AWARD_WINNERS, "before"));
    }
    contest.excludeAwardWinners(true);
    return true;
  }

  /** A date field, in ISO-8601. */
  private static LocalDate date(JsonNode parent, String path, String field) {
    String date = text(parent, path, field);
    try {
      return LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw fault(join(path, field), quote(date)
          + " is not a valid date (ISO-8601, e.g. 2024-05-31)");
    }
  }

  private static void limits(JsonNode node, Contest.Builder contest) {
    if (!node.isObject()) {
      throw fault("limits", "expected an object, got " + shown(node));
    }
    checkFields(node, "limits", LIMIT_FIELDS);
    if (node.has("per-category")) {
      contest.limitPerCategory(count(node, "per-category"));
    }
    if (node.has("per-entrant")) {
      contest.limitPerEntrant(count(node, "per-entrant"));
    }
    if (node.has("exhibition")) {
      contest.exhibitionLimit(count(node, "exhibition"));
    }
    if (node.has("collaborations")) {
      String value = text(node, "limits", "collaborations");
      if (!value.equals(EVERY_CREATOR) && !value.equals(ENTRANT)) {
        throw fault("limits.collaborations", quote(value) + " is not one of " + EVERY_CREATOR
            + ", " + ENTRANT);
      }
      contest.collaborationsCountForEveryCreator(value.equals(EVERY_CREATOR));
    }
  }

  private static int count(JsonNode limits, String field) {
    JsonNode node = limits.get(field);
    if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 0) {
      throw fault("limits." + field, "expected a whole number, 0 or more, got " + shown(node));
    }
    return node.intValue();
  }

  private static Entry entry(JsonNode node, String path, List<Style> categories) {
    if (!node.isObject()) {
      throw fault(path, "expected an entry object, got " + shown(node));
    }
    checkFields(node, path, ENTRY_FIELDS);
    String id = text(node, path, "id");
    String video = text(node, path, "video");
    JsonNode categoryNode = node.get("category");
    if (categoryNode == null) {
      throw fault(path + ".category", "missing");
    }
    Style category = style(categoryNode, path + ".category");
    if (!categories.contains(category)) {
      throw fault(path + ".category", quote(categoryNode.textValue())
          + " is not a category of this contest (" + names(categories) + ")");
    }
    String entrant = text(node, path, "entrant");
    boolean exhibition = false;
    if (node.has("exhibition")) {
      JsonNode flag = node.get("exhibition");
      if (!flag.isBoolean()) {
        throw fault(join(path, "exhibition"), "expected true or false, got " + shown(flag));
      }
      exhibition = flag.booleanValue();
    }
    return Entry.builder().id(id).videoId(video).style(category).entrant(entrant)
        .exhibition(exhibition).build();
  }

  private static ContestFormatException fault(String path, String detail) {
    return new ContestFormatException(List.of(Problem.of(path, detail)), -1, -1);
  }
}
