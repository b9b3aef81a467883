package org.amvkit.examples;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import org.amvkit.core.Creator;
import org.amvkit.core.Medium;
import org.amvkit.core.Music;
import org.amvkit.core.MusicKind;
import org.amvkit.core.Source;
import org.amvkit.core.Video;
import org.amvkit.rules.Definition;
import org.amvkit.rules.DefinitionResult;
import org.amvkit.rules.Outcome;
import org.amvkit.rules.Rule;
import org.amvkit.rules.Verdict;
import org.amvkit.rules.builtin.BuiltInRules;

/**
 * A convention contest's entry rules written as custom predicates with {@link Rule#of}: at most
 * six minutes, anime footage only, at least one song credited. Prints the entries that fail and
 * why.
 */
public final class ContestChecker {

  /** "Entries must not exceed 6:00." */
  static final Rule MAX_SIX_MINUTES = Rule.of("max-6-minutes", "lasts at most 6:00",
      video -> video.duration().compareTo(Duration.ofMinutes(6)) <= 0);
  /** "At least one song must be credited": a score alone does not count. */
  static final Rule CREDITS_A_SONG = Rule.of("credits-a-song", "credits at least one song",
      video -> video.music().stream().anyMatch(music -> music.kind() == MusicKind.SONG));
  /** The contest's definition of an acceptable entry. */
  static final Definition ENTRY = Definition.builder()
      .id("anime-contest-entry").label("Acceptable entry")
      .require(MAX_SIX_MINUTES, BuiltInRules.animeFootageOnly(), CREDITS_A_SONG)
      .build();

  private ContestChecker() {}

  /**
   * Runs the example.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    Source wolfsRain = Source.of("wolfs-rain", "Wolf's Rain", Medium.ANIME);
    Source akira = Source.of("akira", "Akira", Medium.ANIME);
    Source balto = Source.of("balto", "Balto", Medium.ANIMATION);
    Creator editor = Creator.of("KibaFan", "JP");
    List<Video> entries = List.of(
        Video.builder().id("e-1").title("Stray").duration(Duration.parse("PT2M58S"))
            .addCreators(editor).addSources(wolfsRain, akira)
            .addMusic(Music.of("Stray", "Steve Conte")).build(),
        Video.builder().id("e-2").title("Neo-Tokyo Epic").duration(Duration.parse("PT7M12S"))
            .addCreators(editor).addSources(akira)
            .addMusic(Music.builder().title("Kaneda").artist("Geinoh Yamashirogumi")
                .kind(MusicKind.SCORE).build()).build(),
        Video.builder().id("e-3").title("Northern Lights").duration(Duration.parse("PT3M30S"))
            .addCreators(editor).addSources(wolfsRain, balto)
            .addMusic(Music.of("Radioactive", "Imagine Dragons")).build());

    for (Video entry : entries) {
      DefinitionResult result = ENTRY.evaluate(entry);
      if (result.verdict() == Verdict.MET) {
        out.printf("%s \"%s\": accepted%n", entry.id(), entry.title());
        continue;
      }
      out.printf("%s \"%s\": rejected%n", entry.id(), entry.title());
      for (var rule : result.outcomes().entrySet()) {
        Outcome outcome = rule.getValue();
        if (!outcome.isPass()) {
          out.printf("  %s: %s%n", rule.getKey(), outcome.explain());
        }
      }
    }
  }
}
