/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ids given twice are found, in their fingerprints, and fingerprints alone prove nothing. */
class RepeatedIdsTest {

  /** The key of the SipHash paper's test vectors: bytes 00 01 02 … 0f. */
  private static final long K0 = 0x0706050403020100L;
  private static final long K1 = 0x0f0e0d0c0b0a0908L;

  @Test
  void the_fingerprint_is_siphash_2_4_of_the_utf16le_bytes_as_the_reference_vectors_say() {
    // The reference vectors hash the bytes 00 01 02 …; two of them, little-endian, are a char.
    assertThat(RepeatedIds.sipHash24(K0, K1, "")).isEqualTo(0x726fdb47dd0e0e31L);
    assertThat(RepeatedIds.sipHash24(K0, K1, "\u0100")).isEqualTo(0x0d6c8009d9a94f5aL);
    assertThat(RepeatedIds.sipHash24(K0, K1, "\u0100\u0302\u0504\u0706"))
        .isEqualTo(0x93f5f5799a932462L);
    assertThat(RepeatedIds.sipHash24(K0, K1, "\u0100\u0302\u0504\u0706\u0908"))
        .isEqualTo(0x7a5dbbc594ddb9f3L);
    assertThat(RepeatedIds.sipHash24(K0, K1,
        "\u0100\u0302\u0504\u0706\u0908\u0b0a\u0d0c\u0f0e")).isEqualTo(0x3f2acc7f57c29bdbL);
  }

  @Test
  void a_repeated_id_answers_the_number_of_its_first_copy() {
    RepeatedIds ids = RepeatedIds.create();

    assertThat(ids.add("v-1")).isEqualTo(-1);
    assertThat(ids.add("v-2")).isEqualTo(-1);
    assertThat(ids.add("v-3")).isEqualTo(-1);
    assertThat(ids.add("v-2")).isEqualTo(1);
    assertThat(ids.size()).isEqualTo(3);
  }

  @Test
  void a_hundred_thousand_distinct_ids_are_all_new_and_each_repeat_is_found_after_growing() {
    // given
    RepeatedIds ids = RepeatedIds.create();
    int count = 100_000;

    // when
    int repeatsAmongDistinct = 0;
    for (int i = 0; i < count; i++) {
      repeatsAmongDistinct += ids.add("v-" + i) >= 0 ? 1 : 0;
    }

    // then
    assertThat(repeatsAmongDistinct).isZero();
    assertThat(ids.size()).isEqualTo(count);
    assertThat(ids.slots()).isEqualTo(1 << 18);   // the first power of two at most 3/4 full
    for (int i = 0; i < count; i += 997) {
      assertThat(ids.add("v-" + i)).isEqualTo(i);
    }
    assertThat(ids.size()).isEqualTo(count);
  }

  @Test
  void fingerprints_alike_in_their_slot_and_tag_bits_are_told_apart_by_the_rest() {
    // given: the top 32 bits, which choose the slot and make the tag, are the same for every id
    RepeatedIds ids = new RepeatedIds(id -> 0xabcdef01L << 32 | Integer.parseInt(id));

    // when
    int repeatsAmongDistinct = 0;
    for (int i = 0; i < 2_000; i++) {
      repeatsAmongDistinct += ids.add(Integer.toString(i)) >= 0 ? 1 : 0;
    }

    // then
    assertThat(repeatsAmongDistinct).isZero();
    assertThat(ids.add("1234")).isEqualTo(1234);
    assertThat(ids.add("0")).isZero();
    assertThat(ids.size()).isEqualTo(2_000);
  }

  @Test
  void distinct_ids_whose_fingerprints_collide_are_all_added_when_the_caller_confirms() {
    // given: every id has one fingerprint
    RepeatedIds ids = new RepeatedIds(id -> 42L);
    List<String> added = new ArrayList<>();

    // when
    List<Integer> answers = new ArrayList<>();
    for (String id : List.of("a", "b", "c", "d", "b", "e")) {
      int earlier = ids.add(id, number -> added.get(number).equals(id));
      answers.add(earlier);
      if (earlier < 0) {
        added.add(id);
      }
    }

    // then: only the real repeat is one, with the number of its first copy
    assertThat(answers).containsExactly(-1, -1, -1, -1, 1, -1);
    assertThat(ids.size()).isEqualTo(5);
  }

  @Test
  void without_a_confirmation_a_fingerprint_match_is_taken_for_a_repeat() {
    RepeatedIds ids = new RepeatedIds(id -> 42L);

    assertThat(ids.add("a")).isEqualTo(-1);
    assertThat(ids.add("b")).isZero();
  }
}
