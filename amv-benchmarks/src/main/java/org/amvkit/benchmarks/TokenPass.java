/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads every token of a JSON file with a plain jackson-core {@link JsonParser} and the text of
 * every scalar, building nothing: the floor under any reader of a catalogue, against which
 * {@code amv classify} is timed end to end ({@code scripts/end-to-end.sh}). It opens the file as
 * {@link org.amvkit.core.json.CatalogueReader#open(Path)} does (a byte stream, Jackson's default
 * factory), so the two differ only in what is done with the tokens. {@code TokenPass FILE} prints
 * the number of tokens and of scalar characters.
 */
public final class TokenPass {

  private TokenPass() {}

  /**
   * Reads the file given.
   *
   * @param args  the JSON file
   * @throws IOException if it cannot be read, or is not well-formed JSON
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: TokenPass FILE");
      System.exit(2);
    }
    long tokens = 0;
    long characters = 0;
    try (JsonParser parser = new JsonFactory().createParser(
        Files.newInputStream(Path.of(args[0])))) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        tokens++;
        if (token.isScalarValue()) {
          // Counting the characters keeps the text from being optimised away.
          characters += parser.getText().length();
        }
      }
    }
    System.out.println(tokens + " tokens (" + characters + " scalar characters)");
  }
}
