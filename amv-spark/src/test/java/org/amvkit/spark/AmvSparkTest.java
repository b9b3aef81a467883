/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amvkit.core.json.CatalogueFormatException;
import org.amvkit.examples.CanineRules;
import org.amvkit.rules.Classification;
import org.amvkit.rules.Classifier;
import org.amvkit.rules.Profile;
import org.amvkit.rules.analytics.Analytics;
import org.amvkit.rules.analytics.AnalyticsCollector;
import org.amvkit.rules.builtin.BuiltInProfiles;
import org.amvkit.rules.json.ProfileReader;
import org.amvkit.rules.registry.RuleRegistry;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** The same answers on Spark as on one machine, and nothing dropped. */
class AmvSparkTest {

  private static final SparkSession SPARK = LocalSpark.session();
  private static final String SOURCES = SampleLines.sources();
  private static final ProfileChoice ALL_THE_TROPES = ProfileChoice.id(BuiltInProfiles.ALL_THE_TROPES);

  /** The lines in three partitions, so that numbering and order cross partitions. */
  private static Dataset<String> lines(List<String> lines) {
    return SPARK.createDataset(
        JavaSparkContext.fromSparkContext(SPARK.sparkContext()).parallelize(lines, 3).rdd(),
        Encoders.STRING());
  }

  @Test
  void every_video_is_classified_as_the_classifier_on_one_machine_classifies_it() {
    Classifier classifier = Classifier.of(BuiltInProfiles.allTheTropes());

    List<Row> rows = AmvSpark.classify(lines(SampleLines.videos()), SOURCES, ALL_THE_TROPES)
        .classified().collectAsList();

    assertThat(rows).hasSameSizeAs(SampleLines.videoValues());
    assertThat(rows).map(AmvSparkTest::fields)
        .containsExactlyElementsOf(SampleLines.videoValues().stream()
            .map(video -> fields(classifier.classify(video))).toList());
  }

  @Test
  void the_analytics_are_those_of_the_single_machine_run() {
    Classifier classifier = Classifier.of(BuiltInProfiles.allTheTropes());
    AnalyticsCollector local = AnalyticsCollector.classifying(classifier)
        .addSources(SampleLines.CATALOGUE.sources());
    SampleLines.videoValues().forEach(local::add);

    Analytics analytics = AmvSpark.stats(lines(SampleLines.videos()), SOURCES, ALL_THE_TROPES);

    assertThat(analytics).isEqualTo(local.result());
    assertThat(analytics.videos()).isEqualTo(SampleLines.videoValues().size());
  }

  @Test
  void bad_lines_come_out_as_errors_with_line_and_path_while_every_good_line_is_classified() {
    List<String> lines = new ArrayList<>(SampleLines.videos());
    String good = lines.get(1);
    lines.add(2, good.replaceFirst("\"id\":\"[^\"]*\"", "\"id\":\"v-bad\"")
        .replaceFirst("\"sources\":\\[\"", "\"sources\":[\"nowhere\",\""));   // line 3
    lines.add(4, "{\"id\": \"v-broken\", ");                                  // line 5
    lines.add(5, "");                                                          // line 6: blank

    SparkClassification result = AmvSpark.classify(lines(lines), SOURCES, ALL_THE_TROPES);

    assertThat(result.errors().collectAsList())
        .extracting(row -> row.getLong(0), row -> row.getString(1), row -> row.getString(2))
        .containsExactly(
            tuple(3L, "sources[0]", "unknown source \"nowhere\""),
            tuple(5L, "", "column 20: unexpected end-of-input within/between Object entries"));
    assertThat(result.classified().count()).isEqualTo(SampleLines.videoValues().size());
  }

  @Test
  void stats_of_lines_that_cannot_all_be_read_name_the_first_and_count_them() {
    List<String> lines = new ArrayList<>(SampleLines.videos());
    lines.add(7, "[]");
    lines.add("{\"id\": 3}");

    assertThatThrownBy(() -> AmvSpark.stats(lines(lines), SOURCES, ALL_THE_TROPES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("2 lines of the videos could not be read; the first: line 8, column 1:"
            + " expected a video object but found an array");
  }

  @Test
  void a_plug_in_rule_works_on_the_workers() {
    Classifier classifier = RuleRegistry.load().classifier(CanineRules.WOLFPACK);

    List<Row> rows = AmvSpark.classify(lines(SampleLines.videos()), SOURCES,
        ProfileChoice.id(CanineRules.WOLFPACK)).classified().collectAsList();

    assertThat(rows).map(AmvSparkTest::fields)
        .containsExactlyElementsOf(SampleLines.videoValues().stream()
            .map(video -> fields(classifier.classify(video))).toList());
    assertThat(rows).anySatisfy(row ->
        assertThat(row.<String, String>getJavaMap(6)).containsKey("canine-animash"));
  }

  @Test
  void a_profile_given_as_json_works() {
    String json = SampleLines.text("pack-profile.json");
    Profile profile = ProfileReader.with(RuleRegistry.load()).read(json);
    Classifier classifier = Classifier.of(profile);

    List<Row> rows = AmvSpark.classify(lines(SampleLines.videos()), SOURCES,
        ProfileChoice.json(json)).classified().collectAsList();

    assertThat(rows).map(AmvSparkTest::fields)
        .containsExactlyElementsOf(SampleLines.videoValues().stream()
            .map(video -> fields(classifier.classify(video))).toList());
    assertThat(rows).extracting(row -> row.getString(1)).contains("pack");
  }

  @Test
  void a_wrong_profile_or_sources_file_is_reported_on_the_driver() {
    Dataset<String> lines = lines(SampleLines.videos());

    assertThatThrownBy(() -> AmvSpark.classify(lines, SOURCES, ProfileChoice.id("strict")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown profile \"strict\"; registered profiles: all-the-tropes");
    assertThatThrownBy(() -> AmvSpark.classify(lines, "{\"format\": \"amv-catalogue/1\"}",
        ALL_THE_TROPES))
        .isInstanceOf(CatalogueFormatException.class)
        .hasMessage("sources: missing");
  }

  /** A row's values, as plain Java values. */
  private static List<Object> fields(Row row) {
    return List.of(row.getString(0), row.getString(1), row.getString(2), row.getList(3),
        plain(row.getJavaMap(4)), row.getJavaMap(5), row.getJavaMap(6));
  }

  private static Map<String, List<String>> plain(Map<String, ?> undetermined) {
    Map<String, List<String>> plain = new LinkedHashMap<>();
    undetermined.forEach((key, value) -> plain.put(key,
        scala.jdk.javaapi.CollectionConverters.asJava((scala.collection.Seq<String>) value)));
    return plain;
  }

  private static List<Object> fields(Classification classification) {
    Map<String, String> errors = new LinkedHashMap<>();
    classification.errors().forEach((rule, outcome) -> errors.put(rule, outcome.explain()));
    Map<String, String> verdicts = new LinkedHashMap<>();
    classification.verdicts().forEach((definition, verdict) -> verdicts.put(definition,
        verdict.name()));
    return List.of(classification.videoId(), classification.category(), classification.label(),
        classification.deviations(), classification.undetermined(), errors, verdicts);
  }
}
