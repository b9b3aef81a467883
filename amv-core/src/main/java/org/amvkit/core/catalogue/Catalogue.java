/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.catalogue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amvkit.core.InvalidValueException;
import org.amvkit.core.Problem;
import org.amvkit.core.Source;
import org.amvkit.core.Video;
import org.immutables.value.Value;

/**
 * The sources an archive knows and the videos that use them, held in memory. Building one checks
 * what only the catalogue as a whole can check, and reports every problem at once: two sources or
 * two videos under one id, and a video using a source the catalogue does not know (or a different
 * source under a known id).
 *
 * <pre>{@code
 * Catalogue catalogue = Catalogue.builder()
 *     .addSources(balto, bolt)
 *     .addVideos(runFree)
 *     .build();
 * catalogue.source("balto");   // Optional[Balto]
 * catalogue.video("v-001");    // Optional[Run Free]
 * }</pre>
 *
 * <p>For catalogues too large for memory, read videos one by one with the streaming reader and
 * check each with {@link #checkSources(Map, Video)}.
 */
@Value.Immutable
public abstract class Catalogue {

  Catalogue() {}

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the sources, in the order given.
   *
   * @return the sources, not null
   */
  public abstract List<Source> sources();

  /**
   * Returns the videos, in the order given.
   *
   * @return the videos, not null
   */
  public abstract List<Video> videos();

  /**
   * Finds a source by id.
   *
   * @param id  the source's id, not null
   * @return the source, or empty if the catalogue has none under that id, not null
   */
  public Optional<Source> source(String id) {
    return Optional.ofNullable(sourcesById().get(id));
  }

  /**
   * Finds a video by id.
   *
   * @param id  the video's id, not null
   * @return the video, or empty if the catalogue has none under that id, not null
   */
  public Optional<Video> video(String id) {
    return Optional.ofNullable(videosById().get(id));
  }

  @Value.Lazy
  Map<String, Source> sourcesById() {
    return index(sources(), Source::id);
  }

  @Value.Lazy
  Map<String, Video> videosById() {
    return index(videos(), Video::id);
  }

  private static <T> Map<String, T> index(List<T> values, java.util.function.Function<T, String> id) {
    Map<String, T> byId = new LinkedHashMap<>();
    for (T value : values) {
      byId.putIfAbsent(id.apply(value), value);
    }
    return Collections.unmodifiableMap(byId);
  }

  /**
   * Lists the problems of a video's sources against the sources a catalogue knows: a source id
   * the catalogue lacks, or a source that differs from the catalogue's under the same id.
   *
   * @param known  the catalogue's sources by id, not null
   * @param video  the video, not null
   * @return the problems, with fields relative to the video, empty if none, not null
   */
  public static List<Problem> checkSources(Map<String, Source> known, Video video) {
    List<Problem> problems = new ArrayList<>();
    for (Source source : video.usedSources()) {
      Source catalogued = known.get(source.id());
      if (catalogued == null) {
        problems.add(Problem.of(fieldOf(video, source), "video " + video.id() + ": source \""
            + source.id() + "\" is not in the catalogue"));
      } else if (!catalogued.equals(source)) {
        problems.add(Problem.of(fieldOf(video, source), "video " + video.id() + ": source \""
            + source.id() + "\" differs from the catalogue's source of that id"));
      }
    }
    return problems;
  }

  /** Where in the video a source first appears: a declared source, or a clip's. */
  private static String fieldOf(Video video, Source source) {
    int declared = video.sources().indexOf(source);
    if (declared >= 0) {
      return "sources[" + declared + "]";
    }
    for (int i = 0; i < video.clips().size(); i++) {
      if (video.clips().get(i).source().equals(source)) {
        return "clips[" + i + "].source";
      }
    }
    return "sources";
  }

  @Value.Check
  void check() {
    List<Problem> problems = new ArrayList<>();
    Map<String, Source> known = new HashMap<>();
    for (int i = 0; i < sources().size(); i++) {
      Source source = sources().get(i);
      if (known.putIfAbsent(source.id(), source) != null) {
        problems.add(Problem.of("sources[" + i + "].id",
            "catalogue: two sources have the id \"" + source.id() + "\""));
      }
    }
    Map<String, Integer> videoIds = new HashMap<>();
    for (int i = 0; i < videos().size(); i++) {
      Video video = videos().get(i);
      if (videoIds.putIfAbsent(video.id(), i) != null) {
        problems.add(Problem.of("videos[" + i + "].id",
            "catalogue: two videos have the id \"" + video.id() + "\""));
      }
      for (Problem problem : checkSources(known, video)) {
        problems.add(problem.under("videos[" + i + "]"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidValueException(problems);
    }
  }

  /** Builds a {@link Catalogue}; obtained from {@link Catalogue#builder()}. */
  public static final class Builder extends ImmutableCatalogue.Builder {
    Builder() {}
  }
}
