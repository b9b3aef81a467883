/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.amvkit.core.Video;
import org.junit.jupiter.api.Test;

/**
 * The reader hands out videos while the input is still being produced: it never needs the whole
 * document. The input here is generated on demand and counts how much of it was asked for.
 */
class CatalogueStreamingTest {

  private static final int VIDEOS = 20_000;

  @Test
  void videos_are_handed_out_before_the_input_is_consumed() throws IOException {
    // given
    GeneratedCatalogue input = new GeneratedCatalogue(VIDEOS);

    try (CatalogueReader reader = CatalogueReader.open(input)) {
      // when
      Video first = reader.next();

      // then: only a buffer's worth of the input was produced, and less than that parsed
      assertThat(first.id()).isEqualTo("v-0");
      assertThat(input.videosProduced()).isLessThan(100);
      assertThat(reader.bytesRead()).isPositive().isLessThanOrEqualTo(input.bytesProduced());

      // and when the rest is read, progress grows with it
      long count = 1;
      long lastProgress = reader.bytesRead();
      while (reader.hasNext()) {
        Video video = reader.next();
        count++;
        if (count % 5_000 == 0) {
          assertThat(video.id()).isEqualTo("v-" + (count - 1));
          assertThat(reader.bytesRead()).isGreaterThan(lastProgress);
          assertThat((long) input.videosProduced()).isLessThan(count + 100);
          lastProgress = reader.bytesRead();
        }
      }
      assertThat(count).isEqualTo(VIDEOS);
      assertThat(reader.videosRead()).isEqualTo(VIDEOS);
      assertThat(reader.bytesRead()).isEqualTo(input.bytesProduced());
    }
    assertThat(input.isClosed()).isTrue();
  }

  /** An {@code amv-catalogue/1} document with many videos, produced as it is read. */
  static final class GeneratedCatalogue extends InputStream {

    private static final byte[] HEADER = ("{\"format\": \"amv-catalogue/1\", \"sources\": [\n"
        + "  {\"id\": \"balto\", \"title\": \"Balto\", \"medium\": \"animation\","
        + " \"characters\": [{\"name\": \"Balto\", \"species\": \"wolfdog\"}]},\n"
        + "  {\"id\": \"bolt\", \"title\": \"Bolt\", \"medium\": \"animation\"}\n"
        + "], \"videos\": [\n").getBytes(UTF_8);
    private static final byte[] FOOTER = "]}\n".getBytes(UTF_8);

    private final int videos;
    private int videosProduced;
    private long bytesProduced;
    private byte[] chunk = HEADER;
    private int position;
    private boolean footerProduced;
    private boolean closed;

    GeneratedCatalogue(int videos) {
      this.videos = videos;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (length == 0) {
        return 0;
      }
      if (position == chunk.length && !nextChunk()) {
        return -1;
      }
      int n = Math.min(length, chunk.length - position);
      System.arraycopy(chunk, position, buffer, offset, n);
      position += n;
      bytesProduced += n;
      return n;
    }

    private boolean nextChunk() {
      if (videosProduced < videos) {
        chunk = video(videosProduced).getBytes(UTF_8);
        videosProduced++;
      } else if (!footerProduced) {
        chunk = FOOTER;
        footerProduced = true;
      } else {
        return false;
      }
      position = 0;
      return true;
    }

    private static String video(int i) {
      return (i == 0 ? "" : ",\n") + "{\"id\": \"v-" + i + "\", \"title\": \"Run Free " + i
          + "\", \"duration\": \"PT3M41S\", \"creators\": [{\"name\": \"SnowPaw\", \"country\":"
          + " \"NL\"}], \"sources\": [\"bolt\"], \"clips\": [{\"source\": \"balto\", \"start\":"
          + " \"PT0S\", \"end\": \"PT4.5S\", \"characters\": [\"Balto\"]}], \"music\": [{\"title\":"
          + " \"Run\", \"artist\": \"Some Band\", \"genre\": \"rock\"}], \"software\":"
          + " [\"sony-vegas\"], \"published\": \"2011-03-02\", \"tags\": [\"t" + (i % 7) + "\"]}";
    }

    int videosProduced() {
      return videosProduced;
    }

    long bytesProduced() {
      return bytesProduced;
    }

    boolean isClosed() {
      return closed;
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
