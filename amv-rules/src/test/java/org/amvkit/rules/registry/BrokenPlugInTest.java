/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.amvkit.rules.Rule;
import org.amvkit.rules.builtin.BuiltInRuleProvider;
import org.amvkit.rules.spi.RuleProvider;
import org.amvkit.rules.spi.RuleType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One broken plug-in is skipped, said why, and takes neither the others nor the built-ins down. */
class BrokenPlugInTest {

  /** Cannot even be made. */
  public static final class ThrowsWhenMade implements RuleProvider {
    public ThrowsWhenMade() {
      throw new IllegalStateException("no config file");
    }

    @Override
    public List<RuleType> ruleTypes() {
      return List.of();
    }
  }

  /** Is made, then fails when asked for its rules. */
  public static final class ThrowsWhenAsked implements RuleProvider {
    @Override
    public List<RuleType> ruleTypes() {
      throw new NoClassDefFoundError("com/example/Missing");
    }
  }

  /** Sound: registers one rule of its own. */
  public static final class Sound implements RuleProvider {
    @Override
    public List<RuleType> ruleTypes() {
      return List.of(RuleType.of(Rule.of("features-owls", "has owls", video -> true)));
    }
  }

  @Test
  void every_broken_provider_is_skipped_with_one_line_and_the_sound_ones_are_kept(
      @TempDir Path dir) throws IOException {
    // given: a services file naming a missing class, one of each broken kind, and a sound one
    ClassLoader loader = loaderListing(dir, "com.example.NotThere",
        ThrowsWhenMade.class.getName(), ThrowsWhenAsked.class.getName(),
        RuleRegistryTest.MyMusic.class.getName(), Sound.class.getName());

    // when
    RuleRegistry registry = RuleRegistry.load(loader);

    // then
    assertThat(registry.providers()).containsExactly(BuiltInRuleProvider.class, Sound.class);
    assertThat(registry.ruleType("features-owls")).isPresent();
    assertThat(registry.ruleType("has-music")).isPresent();
    assertThat(registry.providerOfRule("has-music")).contains(BuiltInRuleProvider.class);
    assertThat(registry.skipped()).hasSize(4)
        .allSatisfy(line -> assertThat(line).doesNotContain("\n"));
    assertThat(registry.skipped().get(0))
        .contains("com.example.NotThere").contains("not found");
    assertThat(registry.skipped().get(1))
        .contains(ThrowsWhenMade.class.getName())
        .contains("java.lang.IllegalStateException: no config file");
    assertThat(registry.skipped()).contains(
        ThrowsWhenAsked.class.getName()
            + ".ruleTypes() failed: java.lang.NoClassDefFoundError: com/example/Missing",
        "rule id \"has-music\" is registered by both"
            + " org.amvkit.rules.builtin.BuiltInRuleProvider and "
            + RuleRegistryTest.MyMusic.class.getName());
  }

  @Test
  void an_id_a_skipped_plug_in_would_have_given_fails_saying_so(@TempDir Path dir)
      throws IOException {
    // given
    RuleRegistry registry = RuleRegistry.load(loaderListing(dir, ThrowsWhenAsked.class.getName()));

    // then
    assertThatThrownBy(() -> registry.create("features-owls"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown rule \"features-owls\"; registered rules: has-music,")
        .hasMessageEndingWith("; skipped plug-ins: " + ThrowsWhenAsked.class.getName()
            + ".ruleTypes() failed: java.lang.NoClassDefFoundError: com/example/Missing");
  }

  @Test
  void a_registry_without_broken_plug_ins_skips_nothing_and_says_nothing_more() {
    RuleRegistry registry = RuleRegistry.of(new Sound());

    assertThat(registry.skipped()).isEmpty();
    assertThatThrownBy(() -> registry.classifier("strict"))
        .hasMessageNotContaining("skipped");
  }

  @Test
  void a_provider_given_by_hand_that_fails_is_an_error_naming_it() {
    assertThatThrownBy(() -> RuleRegistry.of(new ThrowsWhenAsked()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(ThrowsWhenAsked.class.getName()
            + ".ruleTypes() failed: java.lang.NoClassDefFoundError: com/example/Missing");
  }

  /** A class loader whose only services file for {@link RuleProvider} lists the given classes. */
  private static ClassLoader loaderListing(Path dir, String... classNames) throws IOException {
    Path services = dir.resolve("services.txt");
    Files.writeString(services, String.join("\n", classNames) + "\n");
    URL url = services.toUri().toURL();
    return new ClassLoader(BrokenPlugInTest.class.getClassLoader()) {
      @Override
      public Enumeration<URL> getResources(String name) throws IOException {
        return name.equals("META-INF/services/" + RuleProvider.class.getName())
            ? Collections.enumeration(List.of(url)) : super.getResources(name);
      }
    };
  }
}
