/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code amv explain --format json}: every verdict, status, evidence and fact, for tools. */
class ExplainJsonTest {

  @Test
  void explain_as_json_has_every_definition_with_its_verdict_and_every_outcome_with_its_facts()
      throws Exception {
    // when
    Cli cli = Cli.run("explain", "--format", "json", "v-028");

    // then
    assertThat(cli.exitCode).isZero();
    JsonNode explanation = new ObjectMapper().readTree(cli.out);
    assertThat(explanation.get("id").asText()).isEqualTo("v-028");
    assertThat(explanation.get("category").asText()).isEqualTo("fan-vid");
    assertThat(explanation.get("undetermined").get("animash").get(0).asText())
        .isEqualTo("animated-footage-only");
    List<String> verdicts = new ArrayList<>();
    explanation.get("definitions").forEach(definition ->
        verdicts.add(definition.get("id").asText() + " " + definition.get("verdict").asText()));
    assertThat(verdicts).containsExactly("single-source-music-video NOT_MET",
        "animash UNDETERMINED", "anime-music-video NOT_MET", "fan-vid MET");
    JsonNode singleSource = explanation.get("definitions").get(0).get("outcomes").get(1);
    assertThat(singleSource.get("rule").asText()).isEqualTo("single-source");
    assertThat(singleSource.get("requirement").asText()).isEqualTo("required");
    assertThat(singleSource.get("status").asText()).isEqualTo("FAIL");
    assertThat(singleSource.get("evidence").asText())
        .isEqualTo("uses 2 distinct sources: Balto, Watership Down");
    assertThat(singleSource.get("facts").get("count").asInt()).isEqualTo(2);
    assertThat(singleSource.get("facts").get("sources").get(1).asText())
        .isEqualTo("Watership Down");
  }

  @Test
  void json_keeps_user_text_exact_where_text_escapes_it() throws Exception {
    // when: the text form escapes control characters; JSON escapes them its own way
    Cli cli = Cli.run("explain", "--format", "JSON", "v-001");

    // then
    assertThat(cli.exitCode).isZero();
    assertThat(new ObjectMapper().readTree(cli.out).get("title").asText()).isEqualTo("Run Free");
  }
}
