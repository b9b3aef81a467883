/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.importers.tracker;

import static org.amvkit.importers.tracker.TrackerFile.fullRow;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.amvkit.importers.OnBadValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's file is never written, never locked for writing, never left with a journal. */
class ReadOnlyTest {

  @TempDir
  Path dir;

  private static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<String> filesInDir() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    }
  }

  private Path trackerFile(String name) {
    Path file = dir.resolve(name);
    try (TrackerFile tracker = TrackerFile.create(file)) {
      tracker.subDatabase("sub_db_1", "Old favourites")
          .insert("sub_db_0", fullRow("aB3dE5fG7h")).insert("sub_db_1", fullRow("zY9xW8vU7t"));
    }
    return file;
  }

  @Test
  void reading_every_part_of_a_file_leaves_its_bytes_and_its_folder_as_they_were()
      throws IOException {
    // given
    Path file = trackerFile("my database #1 (100%).db");
    String before = sha256(file);
    List<String> filesBefore = filesInDir();

    // when
    long read = 0;
    try (AmvTrackerDatabase database = AmvTrackerDatabase.open(file)) {
      for (SubDatabase sub : database.subDatabases()) {
        try (TrackerEntries entries = database.entries(sub.name(), OnBadValue.STOP)) {
          read += entries.stream().count();
        }
      }
      // then: no journal, write-ahead log or shared-memory file appears, even while it is open
      assertThat(filesInDir()).isEqualTo(filesBefore);
    }

    // then
    assertThat(read).isEqualTo(2);
    assertThat(sha256(file)).isEqualTo(before);
    assertThat(filesInDir()).containsExactly("my database #1 (100%).db");
  }

  @Test
  void a_file_open_for_reading_can_still_be_written_by_amv_tracker() throws IOException {
    // given
    Path file = trackerFile("my.db");

    try (AmvTrackerDatabase database = AmvTrackerDatabase.open(file);
        TrackerFile program = TrackerFile.bare(file)) {
      // when: the program saves a video while amvkit holds the file open
      program.insert("sub_db_0", fullRow("nEw0000001"));

      // then
      try (TrackerEntries entries = database.entries()) {
        assertThat(entries.stream().map(TrackerEntry::videoId))
            .containsExactly("aB3dE5fG7h", "nEw0000001");
      }
    }
  }
}
