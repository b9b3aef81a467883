package org.amvkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AmvTest {

  @Test
  void describes_the_sample_video_as_a_two_source_animated_collaboration() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    Amv.describe(Amv.sample(), new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualToIgnoringNewLines(
        "v-001 \"Run Free\": 2 sources, all animated: true, collaboration: true");
  }
}
