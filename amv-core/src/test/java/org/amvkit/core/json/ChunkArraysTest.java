/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** An array is used again only once the last slice cut from it was handed on. */
class ChunkArraysTest {

  @Test
  void an_array_is_free_once_its_last_slice_was_handed_on_and_not_before() {
    // given
    ChunkArrays arrays = new ChunkArrays(8);
    byte[] first = arrays.take();
    arrays.retire(first, 41);

    // when, then
    arrays.handedOn(40);
    assertThat(arrays.take()).isNotSameAs(first).hasSize(8);
    arrays.handedOn(41);
    assertThat(arrays.take()).isSameAs(first);
  }

  @Test
  void arrays_of_another_size_are_not_kept() {
    ChunkArrays arrays = new ChunkArrays(8);
    byte[] large = new byte[64];
    arrays.retire(large, -1);
    arrays.handedOn(0);

    assertThat(arrays.take()).isNotSameAs(large).hasSize(8);
  }

  @Test
  void a_caller_that_never_hands_on_leaves_only_the_last_arrays_kept() {
    // given: more arrays retired than are kept, none handed on
    ChunkArrays arrays = new ChunkArrays(8);
    byte[][] retired = new byte[ChunkArrays.MAX_RETIRED + 5][];
    for (int i = 0; i < retired.length; i++) {
      retired[i] = arrays.take();
      arrays.retire(retired[i], i);
    }

    // when
    arrays.handedOn(Integer.MAX_VALUE);

    // then: the oldest five were let go; the others come back, oldest first
    for (int i = 5; i < retired.length; i++) {
      assertThat(arrays.take()).isSameAs(retired[i]);
    }
    byte[] fresh = arrays.take();
    assertThat(Arrays.stream(retired)).noneMatch(array -> array == fresh);
  }
}
