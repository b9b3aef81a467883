/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.amvkit.core.CastMember;
import org.amvkit.core.Creator;
import org.amvkit.core.Medium;
import org.amvkit.core.Music;
import org.amvkit.core.Source;
import org.amvkit.core.Video;
import org.amvkit.rules.Definition;
import org.amvkit.rules.Profile;
import org.amvkit.rules.Rule;
import org.amvkit.rules.builtin.BuiltInProfiles;
import org.amvkit.rules.builtin.BuiltInRuleProvider;
import org.amvkit.rules.builtin.BuiltInRules;
import org.amvkit.rules.builtin.BuiltInRules.CountBy;
import org.amvkit.rules.builtin.BuiltInRules.Quantifier;
import org.amvkit.rules.spi.CanineRuleProvider;
import org.amvkit.rules.spi.Parameter;
import org.amvkit.rules.spi.ParameterException;
import org.amvkit.rules.spi.ParameterType;
import org.amvkit.rules.spi.RuleProvider;
import org.amvkit.rules.spi.RuleType;
import org.junit.jupiter.api.Test;

class RuleRegistryTest {

  /** Registers {@code features-canines}, like the test provider found by the service loader. */
  public static final class A implements RuleProvider {
    @Override
    public List<RuleType> ruleTypes() {
      return List.of(RuleType.of(Rule.of("features-canines", "has dogs", video -> true)));
    }
  }

  /** Registers {@code features-canines} too. */
  public static final class B implements RuleProvider {
    @Override
    public List<RuleType> ruleTypes() {
      return List.of(RuleType.of(Rule.of("features-canines", "has wolves", video -> true)));
    }
  }

  /** Registers a rule under a built-in id. */
  public static final class MyMusic implements RuleProvider {
    @Override
    public List<RuleType> ruleTypes() {
      return List.of(RuleType.of(Rule.of("has-music", "has a song", video -> true)));
    }
  }

  /** Registers a profile under a built-in id. */
  public static final class MyProfiles implements RuleProvider {
    @Override
    public List<RuleType> ruleTypes() {
      return List.of();
    }

    @Override
    public List<Profile> profiles() {
      return List.of(Profile.of("real-world", Definition.builder().id("x").labelTemplate("X")
          .require(BuiltInRules.hasMusic()).build()));
    }
  }

  /** Registers one id twice. */
  public static final class Twice implements RuleProvider {

    /** Registers one rule of its own. */
    public static final class Single implements RuleProvider {
      @Override
      public List<RuleType> ruleTypes() {
        return List.of(RuleType.of(Rule.of("single-x", "x", video -> true)));
      }
    }

    @Override
    public List<RuleType> ruleTypes() {
      return List.of(RuleType.of(Rule.of("x", "x", video -> true)),
          RuleType.of(Rule.of("x", "y", video -> true)));
    }
  }

  @Test
  void the_built_in_registry_has_the_thirteen_rules_and_three_profiles() {
    // when
    RuleRegistry registry = RuleRegistry.of();

    // then
    assertThat(registry.ruleTypes()).extracting(RuleType::id).containsExactly("has-music",
        "has-source", "single-source", "multiple-sources", "animated-footage-only",
        "anime-footage-only", "features-animals", "duration-between", "footage-share",
        "music-coverage", "premiered-after", "no-flag", "no-earlier-award");
    assertThat(registry.profiles()).containsExactlyElementsOf(BuiltInProfiles.all());
    assertThat(registry.providers()).containsExactly(BuiltInRuleProvider.class);
    assertThat(registry.providerOfRule("has-music")).contains(BuiltInRuleProvider.class);
    assertThat(registry.providerOfProfile("real-world")).contains(BuiltInRuleProvider.class);
    assertThat(registry.ruleType("has-musik")).isEmpty();
    assertThat(registry.profile("all-the-tropes")).contains(BuiltInProfiles.allTheTropes());
  }

  @Test
  void built_in_rules_are_made_with_their_parameters_or_defaults() {
    // given
    RuleRegistry registry = RuleRegistry.of();

    // then
    assertThat(registry.create("multiple-sources")).isSameAs(BuiltInRules.multipleSources());
    assertThat(registry.create("multiple-sources", Map.of("count-by", "franchise")))
        .isSameAs(BuiltInRules.multipleSources(CountBy.FRANCHISE));
    assertThat(registry.create("features-animals", Map.of("quantifier", "any")))
        .isSameAs(BuiltInRules.featuresAnimals(Quantifier.ANY));
    assertThat(registry.create("has-music")).isSameAs(BuiltInRules.hasMusic());
    assertThat(registry.ruleType("multiple-sources").orElseThrow().toString())
        .isEqualTo("multiple-sources(count-by: choice(title|franchise) = title)");
  }

  @Test
  void a_bad_parameter_of_a_built_in_rule_is_one_clear_error() {
    assertThatThrownBy(() -> RuleRegistry.of()
        .create("features-animals", Map.of("quantifier", "most")))
        .isInstanceOf(ParameterException.class)
        .hasMessage("quantifier: \"most\" is not a valid choice; expected one of: every, any");
  }

  @Test
  void an_unknown_rule_id_lists_the_registered_ones() {
    assertThatThrownBy(() -> RuleRegistry.of().create("has-musik", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown rule \"has-musik\"; registered rules: has-music, has-source,"
            + " single-source, multiple-sources, animated-footage-only, anime-footage-only,"
            + " features-animals, duration-between, footage-share, music-coverage,"
            + " premiered-after, no-flag, no-earlier-award");
  }

  @Test
  void a_classifier_is_rebuilt_from_a_profile_id() {
    // given
    RuleRegistry registry = RuleRegistry.of();

    // then
    assertThat(registry.classifier("real-world").profile()).isEqualTo(BuiltInProfiles.realWorld());
    assertThatThrownBy(() -> registry.classifier("strict"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown profile \"strict\"; registered profiles: all-the-tropes,"
            + " all-the-tropes-strict, real-world");
  }

  @Test
  void the_service_loader_finds_the_test_provider() {
    // when
    RuleRegistry registry = RuleRegistry.load();

    // then
    assertThat(registry.providers())
        .containsExactly(BuiltInRuleProvider.class, CanineRuleProvider.class);
    assertThat(registry.providerOfRule("features-canines")).contains(CanineRuleProvider.class);
    assertThat(registry.providerOfProfile("canine-contest")).contains(CanineRuleProvider.class);
    assertThat(registry.ruleTypes()).hasSize(14);
  }

  @Test
  void a_plug_in_profile_classifies_with_a_plug_in_rule() {
    // given
    Source balto = Source.builder().id("balto").title("Balto").medium(Medium.ANIMATION)
        .addCast(CastMember.of("Balto", "wolfdog")).build();
    Source aristocats = Source.builder().id("aristocats").title("The Aristocats")
        .medium(Medium.ANIMATION).addCast(CastMember.of("Duchess", "cat")).build();
    Video wolves = video("v-1", balto);
    Video cats = video("v-2", balto, aristocats);

    // when
    var classifier = RuleRegistry.load().classifier("canine-contest");

    // then
    assertThat(classifier.classify(wolves).category()).isEqualTo("canine-amv");
    assertThat(classifier.classify(cats).category()).isEqualTo(Profile.NOT_A_MUSIC_VIDEO);
  }

  static Video video(String id, Source... sources) {
    return Video.builder().id(id).title("Run Free").duration(Duration.parse("PT3M41S"))
        .addCreators(Creator.of("SnowPaw", "NL"))
        .addSources(sources)
        .addMusic(Music.of("Run", "Some Band"))
        .build();
  }

  @Test
  void two_providers_registering_one_rule_id_is_an_error_naming_both() {
    assertThatThrownBy(() -> RuleRegistry.of(new A(), new B()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule id \"features-canines\" is registered by both"
            + " org.amvkit.rules.registry.RuleRegistryTest$A and"
            + " org.amvkit.rules.registry.RuleRegistryTest$B");
  }

  @Test
  void a_plug_in_cannot_take_a_built_in_rule_id() {
    assertThatThrownBy(() -> RuleRegistry.of(new MyMusic()))
        .hasMessage("rule id \"has-music\" is registered by both"
            + " org.amvkit.rules.builtin.BuiltInRuleProvider and"
            + " org.amvkit.rules.registry.RuleRegistryTest$MyMusic");
  }

  @Test
  void two_providers_registering_one_profile_id_is_an_error_naming_both() {
    assertThatThrownBy(() -> RuleRegistry.of(new MyProfiles()))
        .hasMessage("profile id \"real-world\" is registered by both"
            + " org.amvkit.rules.builtin.BuiltInRuleProvider and"
            + " org.amvkit.rules.registry.RuleRegistryTest$MyProfiles");
  }

  @Test
  void one_provider_registering_an_id_twice_is_an_error_naming_it() {
    assertThatThrownBy(() -> RuleRegistry.of(new Twice()))
        .hasMessage("rule id \"x\" is registered twice by"
            + " org.amvkit.rules.registry.RuleRegistryTest$Twice");
  }

  @Test
  void a_provider_class_given_again_is_used_once() {
    // when
    RuleRegistry registry = RuleRegistry.of(new A(), new A(), new BuiltInRuleProvider());

    // then
    assertThat(registry.providers()).containsExactly(BuiltInRuleProvider.class, A.class);
    assertThat(registry.ruleTypes()).hasSize(14);
  }

  @Test
  void the_lists_of_a_registry_cannot_be_changed() {
    // given
    RuleRegistry registry = RuleRegistry.of(new A());

    // then
    assertThatThrownBy(() -> registry.ruleTypes().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> registry.profiles().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> registry.providers().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void a_rule_type_made_of_parameters_checks_them_before_its_factory_runs() {
    // given
    RuleType maxDuration = RuleType.of("max-duration", "lasts at most a given time",
        List.of(Parameter.required("max", ParameterType.DURATION, "the longest allowed")),
        parameters -> Rule.of("max-duration", "lasts at most " + parameters.duration("max"),
            video -> video.duration().orElseThrow().compareTo(parameters.duration("max")) <= 0));

    // when
    Rule rule = maxDuration.create(Map.of("max", "PT4M"));

    // then
    assertThat(rule.evaluate(video("v-1")).isPass()).isTrue();
    assertThat(maxDuration.create(Map.of("max", "PT3M")).evaluate(video("v-1")).isFail()).isTrue();
    assertThatThrownBy(() -> maxDuration.create(Map.of("mx", "PT4M")))
        .hasMessage("unknown parameter \"mx\"; expected one of: max");
    assertThatThrownBy(maxDuration::create).hasMessage("max: missing");
  }

  @Test
  void with_adds_providers_to_what_a_registry_has_and_leaves_it_unchanged() {
    // given: the service loader's registry (the test plug-in included)
    RuleRegistry loaded = RuleRegistry.load();

    // when
    RuleRegistry more = loaded.with(new Twice.Single());

    // then
    assertThat(more.ruleType("single-x")).isPresent();
    assertThat(more.ruleType("features-canines")).isPresent();
    assertThat(more.providers()).endsWith(Twice.Single.class).hasSize(3);
    assertThat(loaded.ruleType("single-x")).isEmpty();
    assertThatThrownBy(() -> loaded.with(new A()))
        .hasMessageStartingWith("rule id \"features-canines\" is registered by both");
  }
}
