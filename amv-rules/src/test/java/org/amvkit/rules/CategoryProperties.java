/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.amvkit.core.Video;
import org.amvkit.rules.builtin.BuiltInDefinitions;
import org.junit.jupiter.api.Test;

/** {@link Classifier#category} answers what {@link Classifier#classify} says first. */
class CategoryProperties {

  /**
   * The fast path's profiles (the built-ins; rules that cannot tell or throw, ahead of them; one
   * too wide for the packed codes) and one whose category has more conventions than are made in
   * advance.
   */
  private static final List<Classifier> CLASSIFIERS = classifiers();

  private static List<Classifier> classifiers() {
    List<Classifier> classifiers = new ArrayList<>();
    FastPathProperties.PROFILES.forEach(profile -> classifiers.add(Classifier.of(profile)));
    Definition.Builder fussy = Definition.builder().id("fussy").labelTemplate("Fussy")
        .require(Rule.of("has-title", "a title", video -> !video.title().isBlank()));
    for (int i = 0; i < 8; i++) {
      int threshold = i * 3;
      fussy.convention(Rule.of("title-longer-than-" + threshold, "a long title",
          video -> video.title().length() > threshold));
    }
    List<Definition> definitions = new ArrayList<>(BuiltInDefinitions.all());
    definitions.add(0, fussy.build());
    classifiers.add(Classifier.of(Profile.builder().id("fussy-first")
        .addAllDefinitions(definitions).build()));
    return List.copyOf(classifiers);
  }

  @Provide
  Arbitrary<Video> videos() {
    return Generators.videos();
  }

  @Property(tries = 500)
  void the_category_and_deviations_are_those_of_the_classification(
      @ForAll("videos") Video video) {
    for (Classifier classifier : CLASSIFIERS) {
      // when
      Category category = classifier.category(video);
      Classification classification = classifier.classify(video);

      // then
      assertThat(category.id()).as(classifier + " " + video.id())
          .isEqualTo(classification.category());
      assertThat(category.deviations()).as(classifier + " " + video.id())
          .isEqualTo(classification.deviations());
      assertThat(category).isEqualTo(Category.of(classification.category(),
          classification.deviations()));
    }
  }

  @Property(tries = 200)
  void the_same_answer_is_the_same_instance(@ForAll("videos") Video video) {
    Classifier classifier = CLASSIFIERS.get(0);

    assertThat(classifier.category(video)).isSameAs(classifier.category(video));
  }

  @Test
  void a_category_says_what_it_is_and_is_checked() {
    Category animash = Category.of("animash", List.of("features-animals"));

    assertThat(animash).hasToString("animash (deviates from features-animals)");
    assertThat(Category.of("fan-vid", List.of())).hasToString("fan-vid")
        .isNotEqualTo(animash).hasSameHashCodeAs(Category.of("fan-vid", new ArrayList<>()));
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> Category.of(" ", List.of()))
        .withMessage("a category's id must not be blank");
  }
}
