/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.amvkit.core.json.Documents.BALTO;
import static org.amvkit.core.json.Documents.bytes;
import static org.amvkit.core.json.Documents.catalogue;
import static org.amvkit.core.json.Documents.sources;
import static org.amvkit.core.json.Documents.video;
import static org.amvkit.core.json.SplitReadingProperties.readInOnePiece;
import static org.amvkit.core.json.SplitReadingProperties.readInSlices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.amvkit.core.Video;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link CatalogueReader#mapInOrder}: every core on one catalogue, the results in document order,
 * bad input reported as reading in one piece reports it — also where the file cannot be cut
 * (a huge video, deep nesting, a byte order mark) and is read in one piece from there.
 */
class MapInOrderTest {

  @TempDir
  Path dir;

  @Test
  void a_file_is_mapped_on_worker_threads_and_handed_on_in_document_order() throws IOException {
    // given: many batches of videos
    Path file = write(IntStream.range(0, 2000).mapToObj(i -> video("v-" + i))
        .toArray(String[]::new));
    Set<String> mappedOn = ConcurrentHashMap.newKeySet();
    List<String> ids = new ArrayList<>();

    // when
    try (CatalogueReader reader = CatalogueReader.open(file)) {
      reader.mapInOrder(2, video -> {
        mappedOn.add(Thread.currentThread().getName());
        return video.id();
      }, ids::add);

      // then
      assertThat(reader.videosRead()).isEqualTo(2000);
      assertThat(reader.bytesRead()).isEqualTo(Files.size(file));
      assertThat(reader.hasNext()).isFalse();
    }
    assertThat(ids).containsExactlyElementsOf(
        IntStream.range(0, 2000).mapToObj(i -> "v-" + i).toList());
    assertThat(mappedOn).containsOnly("amv-worker");
  }

  @Test
  void a_file_of_many_chunks_reads_alike_in_slices_and_in_one_piece() throws IOException {
    // given: many times the chunk the splitter reads at once, so that its arrays are used again
    Path file = write(IntStream.range(0, 40_000).mapToObj(i -> video("v-" + i)
        .replace("Title v-", i % 3 == 0 ? "Title {v}-" : "Title \\\"v\\\"-"))
        .toArray(String[]::new));
    assertThat(Files.size(file)).isGreaterThan(16L * VideoSplitter.CHUNK);

    // when, then
    assertThat(readInSlices(file, 2)).isEqualTo(readInOnePiece(file)).endsWith("ok");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 999, 4321, 9000, 39_000})
  void the_splitter_uses_an_array_again_only_once_every_slice_cut_from_it_was_handed_on(int lag)
      throws IOException {
    // given: a file of many chunks, videos of uneven length, and a consumer behind the cutting
    String[] videos = IntStream.range(0, 40_000).mapToObj(i -> video("v-" + i)
        .replace("Title", "Title" + "!".repeat(i * 7 % 40))).toArray(String[]::new);
    byte[] file = catalogue(sources(BALTO), videos).getBytes(UTF_8);
    String opening = "\"videos\": [";
    int start = new String(file, UTF_8).indexOf(opening) + opening.length();
    VideoSplitter splitter = new VideoSplitter(new ByteArrayInputStream(file, start,
        file.length), start, 1, start + 1);
    ArrayDeque<VideoSlice> held = new ArrayDeque<>();

    // when
    for (VideoSlice slice; (slice = splitter.next()) != null; ) {
      held.addLast(slice);
      if (held.size() > lag) {
        splitter.handedOn(held.removeFirst().index());
      }
      // then: an array holds the slices of one run of chunks: none is used again while held
      assertThat(runsOfArrays(held)).doesNotHaveDuplicates();
    }
    assertThat(splitter.finished()).isTrue();
    held.forEach(slice -> assertThat(text(slice)).isEqualTo(videos[slice.index()]));
  }

  /** The arrays of the slices, in order, each run of slices of one array counted once. */
  private static List<Integer> runsOfArrays(ArrayDeque<VideoSlice> slices) {
    List<Integer> runs = new ArrayList<>();
    byte[] last = null;
    for (VideoSlice slice : slices) {
      if (slice.bytes() != last) {
        last = slice.bytes();
        runs.add(System.identityHashCode(last));
      }
    }
    return runs;
  }

  private static String text(VideoSlice slice) {
    return new String(slice.bytes(), slice.offset(), slice.length(), UTF_8);
  }

  @Test
  void a_bad_video_late_in_a_file_ends_the_reading_after_every_video_before_it()
      throws IOException {
    // given
    String[] videos = IntStream.range(0, 1200).mapToObj(i -> video("v-" + i))
        .toArray(String[]::new);
    videos[1100] = videos[1100].replace("PT3M41S", "PT-3M");
    Path file = write(videos);
    List<Video> read = new ArrayList<>();

    // when, then
    try (CatalogueReader reader = CatalogueReader.open(file)) {
      assertThatThrownBy(() -> reader.mapInOrder(3, video -> video, read::add))
          .isInstanceOf(CatalogueFormatException.class)
          .hasMessage("videos[1100].duration: \"PT-3M\" is not a valid duration");
      assertThatThrownBy(reader::hasNext).isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("the catalogue reader stopped at an earlier error");
    }
    assertThat(read).hasSize(1100);
    assertThat(readInSlices(file, 3)).isEqualTo(readInOnePiece(file));
  }

  @Test
  void a_repeated_id_is_reported_with_the_videos_other_problems_as_in_one_piece()
      throws IOException {
    // given: a repeat whose fields are bad; a repeat whose value the value type refuses
    Path badField = write(video("v-0"), video("v-1"),
        video("v-0").replace("PT3M41S", "PT-1S"));
    Path refused = write(video("v-0"), video("v-1"),
        video("v-0").replace("\"Title v-0\"", "\" \""));

    // when, then
    assertThat(readInSlices(badField, 2)).isEqualTo(readInOnePiece(badField)).endsWith(
        "videos[2].duration: \"PT-1S\" is not a valid duration; "
            + "videos[2].id: \"v-0\" is already the id of videos[0]");
    assertThat(readInSlices(refused, 2)).isEqualTo(readInOnePiece(refused))
        .endsWith(": videos[2].id: \"v-0\" is already the id of videos[0]");
  }

  @Test
  void a_mapping_that_throws_ends_the_reading_when_its_video_comes() throws IOException {
    // given
    Path file = write(IntStream.range(0, 700).mapToObj(i -> video("v-" + i))
        .toArray(String[]::new));
    List<String> ids = new ArrayList<>();

    // when, then
    try (CatalogueReader reader = CatalogueReader.open(file)) {
      assertThatThrownBy(() -> reader.mapInOrder(2, video -> {
        if (video.id().equals("v-600")) {
          throw new IllegalStateException("cannot map v-600");
        }
        return video.id();
      }, ids::add)).isInstanceOf(IllegalStateException.class).hasMessage("cannot map v-600");
    }
    assertThat(ids).hasSize(600).endsWith("v-599");
  }

  @Test
  void a_video_too_large_to_hold_is_read_in_one_piece_from_there() throws IOException {
    // given: a video of 20 MiB of tags between ordinary ones
    String tags = String.join(", ", java.util.Collections.nCopies(2_000_000, "\"tag-of-ten\""));
    String huge = withField(video("v-huge"), "\"tags\": [" + tags + "]");
    assertThat(huge.length()).isGreaterThan(VideoSplitter.MAX_VIDEO);
    Path file = write(video("v-0"), video("v-1"), huge, video("v-3"));
    List<String> ids = new ArrayList<>();

    // when
    try (CatalogueReader reader = CatalogueReader.open(file)) {
      reader.mapInOrder(2, Video::id, ids::add);
    }

    // then
    assertThat(ids).containsExactly("v-0", "v-1", "v-huge", "v-3");
  }

  @Test
  void nesting_deeper_than_a_slice_may_hold_is_read_in_one_piece_from_there() throws IOException {
    // given: an unknown field nested 80 levels deep, and after it a repeated id
    String deep = "[".repeat(80) + "]".repeat(80);
    Path file = write(video("v-0"), withField(video("v-1"), "\"x\": " + deep),
        video("v-2"), video("v-0"));

    // when, then
    assertThat(readInSlices(file, 2)).isEqualTo(readInOnePiece(file))
        .endsWith("videos[3].id: \"v-0\" is already the id of videos[0]");
  }

  @Test
  void a_file_with_a_byte_order_mark_is_read_in_one_piece() throws IOException {
    // given
    Path file = dir.resolve("bom.json");
    Files.writeString(file, "\uFEFF" + catalogue(sources(BALTO), video("v-0"),
        video("v-1").replace("PT3M41S", "3:41")), UTF_8);

    // when, then
    assertThat(readInSlices(file, 2)).isEqualTo(readInOnePiece(file))
        .endsWith("videos[1].duration: \"3:41\" is not a valid duration");
  }

  @Test
  void a_stream_is_read_on_this_thread_and_mapped_on_the_others() throws IOException {
    // given
    String json = catalogue(sources(BALTO), IntStream.range(0, 600)
        .mapToObj(i -> video("v-" + i)).toArray(String[]::new));
    List<String> ids = new ArrayList<>();

    // when
    try (CatalogueReader reader = CatalogueReader.open(bytes(json))) {
      reader.mapInOrder(3, Video::id, ids::add);
    }

    // then
    assertThat(ids).hasSize(600).startsWith("v-0").endsWith("v-599");
  }

  @Test
  void fewer_than_one_thread_is_refused() throws IOException {
    try (CatalogueReader reader = CatalogueReader.open(bytes(catalogue(sources(BALTO))))) {
      assertThatThrownBy(() -> reader.mapInOrder(0, video -> video, video -> { }))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("threads must be at least 1, not 0");
    }
  }

  /** A video object with one more field. */
  private static String withField(String video, String field) {
    return video.substring(0, video.length() - 1) + ", " + field + "}";
  }

  private Path write(String... videos) throws IOException {
    Path file = Files.createTempFile(dir, "catalogue", ".json");
    Files.writeString(file, catalogue(sources(BALTO), videos), UTF_8);
    return file;
  }
}
