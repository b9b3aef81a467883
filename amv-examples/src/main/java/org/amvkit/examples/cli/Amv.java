package org.amvkit.examples.cli;

import java.io.PrintStream;
import java.time.Duration;
import org.amvkit.core.CastMember;
import org.amvkit.core.Creator;
import org.amvkit.core.Medium;
import org.amvkit.core.Music;
import org.amvkit.core.Source;
import org.amvkit.core.Video;

/** The {@code amv} command line; for now it describes one sample video. */
public final class Amv {

  private Amv() {}

  /**
   * Runs the command line.
   *
   * @param args  the arguments
   */
  public static void main(String[] args) {
    describe(sample(), System.out);
  }

  static Video sample() {
    Source balto = Source.builder().id("balto").title("Balto").medium(Medium.ANIMATION)
        .addCast(CastMember.of("Balto", "wolfdog")).build();
    Source bolt = Source.builder().id("bolt").title("Bolt").medium(Medium.ANIMATION)
        .addCast(CastMember.of("Bolt", "dog")).build();
    return Video.builder().id("v-001").title("Run Free").duration(Duration.parse("PT3M41S"))
        .addCreators(Creator.of("SnowPaw", "NL"), Creator.of("FoxFan", "BR"))
        .addSources(balto, bolt)
        .addMusic(Music.of("Run", "Some Band"))
        .build();
  }

  static void describe(Video video, PrintStream out) {
    out.printf("%s \"%s\": %d sources, all animated: %s, collaboration: %s%n", video.id(),
        video.title(), video.usedSources().size(), video.isAllAnimated(), video.isCollaboration());
  }
}
