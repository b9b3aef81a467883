package org.amvkit.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.amvkit.core.Video;
import org.amvkit.rules.Classification;
import org.amvkit.rules.Classifier;
import org.amvkit.rules.builtin.BuiltInProfiles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Cost per video against the number of clips per video (1, 10, 40; a catalogue of 10,000 videos),
 * for the classifier and the hand-written baseline. The facts the rules read are computed when a
 * video is built, so classifying depends on the number of distinct sources (at most the number of
 * clips, here at most 8), not on the clips themselves.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Thread)
public class ClipsPerVideoBenchmark {

  @Param({"1", "10", "40"})
  int clips;

  private Video[] videos;
  private int next;
  private final Classifier classifier = Classifier.of(BuiltInProfiles.allTheTropes());

  @Setup(Level.Trial)
  public void generate() {
    List<Video> list = CatalogueGenerator.of(CatalogueGenerator.DEFAULT_SEED)
        .withClipsPerVideo(clips).videos(10_000);
    videos = list.toArray(new Video[0]);
  }

  private Video nextVideo() {
    Video video = videos[next];
    if (++next == videos.length) {
      next = 0;
    }
    return video;
  }

  @Benchmark
  public void classifier(Blackhole bh) {
    Classification c = classifier.classify(nextVideo());
    bh.consume(c.category());
    bh.consume(c.deviations());
    bh.consume(c);
  }

  @Benchmark
  public void handWritten(Blackhole bh) {
    Result r = HandWritten.classify(nextVideo());
    bh.consume(r.category());
    bh.consume(r.deviations());
    bh.consume(r);
  }
}
