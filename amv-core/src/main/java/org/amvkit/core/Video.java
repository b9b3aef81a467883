/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core;

import java.time.Duration;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.TreeSet;
import org.amvkit.core.internal.VideoFacts;
import org.immutables.value.Value;

/**
 * A fan-made music video: footage from one or more sources, set to music, made by one or more
 * creators.
 *
 * <pre>{@code
 * Video video = Video.builder()
 *     .id("v-001").title("Run Free").duration(Duration.parse("PT3M41S"))
 *     .addCreators(Creator.of("SnowPaw", "NL"))
 *     .addSources(balto, bolt)
 *     .addMusic(Music.of("Run", "Some Band"))
 *     .addSoftware(EditingSoftware.SONY_VEGAS)
 *     .dedication(Dedication.birthday("FoxFan"))
 *     .build();
 * video.usedSources();       // [balto, bolt]
 * video.isAllAnimated();     // true
 * }</pre>
 *
 * <p>A video may name its sources coarsely ({@link #sources()}, as a catalogue knows them), lay out
 * its footage finely ({@link #clips()}), or both; the sources it <em>uses</em> are the union. The
 * facts rules read most — {@link #usedSources()}, {@link #isAllAnimated()}, {@link #isAllAnime()},
 * {@link #hasOverlappingClips()} — are computed once, when the video is built.
 *
 * <p>Building checks the video as a whole and reports every problem at once in an
 * {@link InvalidValueException}: blank id or title, a running time that is not positive, no
 * creator, a clip or a piece of music that ends after the video's known running time, music or
 * sources given for a video whose music or sources are said not to be recorded, two different
 * sources under one id, a blank tag. Whether a source is known to a catalogue is the catalogue's
 * question, not the video's.
 *
 * <p><b>Missing is not "no".</b> Facts a catalogue may not record are optional, and their absence
 * means "not known", never "none": a {@linkplain #flag(ContentFlag) flag} that is absent, a
 * {@link #published()} date that is empty, and {@link #awards()}, which is empty when the awards
 * are not recorded and an empty list when the video is recorded as having won none. Rules answer
 * unknown for what is not known. The same holds for the {@link #duration()}, a source's
 * {@linkplain Source#medium() medium}, the {@linkplain #musicRecorded() music} and the
 * {@linkplain #sourcesRecorded() sources}.
 */
@Value.Immutable
public abstract class Video {

  static {
    // The fast path's facts, read through core.internal: before any video can exist.
    VideoFacts.grant(video -> ((Video) video).facts());
  }

  Video() {}

  /**
   * Returns a builder. {@code Video.builder().from(video)} starts from a copy.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the identifier catalogues use for this video.
   *
   * @return the id, not null, not blank
   */
  public abstract String id();

  /**
   * Returns the title.
   *
   * @return the title, not null, not blank
   */
  public abstract String title();

  /**
   * Returns the running time, if it is recorded.
   *
   * @return the duration, positive, or empty if not recorded, not null
   */
  public abstract Optional<Duration> duration();

  /**
   * Returns the people who made it, the main editor first. Two or more make a collaboration.
   *
   * @return the creators, at least one, not null
   */
  public abstract List<Creator> creators();

  /**
   * Returns the sources the video is said to use, as a catalogue lists them. Sources of the
   * {@link #clips()} need not be repeated here; see {@link #usedSources()}.
   *
   * @return the declared sources, possibly empty, not null
   * @see #sourcesRecorded()
   */
  public abstract List<Source> sources();

  /**
   * Tells whether the video's sources are recorded at all. When they are not, {@link #sources()},
   * {@link #clips()} and {@link #usedSources()} are empty and mean "not known", not "none", and
   * the rules that count sources are unknown. A catalogue records them by listing
   * {@code sources} or {@code clips}, even an empty list.
   *
   * <p>A flag beside the lists rather than an {@code Optional<List<Source>>} (the way
   * {@link #awards()} does it): the sources are the union of two lists, and the lists keep the
   * meaning every caller already gives them, so that a caller that does not care about the
   * difference reads them as before and only a caller that does asks this.
   *
   * @return true (the default) if the sources are recorded, even as none; false if not recorded
   */
  @Value.Default
  public boolean sourcesRecorded() {
    return true;
  }

  /**
   * Returns the clips on the video's timeline, where known.
   *
   * @return the clips, possibly empty, not null
   */
  public abstract List<Clip> clips();

  /**
   * Returns the music the video is set to.
   *
   * @return the music, empty if the video has none or it is not known, not null
   * @see #musicRecorded()
   */
  public abstract List<Music> music();

  /**
   * Tells whether the video's music is recorded at all: when it is not, {@link #music()} is empty
   * and means "not known", not "set to no music", and {@code has-music} is unknown.
   *
   * <p>A flag beside the list rather than an {@code Optional<List<Music>>} (the way
   * {@link #awards()} does it) on purpose: {@code video.music().isEmpty()} would still compile on
   * an {@code Optional} and silently mean the opposite, and the builder's {@code addMusic} and
   * every loop over the music stay as they are.
   *
   * <pre>{@code
   * Video.builder()...build();                        // recorded as set to no music
   * Video.builder()...musicRecorded(false).build();   // whether there is music is not known
   * }</pre>
   *
   * @return true (the default) if the music is recorded, even as none; false if not recorded
   */
  @Value.Default
  public boolean musicRecorded() {
    return true;
  }

  /**
   * Returns the programs the video was edited with.
   *
   * @return the editing software, possibly empty, not null
   */
  public abstract List<EditingSoftware> software();

  /**
   * Returns the date the video was first shown publicly, uploaded or screened.
   *
   * @return the date, or empty if unknown, not null
   */
  public abstract Optional<LocalDate> published();

  /**
   * Returns to whom the video is dedicated, as for a birthday present.
   *
   * @return the dedication, or empty, not null
   */
  public abstract Optional<Dedication> dedication();

  /**
   * Returns the styles archives and contests file the video under (Action, Drama, …), which
   * they call categories.
   *
   * @return the styles, possibly empty, not null
   */
  public abstract List<Style> styles();

  /**
   * Returns the content flags known for this video; a flag that is absent is unknown.
   *
   * @return the known flags and their values, not null
   */
  public abstract Map<ContentFlag, Boolean> flags();

  /**
   * Returns the awards the video won at contests and other events, if they are recorded. The
   * three cases are kept apart on purpose, because contests exclude earlier winners and a rule
   * must not read "not recorded" as "won none":
   *
   * <ul>
   *   <li>empty: whether the video won anything is not recorded (the default);</li>
   *   <li>an empty list: the video is recorded as having won no award;</li>
   *   <li>a list of awards: the awards it won, in the order given.</li>
   * </ul>
   *
   * <pre>{@code
   * Video.builder()...build().awards();                       // Optional.empty: not recorded
   * Video.builder()...awards(List.of()).build().awards();     // Optional[[]]: won none
   * Video.builder()...awards(List.of(Award.of("Otakon 2010 AMV Contest", "Drama", Year.of(2010))))
   * }</pre>
   *
   * <p>The list is unmodifiable: building copies the list it is given.
   *
   * @return the awards won, possibly an empty list, or empty if not recorded, not null
   */
  public abstract Optional<List<Award>> awards();

  /**
   * Returns free-form tags.
   *
   * @return the tags, possibly empty, not null
   */
  public abstract Set<String> tags();

  /**
   * Returns the video's pages on the web by name, as a catalogue records them: its upload on each
   * site, say, {@code "youtube" -> "https://www.youtube.com/watch?v=…"}. Names and addresses are
   * kept as given; amvkit reads nothing into them.
   *
   * @return the links by name, in the order given, possibly empty, not null
   */
  public abstract Map<String, String> links();

  /**
   * Returns what a catalogue records of the video that amvkit does not model, as text by name: a
   * personal rating, a note, the path of a local copy. An import keeps here what the program it
   * reads from holds beside the modelled facts (AMV Tracker's {@code my_rating}, {@code comments},
   * …), so that nothing the user entered is lost in the catalogue written out.
   *
   * @return the attributes by name, in the order given, possibly empty, not null
   */
  public abstract Map<String, String> attributes();

  /**
   * Returns a content flag's value, if known.
   *
   * @param flag  the flag, not null
   * @return true or false if known, empty if unknown, not null
   */
  public Optional<Boolean> flag(ContentFlag flag) {
    return Optional.ofNullable(flags().get(flag));
  }

  /**
   * Returns the distinct sources the video uses: those declared in {@link #sources()} and those of
   * its {@link #clips()}. Computed once; independent of the order of sources and clips.
   *
   * @return the used sources, ordered by id, not null
   */
  @Value.Derived
  @Value.Auxiliary
  public Set<Source> usedSources() {
    return SourceSet.firstOfEachId(sources(), clips());
  }

  /**
   * Tells whether the video uses at least one source and all of them are animated (anime or other
   * animation): the footage criterion of the All The Tropes definition.
   *
   * @return true if every used source is animated; false if one is not, or its medium is not
   *     recorded, or none is known
   */
  @Value.Derived
  @Value.Auxiliary
  public boolean isAllAnimated() {
    Set<Source> used = usedSources();
    if (used.isEmpty()) {
      return false;
    }
    for (Source source : used) {
      if (!source.isAnimated()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether the video uses at least one source and all of them are anime: the real-world
   * sense of "anime music video".
   *
   * @return true if every used source is anime; false if one is not, or its medium is not
   *     recorded, or none is known
   */
  @Value.Derived
  @Value.Auxiliary
  public boolean isAllAnime() {
    Set<Source> used = usedSources();
    if (used.isEmpty()) {
      return false;
    }
    for (Source source : used) {
      if (source.medium().orElse(null) != Medium.ANIME) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether the video uses at least one source and none of them is known not to be
   * animated: every source is animated or its medium is not recorded. When this is true and
   * {@link #isAllAnimated()} is false, whether all footage is animated is not known.
   *
   * @return true if the recorded media leave "all animated" possible
   */
  @Value.Derived
  @Value.Auxiliary
  public boolean mayBeAllAnimated() {
    Set<Source> used = usedSources();
    if (used.isEmpty()) {
      return false;
    }
    for (Source source : used) {
      Optional<Medium> medium = source.medium();
      if (medium.isPresent() && !medium.get().isAnimated()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether the video uses at least one source and none of them is known not to be anime:
   * every source is anime or its medium is not recorded. When this is true and
   * {@link #isAllAnime()} is false, whether all footage is anime is not known.
   *
   * @return true if the recorded media leave "all anime" possible
   */
  @Value.Derived
  @Value.Auxiliary
  public boolean mayBeAllAnime() {
    Set<Source> used = usedSources();
    if (used.isEmpty()) {
      return false;
    }
    for (Source source : used) {
      Optional<Medium> medium = source.medium();
      if (medium.isPresent() && medium.get() != Medium.ANIME) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether some of the clips overlap in time, as layers and compositing do. Where none
   * overlap, all of every clip is on screen, so the clips' sources alone say what the footage is;
   * where some do, a clip may lie wholly under others and only its timeline
   * ({@code Timeline.of(video)}) tells.
   *
   * <pre>{@code
   * // Balto 0:00-0:10, Bolt 0:10-0:20: laid end to end
   * video.hasOverlappingClips();   // false
   * }</pre>
   *
   * @return true if two clips share a moment; false if no clip starts before another has ended
   */
  @Value.Derived
  @Value.Auxiliary
  public boolean hasOverlappingClips() {
    List<Clip> clips = clips();
    // Clips are almost always listed in time order: then one pass decides. Otherwise sort a copy.
    Duration end = Duration.ZERO;
    for (int i = 0; i < clips.size(); i++) {
      Clip clip = clips.get(i);
      if (i > 0 && clip.start().compareTo(clips.get(i - 1).start()) < 0) {
        return overlapInAnyOrder(clips);
      }
      if (clip.start().compareTo(end) < 0) {
        return true;
      }
      end = clip.end().compareTo(end) > 0 ? clip.end() : end;
    }
    return false;
  }

  /**
   * The facts amv-rules' fast path reads, worked out once from the answers above (see
   * {@link VideoFacts}); declared after them, as Immutables computes derived values in order.
   */
  @Value.Derived
  @Value.Auxiliary
  int facts() {
    return FactBits.of(this);
  }

  /** Clips overlap when their lengths add up to more than the time they cover together. */
  private static boolean overlapInAnyOrder(List<Clip> clips) {
    List<Interval> intervals = new ArrayList<>(clips.size());
    Duration lengths = Duration.ZERO;
    for (Clip clip : clips) {
      intervals.add(clip.interval());
      lengths = lengths.plus(clip.length());
    }
    return lengths.compareTo(Interval.coveredBy(intervals)) > 0;
  }

  /**
   * Tells whether two or more creators made the video together.
   *
   * @return true for a collaboration
   */
  public boolean isCollaboration() {
    return creators().size() >= 2;
  }

  /**
   * Returns the countries of the creators, as far as known.
   *
   * @return the ISO 3166-1 alpha-2 codes, sorted, not null
   */
  @Value.Lazy
  public Set<String> countries() {
    Set<String> countries = new TreeSet<>();
    for (Creator creator : creators()) {
      creator.country().ifPresent(countries::add);
    }
    return Collections.unmodifiableSet(countries);
  }

  /**
   * Checks the video as a whole and returns it, with its {@link #awards()} copied into an
   * unmodifiable list if they were given as any other list (the builder keeps the list it is
   * given, as it does any optional value).
   */
  @Value.Check
  Video check() {
    Problems problems = Problems.of("video", id())
        .requireNonBlank("id", id())
        .requireNonBlank("title", title());
    Optional<Duration> duration = duration();
    if (duration.isPresent() && (duration.get().isZero() || duration.get().isNegative())) {
      problems.add("duration", duration.get().isZero() ? "duration is zero"
          : "duration " + duration.get() + " is negative");
    }
    if (creators().isEmpty()) {
      problems.add("creators", "has no creator");
    }
    if (duration.isPresent()) {
      checkWithin(duration.get(), problems);
    }
    if (!musicRecorded() && !music().isEmpty()) {
      problems.add("music", "music is not recorded, yet " + music().size() + " is given");
    }
    if (!sourcesRecorded() && !(sources().isEmpty() && clips().isEmpty())) {
      problems.add("sources", "sources are not recorded, yet " + sources().size()
          + " sources and " + clips().size() + " clips are given");
    }
    checkOneSourcePerId(problems);
    int blankTags = 0;
    for (String tag : tags()) {
      blankTags += tag.isBlank() ? 1 : 0;
    }
    if (blankTags > 0) {
      problems.add("tags", blankTags == 1 ? "a tag is blank" : blankTags + " tags are blank");
    }
    problems.throwIfAny();
    Optional<List<Award>> awards = awards();
    if (awards.isEmpty() || awards.get() instanceof AwardList) {
      return this;
    }
    return builder().from(this).awards(new AwardList(awards.get())).build();
  }

  /** No clip or music ends after the known running time. */
  private void checkWithin(Duration duration, Problems problems) {
    for (int i = 0; i < clips().size(); i++) {
      Duration end = clips().get(i).end();
      if (end.compareTo(duration) > 0) {
        problems.add("clips[" + i + "].end", "clip " + (i + 1) + " ends at " + end
            + ", after the video's duration " + duration);
      }
    }
    for (int i = 0; i < music().size(); i++) {
      Optional<Interval> position = music().get(i).position();
      if (position.isPresent() && position.get().end().compareTo(duration) > 0) {
        problems.add("music[" + i + "].position", "music " + (i + 1) + " ends at "
            + position.get().end() + ", after the video's duration " + duration);
      }
    }
  }

  /**
   * The unmodifiable copy of a video's awards. Its own class, so that {@link #check()} knows a
   * list it has copied already, and copies every list once.
   */
  private static final class AwardList extends AbstractList<Award> implements RandomAccess {

    private final Award[] awards;

    AwardList(List<Award> awards) {
      this.awards = awards.toArray(new Award[0]);
      for (Award award : this.awards) {
        Objects.requireNonNull(award, "awards element");
      }
    }

    @Override
    public Award get(int index) {
      return awards[index];
    }

    @Override
    public int size() {
      return awards.length;
    }
  }

  /**
   * Two different sources under one id would make "distinct sources" ambiguous. The used sources
   * (computed before this check) hold the first source of each id.
   */
  private void checkOneSourcePerId(Problems problems) {
    SourceSet firstOfEachId = (SourceSet) usedSources();
    if (firstOfEachId.oneObjectPerId()) {
      return;
    }
    Set<String> reported = null;
    for (int i = 0; i < sources().size() + clips().size(); i++) {
      Source source = i < sources().size()
          ? sources().get(i) : clips().get(i - sources().size()).source();
      Source earlier = firstOfEachId.withIdOf(source);
      if (earlier == source || earlier.equals(source)) {
        continue;
      }
      if (reported == null) {
        reported = new TreeSet<>();
      }
      if (reported.add(source.id())) {
        String field = i < sources().size()
            ? "sources[" + i + "]" : "clips[" + (i - sources().size()) + "].source";
        problems.add(field, "source id \"" + source.id() + "\" names two different sources");
      }
    }
  }

  /** Builds a {@link Video}; obtained from {@link Video#builder()}. */
  public static final class Builder extends ImmutableVideo.Builder {
    Builder() {}
  }
}
