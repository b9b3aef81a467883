/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples;

import java.io.InputStream;

/** The resources the examples read: the sample catalogue and a contest profile. */
final class Samples {

  private Samples() {}

  /** Opens the embedded sample catalogue, {@code amv-catalogue/1}. */
  static InputStream catalogue() {
    return open("sample-catalogue.json");
  }

  /** Opens a JSON profile of a convention contest. */
  static InputStream contestProfile() {
    return open("contest-profile.json");
  }

  /** Opens the sample convention contest, {@code amv-contest/1}. */
  static InputStream contest() {
    return open("sample-contest.json");
  }

  private static InputStream open(String name) {
    InputStream in = Samples.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(name + " is missing from the examples jar");
    }
    return in;
  }
}
