/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --threads N} option of the commands that read a whole catalogue: the threads in all,
 * the one that reads and writes included. The default is the number of processors; 1 reads,
 * classifies and writes on one thread, as a plain loop does.
 */
final class ThreadsOption {

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  // No ${DEFAULT-VALUE} in the help: it would differ from machine to machine.
  @Option(names = "--threads", paramLabel = "N",
      description = "threads in all: one reads and writes, the others classify; 1 does all on "
          + "one thread; default: the number of processors")
  Integer threads;

  /**
   * The threads asked for, or the number of processors.
   *
   * @throws CommandLine.ParameterException if fewer than 1 were asked for: a usage error
   */
  int count() {
    if (threads == null) {
      return Runtime.getRuntime().availableProcessors();
    }
    if (threads < 1) {
      throw new CommandLine.ParameterException(mixee.commandLine(),
          "--threads must be 1 or more, not " + threads);
    }
    return threads;
  }
}
