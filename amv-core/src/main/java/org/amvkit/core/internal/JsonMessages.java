/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How amvkit's JSON readers word what Jackson reports: the catalogue reader here and the profile
 * and contest readers of {@code org.amvkit.rules} describe JSON that does not parse, and say
 * locations, the same way.
 */
public final class JsonMessages {

  /**
   * Where Jackson says a bracket was opened, inside its own messages:
   * {@code [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1,
   * column: 39]}.
   */
  private static final Pattern JACKSON_LOCATION =
      Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+)(?:, column: (\\d+))?]");

  private JsonMessages() {}

  /**
   * Says what is wrong with input that is not well-formed JSON, from what Jackson reports: the
   * first line of Jackson's message, starting in lower case and with amvkit's plain locations,
   * or {@code unexpected end of input} when the input stops early. The location of the fault
   * itself is not part of it: the exception that carries it says where.
   *
   * @param e  what Jackson threw, not null
   * @return the description, such as {@code unexpected character ('"' (code 34)): was expecting
   *     comma to separate Object entries}, not null
   */
  public static String malformed(JsonProcessingException e) {
    if (e instanceof JsonEOFException) {
      return "unexpected end of input";
    }
    String message = String.valueOf(e.getOriginalMessage()).lines().findFirst()
        .orElse("malformed JSON");
    message = message.isEmpty() ? message
        : Character.toLowerCase(message.charAt(0)) + message.substring(1);
    if (message.startsWith("invalid UTF-8")) {
      // Latin-1 or Windows-1252 text, most likely: say what to do about it, not only the byte
      message = "not UTF-8 (" + message + "); save the file as UTF-8";
    }
    return withPlainLocations(message);
  }

  /**
   * Rewrites the locations inside a Jackson message as amvkit writes its own, "line 1, column
   * 39", leaving out Jackson's description of the input.
   *
   * @param message  Jackson's message, not null
   * @return the message with plain locations, not null
   */
  public static String withPlainLocations(String message) {
    Matcher location = JACKSON_LOCATION.matcher(message);
    StringBuilder plain = new StringBuilder();
    while (location.find()) {
      location.appendReplacement(plain,
          location.group(2) == null ? "line $1" : "line $1, column $2");
    }
    return location.appendTail(plain).toString();
  }
}
