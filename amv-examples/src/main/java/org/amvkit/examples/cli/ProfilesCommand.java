/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.amvkit.rules.Definition;
import org.amvkit.rules.Profile;
import org.amvkit.rules.Rule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code amv profiles}: the registered profiles and their definitions. */
@Command(name = "profiles",
    description = "Lists the registered profiles, built-in and plug-in, with their definitions.")
final class ProfilesCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    for (Profile profile : Amv.registry(spec).profiles()) {
      out.println(profile.id() + (profile.description().isEmpty() ? "" : ": " + profile.description()));
      for (Definition definition : profile.definitions()) {
        out.printf("  %-26s \"%s\"  required: %s%s%n", definition.id(), definition.labelTemplate(),
            ids(definition.required()),
            definition.conventions().isEmpty() ? "" : "; convention: " + ids(definition.conventions()));
      }
      out.printf("  %-26s \"%s\"  when no definition is met and one is undetermined%n",
          Profile.UNDETERMINED, Profile.UNDETERMINED_LABEL);
      out.printf("  %-26s \"%s\"%n", Profile.NOT_A_MUSIC_VIDEO, Profile.NOT_A_MUSIC_VIDEO_LABEL);
    }
    return Amv.EXIT_OK;
  }

  private static String ids(java.util.List<Rule> rules) {
    return rules.stream().map(Rule::id).collect(Collectors.joining(", "));
  }
}
