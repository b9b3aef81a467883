/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.amvkit.rules.registry.RuleRegistry;
import org.amvkit.rules.spi.Parameter;
import org.amvkit.rules.spi.RuleType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code amv rules}: the registered rules with their descriptions and parameters. */
@Command(name = "rules",
    description = "Lists the registered rules, built-in and plug-in, with their parameters.")
final class RulesCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    RuleRegistry registry = Amv.registry(spec);
    for (RuleType type : registry.ruleTypes()) {
      String provider = registry.providerOfRule(type.id()).map(Class::getName).orElse("?");
      out.printf("%-24s %s  [%s]%n", type.id(), type.description(), provider);
      for (Parameter parameter : type.parameters()) {
        out.printf("  %-22s %s%n", parameter.name(), parameter);
      }
    }
    return Amv.EXIT_OK;
  }
}
