/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples.cli;

/**
 * Input the command line cannot use: a missing file, an unknown profile or video id. Reported as
 * one line on standard error with exit code {@value Amv#EXIT_BAD_INPUT}.
 */
final class BadInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  BadInputException(String message) {
    super(message);
  }

  BadInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
