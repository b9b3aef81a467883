/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.json;

import static org.amvkit.core.Problems.quote;
import static org.amvkit.rules.json.JsonTree.array;
import static org.amvkit.rules.json.JsonTree.checkFields;
import static org.amvkit.rules.json.JsonTree.fault;
import static org.amvkit.rules.json.JsonTree.shown;
import static org.amvkit.rules.json.JsonTree.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.amvkit.core.InvalidValueException;
import org.amvkit.rules.Definition;
import org.amvkit.rules.Profile;
import org.amvkit.rules.Rule;
import org.amvkit.rules.registry.RuleRegistry;
import org.amvkit.rules.spi.ParameterException;
import org.amvkit.rules.spi.RuleType;

/**
 * Reads a profile from Jackson's tree model, with the help of {@link JsonTree}: its definitions,
 * and each definition's rules, made by the registered {@link RuleType}s from their parameters.
 * The contest reader reads a contest's definition and category rules here too.
 *
 * <p>A rule is only ever made by a registered {@link RuleType}: configuration never evaluates
 * code.
 */
final class ProfileParser {

  private static final List<String> PROFILE_FIELDS =
      List.of("id", "description", "extends", "insert", "definitions");
  private static final List<String> DEFINITION_FIELDS =
      List.of("id", "label", "required", "convention");
  private static final List<String> CATEGORY_RULES_FIELDS = List.of("required", "convention");
  private static final List<String> RULE_FIELDS = List.of("rule", "id", "params");
  private static final List<String> INSERT_FIELDS = List.of("before", "after", "definitions");

  private final RuleRegistry registry;
  /** Taken here, so that making a parser fails at once when Jackson is missing. */
  private final ObjectMapper mapper = JsonTree.MAPPER;

  ProfileParser(RuleRegistry registry) {
    this.registry = registry;
  }

  Profile read(Reader reader) throws IOException {
    return profile(JsonTree.readObject(mapper, reader, "profile"));
  }

  Profile read(InputStream in) throws IOException {
    return profile(JsonTree.readObject(mapper, in, "profile"));
  }

  private Profile profile(JsonNode root) {
    checkFields(root, "", PROFILE_FIELDS);
    String id = text(root, "", "id");
    String description = root.has("description") ? text(root, "", "description", true) : "";
    Profile base = null;
    if (root.has("extends")) {
      String baseId = text(root, "", "extends");
      base = registry.profile(baseId).orElseThrow(() -> fault("extends",
          "unknown profile " + quote(baseId) + "; registered profiles: " + registry.profiles()
              .stream().map(Profile::id).collect(Collectors.joining(", "))));
    }
    List<Definition> definitions = new ArrayList<>(base == null ? List.of() : base.definitions());
    if (root.has("insert")) {
      if (base == null) {
        throw fault("insert", "needs \"extends\": the profile to insert into");
      }
      JsonNode inserts = array(root, "", "insert");
      for (int i = 0; i < inserts.size(); i++) {
        insert(inserts.get(i), "insert[" + i + "]", definitions);
      }
    }
    if (base == null || root.has("definitions")) {
      JsonNode array = array(root, "", "definitions");
      if (array.isEmpty() && base == null) {
        throw fault("definitions", "empty; a profile needs at least one definition");
      }
      definitions.addAll(definitions(array, "definitions", definitions));
    }
    try {
      return Profile.builder().id(id).description(description).definitions(definitions).build();
    } catch (InvalidValueException e) {
      throw JsonTree.invalid("", e);
    }
  }

  private void insert(JsonNode node, String path, List<Definition> definitions) {
    if (!node.isObject()) {
      throw fault(path, "expected an object with \"before\" or \"after\" and"
          + " \"definitions\", got " + shown(node));
    }
    checkFields(node, path, INSERT_FIELDS);
    if (node.has("before") == node.has("after")) {
      throw fault(path, node.has("before")
          ? "give \"before\" or \"after\", not both" : "\"before\" or \"after\": missing");
    }
    String key = node.has("before") ? "before" : "after";
    String anchor = text(node, path, key);
    int at = -1;
    for (int i = 0; i < definitions.size(); i++) {
      if (definitions.get(i).id().equals(anchor)) {
        at = key.equals("before") ? i : i + 1;
      }
    }
    if (at < 0) {
      throw fault(path + "." + key, "no definition " + quote(anchor)
          + " to insert " + key + "; the profile has: "
          + definitions.stream().map(Definition::id).collect(Collectors.joining(", ")));
    }
    JsonNode array = array(node, path, "definitions");
    if (array.isEmpty()) {
      throw fault(path + ".definitions", "empty; nothing to insert");
    }
    definitions.addAll(at, definitions(array, path + ".definitions", definitions));
  }

  /** Reads an array of definitions whose ids must differ from those of {@code existing}. */
  private List<Definition> definitions(JsonNode array, String path, List<Definition> existing) {
    Set<String> ids = existing.stream().map(Definition::id).collect(Collectors.toSet());
    List<Definition> read = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      String at = path + "[" + i + "]";
      Definition definition = definition(array.get(i), at);
      if (!ids.add(definition.id())) {
        throw fault(at + ".id", quote(definition.id())
            + " is already a definition of the profile");
      }
      read.add(definition);
    }
    return read;
  }

  /** Reads one definition object; the contest parser uses it for a contest's definition. */
  Definition definition(JsonNode node, String path) {
    if (!node.isObject()) {
      throw fault(path, "expected a definition object, got " + shown(node));
    }
    checkFields(node, path, DEFINITION_FIELDS);
    String id = text(node, path, "id");
    Optional<String> reserved = Profile.whyReserved(id);
    if (reserved.isPresent()) {
      throw fault(path + ".id", reserved.get());
    }
    String label = text(node, path, "label");
    JsonNode required = array(node, path, "required");
    if (required.isEmpty()) {
      throw fault(path + ".required", "empty; a definition needs at least one required rule");
    }
    return criteria(node, path, id, label);
  }

  /**
   * Reads the rules of a category of a contest: an object with {@code required} and
   * {@code convention}, each optional, with the syntax of a definition's; the id and label are
   * given, not read.
   */
  Definition categoryRules(JsonNode node, String path, String id, String label) {
    if (!node.isObject()) {
      throw fault(path, "expected an object with \"required\" and/or \"convention\", got "
          + shown(node));
    }
    checkFields(node, path, CATEGORY_RULES_FIELDS);
    int rules = (node.has("required") ? array(node, path, "required").size() : 0)
        + (node.has("convention") ? array(node, path, "convention").size() : 0);
    if (rules == 0) {
      throw fault(path, "no rules; give \"required\" or \"convention\" rules");
    }
    return criteria(node, path, id, label);
  }

  /** Reads the {@code required} and {@code convention} rules of a node into a definition. */
  private Definition criteria(JsonNode node, String path, String id, String label) {
    Definition.Builder builder = Definition.builder().id(id).labelTemplate(label);
    Set<String> ruleIds = new HashSet<>();
    if (node.has("required")) {
      JsonNode required = array(node, path, "required");
      for (int i = 0; i < required.size(); i++) {
        builder.require(rule(required.get(i), path + ".required[" + i + "]", id, ruleIds));
      }
    }
    if (node.has("convention")) {
      JsonNode conventions = array(node, path, "convention");
      for (int i = 0; i < conventions.size(); i++) {
        builder.convention(rule(conventions.get(i), path + ".convention[" + i + "]", id, ruleIds));
      }
    }
    try {
      return builder.build();
    } catch (InvalidValueException e) {
      throw JsonTree.invalid(path, e);
    }
  }

  private Rule rule(JsonNode node, String path, String definitionId, Set<String> ruleIds) {
    String id;
    String rename = null;
    Map<String, Object> params = Map.of();
    if (node.isTextual()) {
      id = node.textValue();
    } else if (node.isObject()) {
      checkFields(node, path, RULE_FIELDS);
      id = text(node, path, "rule");
      if (node.has("id")) {
        rename = text(node, path, "id");
      }
      if (node.has("params")) {
        JsonNode paramsNode = node.get("params");
        if (!paramsNode.isObject()) {
          throw fault(path + ".params", "expected an object, got " + shown(paramsNode));
        }
        params = JsonTree.objectValue(paramsNode);
      }
    } else {
      throw fault(path, "expected a rule id or an object with \"rule\" and"
          + " \"params\", got " + shown(node));
    }
    Optional<RuleType> type = registry.ruleType(id);
    if (type.isEmpty()) {
      throw fault(path, "unknown rule " + quote(id) + "; registered rules: "
          + registry.ruleTypes().stream().map(RuleType::id).collect(Collectors.joining(", ")));
    }
    Rule rule;
    try {
      rule = type.get().create(params);
    } catch (ParameterException e) {
      throw fault(path + ".params" + e.parameter().map(name -> "." + name).orElse(""),
          e.detail(), e);
    } catch (IllegalArgumentException e) {
      throw fault(path + ".params", String.valueOf(e.getMessage()), e);
    } catch (RuntimeException e) {
      throw fault(path, "rule " + quote(id) + " could not be made: " + e, e);
    }
    if (rename != null) {
      rule = rule.named(rename, rule.description());
    }
    if (!ruleIds.add(rule.id())) {
      throw fault(path, "rule " + quote(rule.id()) + " is already in definition "
          + quote(definitionId)
          + (type.get().parameters().isEmpty() ? "" : "; give one of them its own \"id\""));
    }
    return rule;
  }
}
