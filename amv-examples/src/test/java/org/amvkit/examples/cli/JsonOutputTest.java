/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.amvkit.core.Video;
import org.amvkit.core.json.CatalogueReader;
import org.amvkit.rules.Classifier;
import org.amvkit.rules.builtin.BuiltInProfiles;
import org.junit.jupiter.api.Test;

/** The one JSON writer: its lines are what {@code amv classify --format json} prints. */
class JsonOutputTest {

  @Test
  void lines_of_classifications_are_what_amv_classify_prints_as_json() throws Exception {
    // given
    Classifier classifier = Classifier.of(BuiltInProfiles.allTheTropes());
    List<Video> videos = new ArrayList<>();
    try (CatalogueReader reader = CatalogueReader.open(
        JsonOutputTest.class.getResourceAsStream(CatalogueInput.SAMPLE))) {
      reader.forEachRemaining(videos::add);
    }
    StringWriter written = new StringWriter();

    // when
    try (JsonOutput json = JsonOutput.lines(written)) {
      videos.forEach(video -> json.writeClassification(classifier.classify(video)));
    }

    // then
    assertThat(written.toString()).isEqualTo(Cli.run("classify", "--format", "json").out);
    assertThat(written.toString()).endsWith("}\n").doesNotContain("\n\n");
  }

  @Test
  void every_line_is_complete_as_soon_as_it_is_written_and_no_value_writes_nothing() {
    // given
    StringWriter written = new StringWriter();
    JsonOutput json = JsonOutput.lines(written);

    // when
    json.write(generator -> generator.writeNumber(1));
    json.write(generator -> generator.writeString("two"));
    json.close();
    StringWriter empty = new StringWriter();
    JsonOutput.lines(empty).close();

    // then
    assertThat(written).hasToString("1\n\"two\"\n");
    assertThat(empty.toString()).isEmpty();
  }

  @Test
  void a_document_is_indented_and_ends_with_a_line_break() {
    // given
    StringWriter written = new StringWriter();

    // when
    try (JsonOutput json = JsonOutput.document(written)) {
      json.write(generator -> {
        generator.writeStartObject();
        generator.writeNumberField("videos", 2);
        generator.writeArrayFieldStart("ids");
        generator.writeString("v-1");
        generator.writeString("v-2");
        generator.writeEndArray();
        generator.writeEndObject();
      });
    }

    // then
    String n = System.lineSeparator();
    assertThat(written).hasToString("{" + n + "  \"videos\" : 2," + n
        + "  \"ids\" : [ \"v-1\", \"v-2\" ]" + n + "}" + n);
  }

  @Test
  void closing_leaves_the_writer_open_for_its_owner() {
    // given
    boolean[] closed = {false};
    StringWriter target = new StringWriter();
    Writer watched = new Writer() {
      @Override
      public void write(char[] chars, int offset, int length) {
        target.write(chars, offset, length);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {
        closed[0] = true;
      }
    };

    // when
    try (JsonOutput json = JsonOutput.lines(watched)) {
      json.write(generator -> generator.writeBoolean(true));
    }

    // then
    assertThat(target).hasToString("true\n");
    assertThat(closed[0]).isFalse();
  }

  @Test
  void a_missing_writer_or_classification_is_named() {
    assertThatThrownBy(() -> JsonOutput.lines(null))
        .isInstanceOf(NullPointerException.class).hasMessage("out");
    assertThatThrownBy(() -> JsonOutput.lines(new StringWriter()).writeClassification(null))
        .isInstanceOf(NullPointerException.class).hasMessage("classification");
  }
}
