package org.amvkit.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.amvkit.core.Clip;
import org.amvkit.core.Creator;
import org.amvkit.core.Medium;
import org.amvkit.core.Music;
import org.amvkit.core.Source;
import org.amvkit.core.Video;
import org.amvkit.core.timeline.Interval;
import org.amvkit.core.timeline.Share;
import org.amvkit.rules.Outcome;
import org.amvkit.rules.Rule;
import org.amvkit.rules.Status;
import org.amvkit.rules.builtin.ContestRules.Measure;

/** Properties of the contest rules: order, overlaps and thresholds. */
class ContestRulesProperties {

  private static final Duration LENGTH = Duration.ofMinutes(2);
  private static final List<Source> SOURCES = List.of(
      Source.of("akira", "Akira", Medium.ANIME),
      Source.of("wolfs-rain", "Wolf's Rain", Medium.ANIME),
      Source.of("balto", "Balto", Medium.ANIMATION),
      Source.of("eight-below", "Eight Below", Medium.LIVE_ACTION),
      Source.of("okami", "Okami", Medium.VIDEO_GAME));

  @Provide
  Arbitrary<Clip> clips() {
    return Combinators.combine(Arbitraries.of(SOURCES), Arbitraries.integers().between(0, 110),
            Arbitraries.integers().between(1, 40))
        .as((source, start, length) -> Clip.of(source, Duration.ofSeconds(start),
            Duration.ofSeconds(Math.min(start + length, 120))));
  }

  @Provide
  Arbitrary<Video> timelines() {
    return clips().list().ofMinSize(1).ofMaxSize(8).map(clips -> Video.builder()
        .id("v-1").title("Generated").duration(LENGTH).addCreators(Creator.of("SnowPaw"))
        .addAllClips(clips).build());
  }

  @Provide
  Arbitrary<Video> scoredVideos() {
    return Combinators.combine(Arbitraries.integers().between(0, 110),
            Arbitraries.integers().between(1, 120), Arbitraries.integers().between(0, 3))
        .as((start, length, pieces) -> {
          Video.Builder video = Video.builder().id("v-1").title("Generated").duration(LENGTH)
              .addCreators(Creator.of("SnowPaw"));
          for (int i = 0; i < pieces; i++) {
            int from = (start + 30 * i) % 110;
            video.addMusic(Music.builder().title("Song " + i).artist("Band")
                .position(Interval.of(Duration.ofSeconds(from),
                    Duration.ofSeconds(Math.min(from + length, 120)))).build());
          }
          return video.build();
        });
  }

  @Provide
  Arbitrary<Set<Medium>> media() {
    return Arbitraries.of(Medium.class).set().ofMinSize(1).map(EnumSet::copyOf);
  }

  @Provide
  Arbitrary<Share> shares() {
    return Arbitraries.integers().between(0, 100).map(percent -> Share.of(percent, 100));
  }

  @Provide
  Arbitrary<Measure> measures() {
    return Arbitraries.of(Measure.class);
  }

  @Property(tries = 200)
  void footage_share_does_not_depend_on_the_order_of_clips(@ForAll("timelines") Video video,
      @ForAll("media") Set<Medium> media, @ForAll("shares") Share min,
      @ForAll("measures") Measure measure, @ForAll Random random) {
    // given
    List<Clip> shuffled = new ArrayList<>(video.clips());
    Collections.shuffle(shuffled, random);
    Video reordered = Video.builder().from(video).clips(shuffled).build();
    Rule rule = ContestRules.footageShare(media, min, measure);

    // when
    Outcome before = rule.evaluate(video);
    Outcome after = rule.evaluate(reordered);

    // then
    assertThat(after.status()).isEqualTo(before.status());
    assertThat(after.explain()).isEqualTo(before.explain());
  }

  @Property(tries = 200)
  void a_clip_layered_twice_is_counted_once(@ForAll("timelines") Video video,
      @ForAll("media") Set<Medium> media, @ForAll("shares") Share min,
      @ForAll("measures") Measure measure) {
    // given: every clip twice, as if laid on two tracks
    Video layered = Video.builder().from(video).addAllClips(video.clips()).build();
    Rule rule = ContestRules.footageShare(media, min, measure);

    // then
    assertThat(rule.evaluate(layered).explain()).isEqualTo(rule.evaluate(video).explain());
  }

  @Property(tries = 200)
  void the_share_of_every_medium_is_the_coverage_never_more(@ForAll("timelines") Video video) {
    // given
    Set<Medium> all = EnumSet.allOf(Medium.class);

    // then
    assertThat(video.timeline().share(all)).isEqualTo(video.timeline().coverage());
    assertThat(ContestRules.footageShare(all, Share.ONE, Measure.FOOTAGE).evaluate(video)
        .status()).isEqualTo(Status.PASS);
  }

  @Property(tries = 200)
  void raising_the_footage_threshold_never_turns_a_fail_into_a_pass(
      @ForAll("timelines") Video video, @ForAll("media") Set<Medium> media,
      @ForAll("shares") Share a, @ForAll("shares") Share b, @ForAll("measures") Measure measure) {
    // given
    Share lower = a.compareTo(b) <= 0 ? a : b;
    Share higher = a.compareTo(b) <= 0 ? b : a;

    // when
    Status atLower = ContestRules.footageShare(media, lower, measure).evaluate(video).status();
    Status atHigher = ContestRules.footageShare(media, higher, measure).evaluate(video).status();

    // then
    if (atLower == Status.FAIL) {
      assertThat(atHigher).isEqualTo(Status.FAIL);
    }
  }

  @Property(tries = 200)
  void raising_the_music_threshold_never_turns_a_fail_into_a_pass(
      @ForAll("scoredVideos") Video video, @ForAll("shares") Share a, @ForAll("shares") Share b) {
    // given
    Share lower = a.compareTo(b) <= 0 ? a : b;
    Share higher = a.compareTo(b) <= 0 ? b : a;

    // when
    Status atLower = ContestRules.musicCoverage(lower).evaluate(video).status();
    Status atHigher = ContestRules.musicCoverage(higher).evaluate(video).status();

    // then
    if (atLower == Status.FAIL) {
      assertThat(atHigher).isEqualTo(Status.FAIL);
    }
    if (atHigher == Status.PASS) {
      assertThat(atLower).isEqualTo(Status.PASS);
    }
  }
}
