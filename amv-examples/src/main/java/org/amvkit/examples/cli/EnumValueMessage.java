/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

import org.amvkit.core.Problems;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine;

/**
 * Words a value that names no constant of an enum option as {@code amv} always has, then lets
 * picocli's own handler report it (the message, the usage help, exit code 2).
 *
 * <p>picocli converts enum options itself (case-insensitively, as {@link Amv} asks) and says
 * {@code expected one of [TEXT, JSON, CSV] (case-insensitive) but was 'xml'}; {@code amv}'s
 * message, which scripts and tests match, is {@code "xml" is not one of text, json, csv}: the
 * option's completion candidates, as its help lists them. Only the part after picocli's
 * {@code Invalid value for option '--format': } changes; every other usage error passes through
 * untouched.
 */
final class EnumValueMessage implements IParameterExceptionHandler {

  private final IParameterExceptionHandler picocli;

  EnumValueMessage(IParameterExceptionHandler picocli) {
    this.picocli = picocli;
  }

  @Override
  public int handleParseException(ParameterException exception, String[] args) throws Exception {
    return picocli.handleParseException(reworded(exception), args);
  }

  /** The exception with {@code amv}'s message if it is a bad enum value, else as it is. */
  static ParameterException reworded(ParameterException exception) {
    ArgSpec arg = exception.getArgSpec();
    Throwable cause = exception.getCause();
    String message = exception.getMessage();
    if (arg == null || !arg.type().isEnum() || !(cause instanceof TypeConversionException)
        || exception.getValue() == null || message == null
        || !message.endsWith(cause.getMessage())) {
      return exception;
    }
    String where = message.substring(0, message.length() - cause.getMessage().length());
    String candidates = String.join(", ", arg.completionCandidates());
    return new ParameterException(exception.getCommandLine(),
        where + Problems.quote(exception.getValue()) + " is not one of " + candidates, cause, arg,
        exception.getValue());
  }

  /** Installs the rewording in front of the handler {@code commandLine} has now. */
  static void install(CommandLine commandLine) {
    commandLine.setParameterExceptionHandler(
        new EnumValueMessage(commandLine.getParameterExceptionHandler()));
  }
}
