/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amvkit.core.timeline.Share;
import org.amvkit.rules.builtin.BuiltInRules.CountBy;
import org.junit.jupiter.api.Test;

class ParametersTest {

  private static final List<Parameter> EVERY_TYPE = List.of(
      Parameter.required("max", ParameterType.DURATION, "the longest"),
      Parameter.required("after", ParameterType.DATE, "the first day"),
      Parameter.required("min", ParameterType.SHARE, "the least share"),
      Parameter.required("threshold", ParameterType.INTEGER, "how many"),
      Parameter.required("flag", ParameterType.STRING, "a flag"),
      Parameter.required("media", ParameterType.STRING_LIST, "media"),
      Parameter.required("count-by", ParameterType.choice("title", "franchise"), "what counts"));

  private static final List<Parameter> MAX = List.of(
      Parameter.required("max", ParameterType.DURATION, "the longest a video may be"));

  private static Map<String, Object> everyTypeAsText() {
    Map<String, Object> raw = new LinkedHashMap<>();
    raw.put("max", "PT4M");
    raw.put("after", "2024-05-31");
    raw.put("min", "75%");
    raw.put("threshold", "3");
    raw.put("flag", "watermark");
    raw.put("media", "anime, animation");
    raw.put("count-by", "Franchise");
    return raw;
  }

  @Test
  void every_type_is_read_from_its_text_form() {
    // when
    Parameters parameters = Parameters.of(EVERY_TYPE, everyTypeAsText());

    // then
    assertThat(parameters.duration("max")).isEqualTo(Duration.ofMinutes(4));
    assertThat(parameters.date("after")).isEqualTo(LocalDate.of(2024, 5, 31));
    assertThat(parameters.share("min")).isEqualTo(Share.of(3, 4));
    assertThat(parameters.integer("threshold")).isEqualTo(3);
    assertThat(parameters.string("flag")).isEqualTo("watermark");
    assertThat(parameters.strings("media")).containsExactly("anime", "animation");
    assertThat(parameters.choice("count-by")).isEqualTo("franchise");
    assertThat(parameters.choice("count-by", CountBy.class)).isEqualTo(CountBy.FRANCHISE);
  }

  @Test
  void json_numbers_and_lists_and_java_values_are_accepted_too() {
    // given
    Map<String, Object> raw = new LinkedHashMap<>(everyTypeAsText());
    raw.put("max", Duration.ofSeconds(90));
    raw.put("min", new BigDecimal("0.75"));
    raw.put("threshold", new BigDecimal("3"));
    raw.put("media", List.of("anime"));
    raw.put("count-by", CountBy.TITLE);

    // when
    Parameters parameters = Parameters.of(EVERY_TYPE, raw);

    // then
    assertThat(parameters.duration("max")).isEqualTo(Duration.ofSeconds(90));
    assertThat(parameters.share("min")).isEqualTo(Share.of(3, 4));
    assertThat(parameters.integer("threshold")).isEqualTo(3);
    assertThat(parameters.strings("media")).containsExactly("anime");
    assertThat(parameters.choice("count-by")).isEqualTo("title");
  }

  @Test
  void defaults_apply_to_parameters_left_out() {
    // given
    List<Parameter> declared = List.of(
        Parameter.optional("count-by", ParameterType.choice(CountBy.class), "title", "counting"),
        Parameter.optional("min", ParameterType.SHARE, "0.5", "least share"));

    // when
    Parameters parameters = Parameters.of(declared, Map.of("min", "0.9"));

    // then
    assertThat(parameters.values()).containsExactly(
        Map.entry("count-by", "title"), Map.entry("min", Share.parse("0.9")));
    assertThat(declared.get(0).toString()).isEqualTo("count-by: choice(title|franchise) = title");
  }

  @Test
  void a_value_that_is_not_a_duration_is_one_error_naming_the_parameter_and_quoting_the_value() {
    assertThatThrownBy(() -> Parameters.of(MAX, Map.of("max", "4min")))
        .isInstanceOf(ParameterException.class)
        .hasMessage("max: \"4min\" is not a valid duration (ISO-8601, e.g. PT4M)")
        .satisfies(e -> assertThat(((ParameterException) e).parameter()).contains("max"));
  }

  @Test
  void each_type_says_what_a_valid_value_looks_like() {
    assertThat(problem("after", "31/05/2024"))
        .isEqualTo("after: \"31/05/2024\" is not a valid date (ISO-8601, e.g. 2024-05-31)");
    assertThat(problem("min", "150%"))
        .isEqualTo("min: \"150%\" is not a valid share (from 0 to 1, e.g. 0.75 or 75%)");
    assertThat(problem("min", new BigDecimal("1.5")))
        .isEqualTo("min: 1.5 is not a valid share (from 0 to 1, e.g. 0.75 or 75%)");
    assertThat(problem("threshold", "2.5")).isEqualTo("threshold: \"2.5\" is not a valid integer");
    assertThat(problem("flag", new BigDecimal("3"))).isEqualTo("flag: 3 is not a valid string");
    assertThat(problem("media", List.of("anime", new BigDecimal("7"))))
        .isEqualTo("media: [\"anime\", 7] is not a valid list of strings (e.g. [\"anime\","
            + " \"animation\"])");
    assertThat(problem("count-by", "series"))
        .isEqualTo("count-by: \"series\" is not a valid choice; expected one of: title, franchise");
    assertThat(problem("max", null))
        .isEqualTo("max: null is not a valid duration (ISO-8601, e.g. PT4M)");
    assertThat(problem("max", "-PT1M"))
        .isEqualTo("max: \"-PT1M\" is not a valid duration (ISO-8601, e.g. PT4M)");
  }

  private static String problem(String name, Object value) {
    Map<String, Object> raw = everyTypeAsText();
    raw.put(name, value);
    try {
      Parameters.of(EVERY_TYPE, raw);
    } catch (ParameterException e) {
      return e.getMessage();
    }
    throw new AssertionError(name + " = " + value + " was accepted");
  }

  @Test
  void an_unknown_name_is_an_error_listing_the_declared_ones() {
    assertThatThrownBy(() -> Parameters.of(MAX, Map.of("mx", "PT4M")))
        .isInstanceOf(ParameterException.class)
        .hasMessage("unknown parameter \"mx\"; expected one of: max")
        .satisfies(e -> assertThat(((ParameterException) e).parameter()).isEmpty());
  }

  @Test
  void a_rule_without_parameters_rejects_any() {
    assertThatThrownBy(() -> Parameters.of(List.of(), Map.of("max", "PT4M")))
        .hasMessage("unknown parameter \"max\"; this rule takes no parameters");
  }

  @Test
  void a_required_parameter_left_out_is_missing() {
    assertThatThrownBy(() -> Parameters.of(MAX, Map.of()))
        .isInstanceOf(ParameterException.class)
        .hasMessage("max: missing");
  }

  @Test
  void an_optional_parameter_without_default_may_be_left_out_and_says_so() {
    // given
    List<Parameter> declared = List.of(Parameter.optional("max", ParameterType.DURATION,
        "the longest; left out: no maximum"));

    // when
    Parameters without = Parameters.of(declared, Map.of());
    Parameters with = Parameters.of(declared, Map.of("max", "PT6M"));

    // then
    assertThat(without.isGiven("max")).isFalse();
    assertThat(with.isGiven("max")).isTrue();
    assertThat(with.duration("max")).isEqualTo(Duration.ofMinutes(6));
    assertThat(declared.get(0).isRequired()).isFalse();
    assertThat(declared.get(0).defaultValue()).isEmpty();
    assertThat(declared.get(0)).hasToString("max: duration (optional)");
    assertThatThrownBy(() -> without.duration("max"))
        .hasMessage("parameter \"max\" was not given and has no default; ask isGiven first");
  }

  @Test
  void a_default_that_is_not_of_its_type_is_refused_when_declared() {
    assertThatThrownBy(() -> Parameter.optional("max", ParameterType.DURATION, "4min", "longest"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("default of parameter \"max\": \"4min\" is not a valid duration (ISO-8601,"
            + " e.g. PT4M)");
  }

  @Test
  void asking_for_the_wrong_type_or_an_undeclared_name_is_a_mistake_in_the_factory() {
    // given
    Parameters parameters = Parameters.of(MAX, Map.of("max", "PT4M"));

    // then
    assertThatThrownBy(() -> parameters.date("max"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parameter \"max\" is a duration, not a date");
    assertThatThrownBy(() -> parameters.duration("min"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no parameter \"min\" is declared; declared: max");
  }

  @Test
  void a_choice_has_at_least_one_distinct_value() {
    assertThatThrownBy(ParameterType::choice)
        .hasMessage("a choice needs at least one value");
    assertThatThrownBy(() -> ParameterType.choice("title", "TITLE"))
        .hasMessage("choice value \"title\" is given twice");
  }
}
