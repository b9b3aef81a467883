package org.amvkit.core.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How amvkit's JSON readers word what Jackson reports: the catalogue reader here and the profile
 * and contest readers of {@code org.amvkit.rules} say locations the same way.
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
