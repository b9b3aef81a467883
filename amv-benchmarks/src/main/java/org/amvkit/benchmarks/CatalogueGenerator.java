/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.amvkit.core.CastMember;
import org.amvkit.core.Clip;
import org.amvkit.core.Creator;
import org.amvkit.core.Dedication;
import org.amvkit.core.EditingSoftware;
import org.amvkit.core.Form;
import org.amvkit.core.Genre;
import org.amvkit.core.Medium;
import org.amvkit.core.Music;
import org.amvkit.core.MusicKind;
import org.amvkit.core.Source;
import org.amvkit.core.Video;
import org.amvkit.core.json.CatalogueWriter;
import org.amvkit.core.species.Species;

/**
 * Makes realistic catalogues, the same ones every time for a seed.
 *
 * <pre>{@code
 * CatalogueGenerator generator = CatalogueGenerator.of(CatalogueGenerator.DEFAULT_SEED);
 * List<Video> videos = generator.videos(1_000);        // in memory
 * generator.write(Path.of("catalogue-1m.json"), 1_000_000);   // streamed to an amv-catalogue/1 file
 * }</pre>
 *
 * <p>What makes them realistic, after the source text: everyone uses the same few movies (a
 * source's popularity follows a Zipf law over {@value #SOURCES} sources, the ten most used being
 * animated animal films such as Balto and Bolt); a video uses 1 to 8 distinct sources in 1 to 40
 * clips (fewer clips are likelier) and is made by 1 to 3 creators; some sources list no
 * characters (so {@code features-animals} is unknown), some list only humans, some are live action
 * or video games; a few videos have no music; some are birthday presents.
 *
 * <p>Video {@code i} depends only on the seed and {@code i}, so a file and a list made with the
 * same seed hold the same videos, and any prefix of a large catalogue is the smaller catalogue.
 */
public final class CatalogueGenerator {

  /** The seed the benchmarks use. */
  public static final long DEFAULT_SEED = 20110302L;
  /** How many sources a catalogue has. */
  public static final int SOURCES = 1_000;
  /** The most clips a video has. */
  public static final int MAX_CLIPS = 40;

  private static final double ZIPF_EXPONENT = 1.1;
  /** Clip boundaries fall on tenths of a second; their durations are shared, as a reader's are not. */
  private static final Duration[] TENTHS = new Duration[10 * 60 * 12 + 1];
  private static final String[] COUNTRIES = {"US", "US", "US", "BR", "BR", "GB", "NL", "JP", "MY",
      "DE", "FR", "CA", "AU", "PL", "SE"};
  private static final Genre[] GENRES = {Genre.POP, Genre.POP, Genre.ROCK, Genre.ROCK, Genre.TECHNO,
      Genre.SOUNDTRACK, Genre.METAL, Genre.ELECTRONIC, Genre.J_POP, Genre.parse("Eurobeat")};
  private static final Species[] ANIMALS = {Species.DOG, Species.WOLF, Species.WOLFDOG, Species.FOX,
      Species.CAT, Species.LION, Species.HORSE, Species.BEAR};
  private static final String[][] FAMOUS = {
      {"balto", "Balto", "ANIMATION", "1995", "Balto", "wolfdog", "Jenna", "dog", "Boris", "goose"},
      {"bolt", "Bolt", "ANIMATION", "2008", "Bolt", "dog", "Mittens", "cat", "Penny", "human"},
      {"the-lion-king", "The Lion King", "ANIMATION", "1994", "Simba", "lion", "Nala", "lion"},
      {"spirit", "Spirit: Stallion of the Cimarron", "ANIMATION", "2002", "Spirit", "horse"},
      {"alpha-and-omega", "Alpha and Omega", "ANIMATION", "2010", "Kate", "wolf", "Humphrey",
          "wolf"},
      {"wolf-children", "Wolf Children", "ANIME", "2012", "Hana", "human", "Ame", "wolf"},
      {"princess-mononoke", "Princess Mononoke", "ANIME", "1997", "San", "human", "Moro", "wolf"},
      {"zootopia", "Zootopia", "ANIMATION", "2016", "Judy Hopps", "rabbit", "Nick Wilde", "fox"},
      {"the-fox-and-the-hound", "The Fox and the Hound", "ANIMATION", "1981", "Tod", "fox",
          "Copper", "dog"},
      {"wolfwalkers", "Wolfwalkers", "ANIMATION", "2020"},
  };

  static {
    for (int i = 0; i < TENTHS.length; i++) {
      TENTHS[i] = Duration.ofMillis(100L * i);
    }
  }

  private final long seed;
  private final int clipsPerVideo;
  private final List<Source> sources;
  private final double[] cumulative;

  private CatalogueGenerator(long seed, int clipsPerVideo) {
    this.seed = seed;
    this.clipsPerVideo = clipsPerVideo;
    this.sources = makeSources(seed);
    this.cumulative = new double[SOURCES];
    double total = 0;
    for (int rank = 0; rank < SOURCES; rank++) {
      total += 1 / Math.pow(rank + 1, ZIPF_EXPONENT);
      cumulative[rank] = total;
    }
  }

  /**
   * Returns the generator of a seed, whose videos have 1 to {@value #MAX_CLIPS} clips.
   *
   * @param seed  the seed
   * @return the generator, not null
   */
  public static CatalogueGenerator of(long seed) {
    return new CatalogueGenerator(seed, 0);
  }

  /**
   * Returns a generator like this one whose videos all have the same number of clips (and at most
   * that many distinct sources).
   *
   * @param clips  the clips per video, 1 to {@value #MAX_CLIPS}
   * @return the generator, not null
   */
  public CatalogueGenerator withClipsPerVideo(int clips) {
    if (clips < 1 || clips > MAX_CLIPS) {
      throw new IllegalArgumentException("clips per video " + clips + " is not in 1.." + MAX_CLIPS);
    }
    return new CatalogueGenerator(seed, clips);
  }

  /**
   * Returns the catalogue's sources, the most used first.
   *
   * @return the sources, not null
   */
  public List<Source> sources() {
    return sources;
  }

  /**
   * Returns the first videos of the catalogue.
   *
   * @param count  how many
   * @return the videos {@code 0 .. count - 1}, not null
   */
  public List<Video> videos(int count) {
    List<Video> videos = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      videos.add(video(i));
    }
    return videos;
  }

  /**
   * Writes the sources and the first videos as an {@code amv-catalogue/1} file, one video at a
   * time: memory does not grow with {@code count}.
   *
   * @param file  the file, not null
   * @param count  how many videos
   * @throws IOException if the file cannot be written
   */
  public void write(Path file, int count) throws IOException {
    try (CatalogueWriter writer = CatalogueWriter.open(file)) {
      for (Source source : sources) {
        writer.write(source);
      }
      for (int i = 0; i < count; i++) {
        writer.write(video(i));
      }
    }
  }

  /**
   * Returns video {@code index} of the catalogue.
   *
   * @param index  its index, not negative
   * @return the video, not null
   */
  public Video video(int index) {
    SplittableRandom random = new SplittableRandom(mix(seed, index));
    int seconds = 60 + random.nextInt(271);
    int clipCount = clipsPerVideo > 0 ? clipsPerVideo : clipCount(random);
    List<Source> chosen = chooseSources(random, Math.min(clipCount, distinctSources(random)));

    Video.Builder video = Video.builder()
        .id(String.format("v-%07d", index))
        .title("Video " + index)
        .duration(Duration.ofSeconds(seconds));
    int creators = random.nextInt(10) < 7 ? 1 : random.nextInt(10) < 7 ? 2 : 3;
    for (int c = 0; c < creators; c++) {
      int editor = random.nextInt(5_000);
      video.addCreators(Creator.of("editor-" + editor, COUNTRIES[editor % COUNTRIES.length]));
    }
    if (random.nextInt(5) == 0) {
      video.addSources(chosen.get(0));
    }
    int tenths = seconds * 10;
    for (int c = 0; c < clipCount; c++) {
      Source source = c < chosen.size() ? chosen.get(c) : chosen.get(random.nextInt(chosen.size()));
      int start = c * tenths / clipCount;
      int end = Math.max(start + 1, (c + 1) * tenths / clipCount - random.nextInt(3));
      Clip.Builder clip = Clip.builder().source(source).start(TENTHS[start]).end(TENTHS[end]);
      if (!source.cast().isEmpty() && random.nextInt(10) == 0) {
        clip.addCharacters(source.cast().get(0));
      }
      video.addClips(clip.build());
    }
    int pieces = random.nextInt(25) == 0 ? 0 : random.nextInt(8) == 0 ? 2 : 1;
    for (int m = 0; m < pieces; m++) {
      int song = random.nextInt(20_000);
      video.addMusic(Music.builder().title("Song " + song).artist("Artist " + song % 3_000)
          .genre(GENRES[random.nextInt(GENRES.length)])
          .kind(random.nextInt(6) == 0 ? MusicKind.SCORE : MusicKind.SONG)
          .build());
    }
    int software = random.nextInt(10);
    video.addSoftware(software < 5 ? EditingSoftware.SONY_VEGAS
        : software < 8 ? EditingSoftware.ADOBE_AFTER_EFFECTS : EditingSoftware.ADOBE_PREMIERE);
    video.published(LocalDate.of(2005, 1, 1).plusDays(random.nextInt(7_300)));
    if (random.nextInt(12) == 0) {
      video.dedication(Dedication.birthday("editor-" + random.nextInt(5_000)));
    }
    return video.build();
  }

  /** 1 to 40, fewer likelier: 1 + 40 u² (at most 40), about 14 on average. */
  private static int clipCount(SplittableRandom random) {
    double u = random.nextDouble();
    return Math.min(MAX_CLIPS, 1 + (int) (MAX_CLIPS * u * u));
  }

  /** A quarter of the videos use one source; the others 2 to 8, fewer likelier. */
  private static int distinctSources(SplittableRandom random) {
    if (random.nextInt(4) == 0) {
      return 1;
    }
    int count = 2;
    while (count < 8 && random.nextInt(3) != 0) {
      count++;
    }
    return count;
  }

  private List<Source> chooseSources(SplittableRandom random, int count) {
    List<Source> chosen = new ArrayList<>(count);
    for (int attempt = 0; chosen.size() < count && attempt < 100; attempt++) {
      Source source = sources.get(popularRank(random));
      if (!chosen.contains(source)) {
        chosen.add(source);
      }
    }
    return chosen;
  }

  /** A rank drawn with probability proportional to 1 / (rank + 1)^s. */
  private int popularRank(SplittableRandom random) {
    double target = random.nextDouble() * cumulative[SOURCES - 1];
    int low = 0;
    int high = SOURCES - 1;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (cumulative[middle] < target) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  private static List<Source> makeSources(long seed) {
    SplittableRandom random = new SplittableRandom(mix(seed, -1));
    List<Source> sources = new ArrayList<>(SOURCES);
    for (String[] famous : FAMOUS) {
      Source.Builder source = Source.builder().id(famous[0]).title(famous[1])
          .medium(Medium.valueOf(famous[2])).form(Form.FILM).year(Year.of(Integer.parseInt(famous[3])));
      for (int i = 4; i < famous.length; i += 2) {
        source.addCast(CastMember.of(famous[i], famous[i + 1]));
      }
      sources.add(source.build());
    }
    for (int rank = FAMOUS.length; rank < SOURCES; rank++) {
      int draw = random.nextInt(100);
      Medium medium = draw < 55 ? Medium.ANIMATION : draw < 85 ? Medium.ANIME
          : draw < 95 ? Medium.LIVE_ACTION : Medium.VIDEO_GAME;
      Source.Builder source = Source.builder().id(String.format("s-%04d", rank))
          .title("Source " + rank).medium(medium)
          .form(random.nextBoolean() ? Form.FILM : Form.SERIES)
          .year(Year.of(1937 + random.nextInt(88)));
      if (random.nextInt(8) == 0) {
        source.franchise("Franchise " + rank / 8);
      }
      int kind = random.nextInt(100);
      if (kind >= 15) {
        // 15% list no characters; of the rest, animation mostly has animals, live action rarely.
        boolean animals = medium.isAnimated() ? kind < 85 : kind < 30;
        int members = 1 + random.nextInt(5);
        for (int m = 0; m < members; m++) {
          Species species = animals && m % 2 == 0
              ? ANIMALS[random.nextInt(ANIMALS.length)] : Species.HUMAN;
          source.addCast(CastMember.of("Character " + rank + "." + m, species));
        }
      }
      sources.add(source.build());
    }
    return List.copyOf(sources);
  }

  /** A well-mixed seed for one video (SplitMix64's finaliser). */
  private static long mix(long seed, long index) {
    long z = seed + 0x9E3779B97F4A7C15L * (index + 1);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * Writes a catalogue file: {@code CatalogueGenerator COUNT FILE [SEED]}.
   *
   * @param args  the number of videos, the file, optionally the seed
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: CatalogueGenerator COUNT FILE [SEED]");
      System.exit(2);
    }
    int count = Integer.parseInt(args[0].replace("_", ""));
    Path file = Path.of(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_SEED;
    long start = System.nanoTime();
    of(seed).write(file, count);
    System.err.printf("wrote %,d videos to %s in %.1f s%n", count, Objects.requireNonNull(file),
        (System.nanoTime() - start) / 1e9);
  }
}
