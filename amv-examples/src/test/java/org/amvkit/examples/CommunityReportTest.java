/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CommunityReportTest {

  @Test
  void the_report_names_the_most_used_sources_and_the_most_original_videos_of_the_sample() {
    // given
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    // when
    CommunityReport.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    // then: balto is used by 9 of the 28 videos; v-015 uses the-secret-of-nimh (no other video
    // uses it) and robin-hood (2 videos): (1 + 1/2) / 2 = 0.75; v-028 uses balto and
    // watership-down (no other video): (1/9 + 1) / 2 = 0.56
    assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
        "28 videos, 21 sources. Everyone uses the same movies:",
        "  Balto                used by 9 videos",
        "  Your Name            used by 4 videos",
        "  Akira                used by 3 videos",
        "The most original videos:",
        "  v-015 Secret Friends         originality 0.75",
        "  v-016 Circle of Life Reborn  originality 0.67",
        "  v-028 Bright Eyes Run        originality 0.56",
        "Videos with a source no other video uses:",
        "  v-015 Secret Friends: uses rarely used sources: The Secret of NIMH (1 video)",
        "  v-016 Circle of Life Reborn: uses rarely used sources: "
            + "The Lion King II: Simba's Pride (1 video)",
        "  v-028 Bright Eyes Run: uses rarely used sources: Watership Down (1 video)");
  }
}
