package org.amvkit.rules.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.amvkit.core.internal.JsonMessages;
import org.amvkit.rules.Definition;
import org.amvkit.rules.Profile;
import org.amvkit.rules.Rule;
import org.amvkit.rules.spi.ParameterException;
import org.amvkit.rules.spi.RuleRegistry;
import org.amvkit.rules.spi.RuleType;

/**
 * Reads a profile from Jackson's tree model. The only class that touches Jackson, so that
 * {@link ProfileReader} can say clearly when Jackson is missing.
 *
 * <p>The tree is walked by hand: nothing in the file names a Java class, nothing is bound by
 * reflection, and a rule is only ever made by a registered {@link RuleType}.
 */
final class ProfileParser {

  static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  private static final List<String> PROFILE_FIELDS =
      List.of("id", "description", "extends", "insert", "definitions");
  private static final List<String> DEFINITION_FIELDS =
      List.of("id", "label", "required", "convention");
  private static final List<String> CATEGORY_RULES_FIELDS = List.of("required", "convention");
  private static final List<String> RULE_FIELDS = List.of("rule", "id", "params");
  private static final List<String> INSERT_FIELDS = List.of("before", "after", "definitions");

  private final RuleRegistry registry;

  ProfileParser(RuleRegistry registry) {
    this.registry = registry;
  }

  Profile read(Reader reader) throws IOException {
    return profile(readObject(reader, "profile"));
  }

  /**
   * Reads a JSON document that must be one object.
   *
   * @param document  what the object is, for messages: "profile", "contest"
   */
  static JsonNode readObject(Reader reader, String document) throws IOException {
    JsonNode root;
    try {
      root = MAPPER.readTree(reader);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? ""
          : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      String what = e instanceof MismatchedInputException
          && String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")
          ? "more JSON after the " + document + "'s object"
          : JsonMessages.withPlainLocations(String.valueOf(e.getOriginalMessage()));
      throw new ProfileFormatException("", "malformed JSON" + where + ": " + what, e);
    }
    if (root == null || root.isMissingNode()) {
      throw new ProfileFormatException("", "no JSON: the input is empty");
    }
    if (!root.isObject()) {
      throw new ProfileFormatException("", "expected a JSON object, got " + shown(root));
    }
    return root;
  }

  private Profile profile(JsonNode root) {
    checkFields(root, "", PROFILE_FIELDS);
    String id = text(root, "", "id");
    String description = root.has("description") ? text(root, "", "description", true) : "";
    Profile base = null;
    if (root.has("extends")) {
      String baseId = text(root, "", "extends");
      base = registry.profile(baseId).orElseThrow(() -> new ProfileFormatException("extends",
          "unknown profile \"" + baseId + "\"; registered profiles: " + registry.profiles()
              .stream().map(Profile::id).collect(Collectors.joining(", "))));
    }
    List<Definition> definitions = new ArrayList<>(base == null ? List.of() : base.definitions());
    if (root.has("insert")) {
      if (base == null) {
        throw new ProfileFormatException("insert", "needs \"extends\": the profile to insert into");
      }
      JsonNode inserts = array(root, "", "insert");
      for (int i = 0; i < inserts.size(); i++) {
        insert(inserts.get(i), "insert[" + i + "]", definitions);
      }
    }
    if (base == null || root.has("definitions")) {
      JsonNode array = array(root, "", "definitions");
      if (array.isEmpty() && base == null) {
        throw new ProfileFormatException("definitions",
            "empty; a profile needs at least one definition");
      }
      definitions.addAll(definitions(array, "definitions", definitions));
    }
    try {
      return Profile.builder().id(id).description(description).definitions(definitions).build();
    } catch (IllegalArgumentException e) {
      throw new ProfileFormatException("", e.getMessage(), e);
    }
  }

  private void insert(JsonNode node, String path, List<Definition> definitions) {
    if (!node.isObject()) {
      throw new ProfileFormatException(path, "expected an object with \"before\" or \"after\" and"
          + " \"definitions\", got " + shown(node));
    }
    checkFields(node, path, INSERT_FIELDS);
    if (node.has("before") == node.has("after")) {
      throw new ProfileFormatException(path, node.has("before")
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
      throw new ProfileFormatException(path + "." + key, "no definition \"" + anchor
          + "\" to insert " + key + "; the profile has: "
          + definitions.stream().map(Definition::id).collect(Collectors.joining(", ")));
    }
    JsonNode array = array(node, path, "definitions");
    if (array.isEmpty()) {
      throw new ProfileFormatException(path + ".definitions", "empty; nothing to insert");
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
        throw new ProfileFormatException(at + ".id", "\"" + definition.id()
            + "\" is already a definition of the profile");
      }
      read.add(definition);
    }
    return read;
  }

  /** Reads one definition object; the contest parser uses it for a contest's definition. */
  Definition definition(JsonNode node, String path) {
    if (!node.isObject()) {
      throw new ProfileFormatException(path, "expected a definition object, got " + shown(node));
    }
    checkFields(node, path, DEFINITION_FIELDS);
    String id = text(node, path, "id");
    if (id.equals(Profile.NOT_A_MUSIC_VIDEO)) {
      throw new ProfileFormatException(path + ".id", "\"" + id
          + "\" is the fallback category and cannot be defined");
    }
    String label = text(node, path, "label");
    JsonNode required = array(node, path, "required");
    if (required.isEmpty()) {
      throw new ProfileFormatException(path + ".required",
          "empty; a definition needs at least one required rule");
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
      throw new ProfileFormatException(path, "expected an object with \"required\" and/or"
          + " \"convention\", got " + shown(node));
    }
    checkFields(node, path, CATEGORY_RULES_FIELDS);
    int rules = (node.has("required") ? array(node, path, "required").size() : 0)
        + (node.has("convention") ? array(node, path, "convention").size() : 0);
    if (rules == 0) {
      throw new ProfileFormatException(path,
          "no rules; give \"required\" or \"convention\" rules");
    }
    return criteria(node, path, id, label);
  }

  /** Reads the {@code required} and {@code convention} rules of a node into a definition. */
  private Definition criteria(JsonNode node, String path, String id, String label) {
    Definition.Builder builder = Definition.builder().id(id).label(label);
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
    } catch (IllegalArgumentException e) {
      throw new ProfileFormatException(path, e.getMessage(), e);
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
          throw new ProfileFormatException(path + ".params", "expected an object, got "
              + shown(paramsNode));
        }
        params = objectValue(paramsNode);
      }
    } else {
      throw new ProfileFormatException(path, "expected a rule id or an object with \"rule\" and"
          + " \"params\", got " + shown(node));
    }
    Optional<RuleType> type = registry.ruleType(id);
    if (type.isEmpty()) {
      throw new ProfileFormatException(path, "unknown rule " + quoted(id) + "; registered rules: "
          + registry.ruleTypes().stream().map(RuleType::id).collect(Collectors.joining(", ")));
    }
    Rule rule;
    try {
      rule = type.get().create(params);
    } catch (ParameterException e) {
      throw new ProfileFormatException(path + ".params" + e.parameter().map(name -> "." + name)
          .orElse(""), e.detail(), e);
    } catch (IllegalArgumentException e) {
      throw new ProfileFormatException(path + ".params", String.valueOf(e.getMessage()), e);
    } catch (RuntimeException e) {
      throw new ProfileFormatException(path, "rule " + quoted(id) + " could not be made: " + e, e);
    }
    if (rename != null) {
      rule = rule.named(rename, rule.description());
    }
    if (!ruleIds.add(rule.id())) {
      throw new ProfileFormatException(path, "rule " + quoted(rule.id())
          + " is already in definition " + quoted(definitionId)
          + (type.get().parameters().isEmpty() ? "" : "; give one of them its own \"id\""));
    }
    return rule;
  }

  static void checkFields(JsonNode node, String path, List<String> allowed) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw new ProfileFormatException(join(path, name), "unknown field; expected one of: "
            + String.join(", ", allowed));
      }
    }
  }

  static String text(JsonNode parent, String path, String field) {
    return text(parent, path, field, false);
  }

  static String text(JsonNode parent, String path, String field, boolean blankAllowed) {
    JsonNode node = parent.get(field);
    String at = join(path, field);
    if (node == null) {
      throw new ProfileFormatException(at, "missing");
    }
    if (!node.isTextual()) {
      throw new ProfileFormatException(at, "expected a string, got " + shown(node));
    }
    if (!blankAllowed && node.textValue().isBlank()) {
      throw new ProfileFormatException(at, "blank");
    }
    return node.textValue();
  }

  static JsonNode array(JsonNode parent, String path, String field) {
    JsonNode node = parent.get(field);
    String at = join(path, field);
    if (node == null) {
      throw new ProfileFormatException(at, "missing");
    }
    if (!node.isArray()) {
      throw new ProfileFormatException(at, "expected an array, got " + shown(node));
    }
    return node;
  }

  /** A JSON value as plain Java: strings, BigDecimals, Booleans, lists, maps, nulls. */
  private static Object value(JsonNode node) {
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isNumber()) {
      return node.decimalValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isArray()) {
      List<Object> items = new ArrayList<>(node.size());
      for (JsonNode item : node) {
        items.add(value(item));
      }
      return Collections.unmodifiableList(items);
    }
    if (node.isObject()) {
      return objectValue(node);
    }
    return null;
  }

  private static Map<String, Object> objectValue(JsonNode node) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      map.put(field.getKey(), value(field.getValue()));
    }
    return Collections.unmodifiableMap(map);
  }

  static String join(String path, String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** A node as JSON, shortened for messages. */
  static String shown(JsonNode node) {
    String text = node.toString();
    return text.length() > 60 ? text.substring(0, 59) + "…" : text;
  }
}
