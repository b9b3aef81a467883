/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.amvkit.core.Problem;
import org.amvkit.core.Problems;
import org.amvkit.core.Source;
import org.amvkit.core.Video;
import org.amvkit.core.internal.OrderedPipeline;

/**
 * Reads the videos of a catalogue file on several threads: this thread cuts the file into each
 * video's bytes ({@link VideoSplitter}), which is cheap, and workers parse them
 * ({@link SliceReader}) and map the videos, which is not; the results come back here in document
 * order ({@link OrderedPipeline}), where the ids are compared (a repeat needs the videos before)
 * and the sink is called.
 *
 * <p>What a reader in one piece would report, this reports: the same problems, in the same
 * order, at the same path, line and column, for the same first bad video; the results of the
 * videos before it reach the sink, and nothing after it. Where the cut cannot be trusted (see
 * {@link VideoSplitter}), this stops before that video and says so: the caller reads the rest in
 * one piece.
 */
final class SplitReading {

  private final Path file;
  private final JsonLocation videosStart;
  /** The catalogue's sources, made once and only read by every thread. */
  private final SourcesById sources;
  private final VideoIds ids;
  /** Where the videos handed to the sink end in the file: how far reading has come. */
  private volatile long position;
  private int videosRead;
  /** The splitter, told of each slice handed on so that it can use its array again. */
  private VideoSplitter splitter;

  /**
   * @param videosStart  where the parser of the document stands: just after the {@code [} of its
   *     videos, none read
   */
  SplitReading(Path file, JsonLocation videosStart, List<Source> sources, RepeatedIds ids,
      IntFunction<String> idAgain) {
    this.file = file;
    this.videosStart = videosStart;
    this.position = videosStart.getByteOffset();
    this.sources = new SourcesById(sources);
    this.ids = new VideoIds(ids, idAgain);
  }

  /**
   * Tells whether a file can be split: it must be UTF-8 without a byte order mark, as nearly every
   * catalogue is (Jackson detects the others, and counts their columns otherwise).
   */
  static boolean canSplit(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(4);
      if (head.length == 0 || (head[0] & 0xFF) >= 0x80) {
        return false;
      }
      for (byte b : head) {
        if (b == 0) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Maps the videos on {@code workers} threads and hands the results to the sink, in document
   * order.
   *
   * @return -1 once every video was read and the document checked to its end; otherwise the
   *     index of the video from which the caller must read in one piece (those before it were
   *     handed to the sink)
   * @throws CatalogueFormatException for the first bad video, after the results of those before
   * @throws UncheckedIOException if the file cannot be read
   */
  <R> int mapInOrder(int workers, Function<? super Video, ? extends R> mapping,
      Consumer<? super R> sink) {
    ThreadLocal<SliceReader> readers = ThreadLocal.withInitial(() -> new SliceReader(sources));
    try (InputStream in = Files.newInputStream(file);
        VideoSplitter cutter = open(in);
        OrderedPipeline<VideoRun, List<Mapped<R>>> pipeline = OrderedPipeline.start(workers,
            run -> readers.get().read(run, (parsed, video) -> Mapped.of(parsed, video, mapping)),
            videos -> videos.forEach(mapped -> accept(mapped, sink)))) {
      try {
        List<VideoSlice> run = new ArrayList<>(VideoRun.MAX_VIDEOS);
        VideoSlice slice;
        while ((slice = cutter.next()) != null) {
          if (!run.isEmpty() && !VideoRun.mayJoin(run, slice)) {
            handOn(new VideoRun(run), pipeline);
            run.clear();
          }
          run.add(slice);
        }
        if (!run.isEmpty()) {
          handOn(new VideoRun(run), pipeline);
        }
        pipeline.finish();
      } catch (Cut cut) {
        return cut.index;
      }
      if (!cutter.finished()) {
        return cutter.index();
      }
      position = cutter.position();
      return -1;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <R> void handOn(VideoRun run, OrderedPipeline<VideoRun, R> pipeline) {
    pipeline.accept(run, run.weight());
  }

  /** How far reading has come: the file offset after the last video handed to the sink. */
  long position() {
    return position;
  }

  /** How many videos were handed to the sink. */
  int videosRead() {
    return videosRead;
  }

  private VideoSplitter open(InputStream in) throws IOException {
    in.skipNBytes(videosStart.getByteOffset());
    splitter = new VideoSplitter(in, videosStart.getByteOffset(), videosStart.getLineNr(),
        videosStart.getColumnNr());
    return splitter;
  }

  /** Takes a parsed video, in document order: checks its id, then hands its result on. */
  private <R> void accept(Mapped<R> mapped, Consumer<? super R> sink) {
    SliceReader.Parsed parsed = mapped.parsed();
    VideoSlice slice = parsed.slice();
    if (!parsed.wellFormed()) {
      throw new Cut(slice.index());
    }
    String id = parsed.id();
    int earlier = id == null ? -1 : ids.earlierWith(id);
    if (earlier >= 0) {
      throw withRepeat(parsed, VideoIds.alreadyTheIdOf(id, earlier));
    }
    if (parsed.problems() != null) {
      throw parsed.problems();
    }
    if (mapped.failure() != null) {
      throw mapped.failure();
    }
    position = slice.end();
    videosRead++;
    splitter.handedOn(slice.index());
    sink.accept(mapped.result());
  }

  /**
   * A video's problems with its repeated id, as the reader in one piece reports them: the repeat
   * follows the problems of its fields (it is found as the video ends); a video whose fields were
   * valid has no other problem there (the value is not built once the repeat is reported), and
   * the repeat is where the video ends.
   */
  private static CatalogueFormatException withRepeat(SliceReader.Parsed parsed, String message) {
    VideoSlice slice = parsed.slice();
    Problem repeat = Problem.of(slice.path() + ".id", message);
    CatalogueFormatException found = parsed.problems();
    if (found == null || parsed.fieldsValid()) {
      return new CatalogueFormatException(List.of(repeat), slice.endLine(), slice.endColumn());
    }
    List<Problem> listed = new ArrayList<>(found.problems());
    int omitted = found.omitted();
    if (listed.size() < Problems.MAX_LISTED) {
      listed.add(repeat);
    } else {
      omitted++;
    }
    return new CatalogueFormatException(listed, omitted, found.line(), found.column());
  }

  /**
   * A parsed video with what the mapping made of it, or how the mapping failed: kept to be thrown
   * in document order, after the problems of the videos before.
   */
  private record Mapped<R>(SliceReader.Parsed parsed, R result, RuntimeException failure) {

    /** A video parsed, mapped if it was read (null if not). */
    static <R> Mapped<R> of(SliceReader.Parsed parsed, Video video,
        Function<? super Video, ? extends R> mapping) {
      if (video == null) {
        return new Mapped<>(parsed, null, null);
      }
      try {
        return new Mapped<>(parsed, mapping.apply(video), null);
      } catch (RuntimeException e) {
        return new Mapped<>(parsed, null, e);
      }
    }
  }

  /** Ends the pipeline where the cut cannot be trusted; carries the index to read on from. */
  private static final class Cut extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int index;

    Cut(int index) {
      super(null, null, false, false);
      this.index = index;
    }
  }
}
