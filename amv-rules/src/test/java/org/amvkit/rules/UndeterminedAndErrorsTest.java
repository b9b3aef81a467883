/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules;

import static org.amvkit.rules.Fixtures.BALTO;
import static org.amvkit.rules.Fixtures.BOLT;
import static org.amvkit.rules.Fixtures.video;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.amvkit.core.Video;
import org.amvkit.rules.builtin.BuiltInDefinitions;
import org.amvkit.rules.builtin.BuiltInProfiles;
import org.amvkit.rules.builtin.BuiltInRules;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: what could not be decided is shown ({@link Classification#undetermined()}, the
 * {@value Profile#UNDETERMINED} category), and a rule that breaks is an {@link Status#ERROR} that
 * keeps what it threw ({@link Classification#errors()}, {@link Outcome#cause()}).
 */
class UndeterminedAndErrorsTest {

  private static final Video RUN_FREE = video("Run Free", BALTO, BOLT);

  private static Rule constant(String id, Status status) {
    return Rule.evaluating(id, "always " + status, video -> Outcome.of(status, Evidence::none));
  }

  private static Rule throwing(String id, RuntimeException exception) {
    return Rule.evaluating(id, "throws", video -> {
      throw exception;
    });
  }

  private static Definition requiring(String id, Rule... rules) {
    return Definition.builder().id(id).labelTemplate(id.toUpperCase()).require(rules).build();
  }

  @Test
  void a_definition_ahead_of_the_category_that_could_not_tell_is_what_the_video_could_also_be() {
    // given
    Rule unknown = constant("cannot-tell", Status.UNKNOWN);
    Rule pass = constant("passes", Status.PASS);
    Classifier classifier = Classifier.of(Profile.of("p", requiring("first", pass, unknown),
        requiring("second", pass), requiring("third", unknown)));

    // when
    Classification classification = classifier.classify(RUN_FREE);

    // then: only definitions ahead of the category count
    assertThat(classification.category()).isEqualTo("second");
    assertThat(classification.undetermined())
        .containsExactly(Map.entry("first", List.of("cannot-tell")));
    assertThat(classification.errors()).isEmpty();
  }

  @Test
  void a_definition_whose_later_required_rule_fails_is_not_met_rather_than_undetermined() {
    // given
    Rule unknown = constant("cannot-tell", Status.UNKNOWN);
    Rule fail = constant("fails", Status.FAIL);
    Classifier classifier = Classifier.of(Profile.of("p", requiring("only", unknown, fail)));

    // when
    Classification classification = classifier.classify(RUN_FREE);

    // then
    assertThat(classification.category()).isEqualTo(Profile.NOT_A_MUSIC_VIDEO);
    assertThat(classification.label()).isEqualTo(Profile.NOT_A_MUSIC_VIDEO_LABEL);
    assertThat(classification.undetermined()).isEmpty();
    assertThat(classification.verdicts()).containsEntry("only", Verdict.NOT_MET);
  }

  @Test
  void a_video_no_definition_meets_while_one_is_undetermined_is_undetermined() {
    // given
    Rule unknown = constant("cannot-tell", Status.UNKNOWN);
    Rule broken = throwing("breaks", new IllegalStateException("index down"));
    Classifier classifier = Classifier.of(Profile.of("p", requiring("one", unknown, broken),
        requiring("two", constant("fails", Status.FAIL))));

    // when
    Classification classification = classifier.classify(RUN_FREE);

    // then
    assertThat(classification.category()).isEqualTo(Profile.UNDETERMINED);
    assertThat(classification.label()).isEqualTo(Profile.UNDETERMINED_LABEL);
    assertThat(classification.primary()).isEmpty();
    assertThat(classification.undetermined())
        .containsExactly(Map.entry("one", List.of("cannot-tell", "breaks")));
    assertThat(classification.errors()).containsOnlyKeys("breaks");
  }

  @Test
  void a_video_with_music_and_a_source_of_unknown_footage_could_also_be_an_animash() {
    // given: the built-in rule cannot tell whether footage is animated when the source does not say
    Rule unknownFootage = Rule.evaluating(BuiltInRules.animatedFootageOnly().id(),
        "footage not recorded", video -> Outcome.unknown("the medium of Balto is not recorded"));
    Profile profile = Profile.of("p", requiring(BuiltInDefinitions.ANIMASH,
        BuiltInRules.hasMusic(), BuiltInRules.multipleSources(), unknownFootage),
        BuiltInDefinitions.fanVid());

    // when
    Classification classification = Classifier.of(profile).classify(RUN_FREE);

    // then
    assertThat(classification.category()).isEqualTo("fan-vid");
    assertThat(classification.undetermined())
        .containsExactly(Map.entry("animash", List.of("animated-footage-only")));
  }

  @Test
  void a_rule_that_throws_without_a_message_is_an_error_saying_no_message_and_keeping_it() {
    // given
    NullPointerException npe = new NullPointerException();
    Classifier classifier = Classifier.of(Profile.of("p", requiring("d", throwing("npe", npe))));

    // when
    Classification classification = classifier.classify(RUN_FREE);

    // then
    Outcome error = classification.errors().get("npe");
    assertThat(error.status()).isEqualTo(Status.ERROR);
    assertThat(error.explain())
        .isEqualTo("the rule failed with java.lang.NullPointerException: " + Outcome.NO_MESSAGE);
    assertThat(error.cause()).containsSame(npe);
  }

  @Test
  void a_rule_that_overflows_the_stack_or_throws_an_error_of_its_own_is_an_error() {
    // given
    Rule recursive = Rule.evaluating("recurses", "never ends", new java.util.function.Function<>() {
      @Override
      public Outcome apply(Video video) {
        return apply(video);
      }
    });
    Rule ownError = Rule.evaluating("own-error", "throws an Error", video -> {
      throw new Error("plug-in gave up");
    });
    Classifier classifier = Classifier.of(Profile.of("p", requiring("a", recursive),
        requiring("b", ownError)));

    // when
    Classification classification = classifier.classify(RUN_FREE);

    // then
    assertThat(classification.errors()).containsOnlyKeys("recurses", "own-error");
    assertThat(classification.errors().get("recurses").cause())
        .containsInstanceOf(StackOverflowError.class);
    assertThat(classification.errors().get("own-error").explain())
        .isEqualTo("the rule failed with java.lang.Error: plug-in gave up");
    assertThat(classification.category()).isEqualTo(Profile.UNDETERMINED);
  }

  @Test
  void an_out_of_memory_error_is_not_taken_for_an_outcome() {
    // given
    Rule greedy = Rule.evaluating("greedy", "runs out of memory", video -> {
      throw new OutOfMemoryError("Java heap space");
    });
    Classifier classifier = Classifier.of(Profile.of("p", requiring("d", greedy)));

    // when, then
    assertThatThrownBy(() -> classifier.classify(RUN_FREE)).isInstanceOf(OutOfMemoryError.class);
  }

  @Test
  void errors_are_those_of_the_rules_classifying_evaluated_and_stay_the_same_after_results() {
    // given: the broken rule belongs to a definition after the category
    Rule broken = throwing("breaks", new IllegalStateException("later"));
    Classifier classifier = Classifier.of(Profile.of("p",
        requiring("first", constant("passes", Status.PASS)), requiring("second", broken)));
    Classification classification = classifier.classify(RUN_FREE);

    // when
    classification.results();

    // then: the broken rule is in the results, not among what the category depends on
    assertThat(classification.errors()).isEmpty();
    assertThat(classification.outcome("breaks")).map(Outcome::status).hasValue(Status.ERROR);
  }

  @Test
  void a_failing_rule_is_logged_once_at_debug_with_what_it_threw() {
    // given: the java.util.logging backend of System.Logger, DEBUG being FINE
    IllegalStateException thrown = new IllegalStateException("quota");
    Classifier classifier = Classifier.of(Profile.of("p",
        requiring("d", throwing("logged-rule", thrown))));
    Logger logger = Logger.getLogger("org.amvkit.rules");
    List<LogRecord> records = new ArrayList<>();
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        records.add(record);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Level level = logger.getLevel();
    logger.setLevel(Level.FINE);
    logger.addHandler(handler);
    try {
      // when
      for (int i = 0; i < 3; i++) {
        classifier.classify(RUN_FREE);
      }
    } finally {
      logger.removeHandler(handler);
      logger.setLevel(level);
    }

    // then
    assertThat(records).singleElement().satisfies(record -> {
      assertThat(record.getLevel()).isEqualTo(Level.FINE);
      assertThat(record.getMessage()).contains("logged-rule");
      assertThat(record.getThrown()).isSameAs(thrown);
    });
  }

  @Test
  void classifying_on_the_fast_path_allocates_little_more_than_the_classification() {
    // given
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    Classifier classifier = Classifier.of(BuiltInProfiles.allTheTropes());
    int videos = 20_000;
    for (int i = 0; i < videos; i++) {
      classifier.classify(RUN_FREE);   // warms up
    }
    long id = Thread.currentThread().getId();

    // when
    long before = threads.getThreadAllocatedBytes(id);
    int undetermined = 0;
    for (int i = 0; i < videos; i++) {
      undetermined += classifier.classify(RUN_FREE).undetermined().size();
    }
    long perVideo = (threads.getThreadAllocatedBytes(id) - before) / videos;

    // then: the classification itself, and nothing for the empty undetermined map
    assertThat(undetermined).isZero();
    assertThat(perVideo).isLessThanOrEqualTo(80);
  }
}
