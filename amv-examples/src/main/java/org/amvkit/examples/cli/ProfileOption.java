/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.amvkit.rules.Profile;
import org.amvkit.rules.analytics.AnalyticsCollector;
import org.amvkit.rules.analytics.RareSourceRule;
import org.amvkit.rules.builtin.BuiltInProfiles;
import org.amvkit.rules.json.ProfileReader;
import org.amvkit.rules.registry.RuleRegistry;
import picocli.CommandLine.Option;

/** The {@code --profile ID|FILE.json} option shared by the commands that classify. */
final class ProfileOption {

  @Option(names = {"-p", "--profile"}, paramLabel = "ID|FILE.json",
      description = "a registered profile id or a JSON profile file (default: ${DEFAULT-VALUE})",
      defaultValue = BuiltInProfiles.ALL_THE_TROPES)
  String profile;

  /**
   * Resolves the option for a catalogue: as {@link #resolve(RuleRegistry)}, and when the profile
   * is a file that names {@value RareSourceRule#ID}, with that rule registered on the analytics of
   * the catalogue, read first in a pass of its own ({@link CatalogueInput}); standard input cannot
   * be read twice, so it is refused for such a profile.
   */
  Profile resolve(RuleRegistry registry, Path catalogue) {
    Path file = Path.of(profile);
    if (!Files.isRegularFile(file) || !names(file, RareSourceRule.ID)) {
      return resolve(registry);
    }
    if (CatalogueInput.isStdin(catalogue)) {
      throw new BadInputException(profile + " uses " + RareSourceRule.ID + ", which needs the"
          + " catalogue read twice (once to count the sources): give a file, not -");
    }
    AnalyticsCollector sources = AnalyticsCollector.create();
    try (CatalogueInput input = CatalogueInput.open(catalogue, null)) {
      sources.addSources(input.sources());
      input.forEach(sources::add);
    }
    return resolve(registry.with(RareSourceRule.provider(sources.result())));
  }

  private static boolean names(Path file, String ruleId) {
    try {
      return Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1)
          .contains("\"" + ruleId + "\"");
    } catch (java.io.IOException e) {
      return false;   // resolve() reports why the file cannot be read
    }
  }

  /** Resolves the option against the registry: a file if it names one, else a profile id. */
  Profile resolve(RuleRegistry registry) {
    Path file = Path.of(profile);
    if (profile.endsWith(".json") || Files.isRegularFile(file)) {
      if (!Files.isRegularFile(file)) {
        throw new BadInputException("no such profile file: " + profile);
      }
      try {
        return ProfileReader.with(registry).read(file);
      } catch (java.io.IOException e) {
        throw new BadInputException("cannot read profile file " + profile + ": " + e.getMessage(), e);
      } catch (IllegalArgumentException e) {
        throw new BadInputException(profile + ": " + e.getMessage(), e);
      }
    }
    return registry.profile(profile).orElseThrow(() -> new BadInputException(
        "unknown profile \"" + profile + "\"; registered profiles: " + registry.profiles().stream()
            .map(Profile::id).collect(java.util.stream.Collectors.joining(", "))
        + (registry.skipped().isEmpty() ? ""
            : "; skipped plug-ins: " + String.join("; ", registry.skipped()))));
  }
}
