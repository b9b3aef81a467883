/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldSetTest {

  @Test
  void a_name_given_twice_in_one_object_is_found_even_as_another_instance_of_the_same_text() {
    // given
    FieldSet fields = new FieldSet();
    fields.clear();

    // when
    boolean first = fields.add("title");
    boolean other = fields.add("id");
    boolean again = fields.add(new String("title"));

    // then
    assertThat(first).isTrue();
    assertThat(other).isTrue();
    assertThat(again).isFalse();
  }

  @Test
  void the_next_object_starts_with_no_field_seen() {
    // given
    FieldSet fields = new FieldSet();
    fields.add("title");

    // when
    fields.clear();

    // then
    assertThat(fields.add("title")).isTrue();
    assertThat(fields.add("title")).isFalse();
  }

  @Test
  void objects_listing_their_fields_in_another_order_are_checked_alike() {
    // given: a first object in one order
    FieldSet fields = new FieldSet();
    for (String name : new String[] {"id", "title", "duration", "creators"}) {
      fields.add(name);
    }
    fields.clear();

    // when: the next in another
    boolean creators = fields.add("creators");
    boolean id = fields.add("id");
    boolean duration = fields.add("duration");
    boolean idAgain = fields.add("id");
    boolean creatorsAgain = fields.add("creators");

    // then
    assertThat(creators).isTrue();
    assertThat(id).isTrue();
    assertThat(duration).isTrue();
    assertThat(idAgain).isFalse();
    assertThat(creatorsAgain).isFalse();
    assertThat(fields.add("title")).isTrue();
  }

  @Test
  void names_beyond_the_sixty_four_learned_are_still_checked_in_every_object() {
    // given: an object of 100 distinct names fills the table and spills over
    FieldSet fields = new FieldSet();
    for (int i = 0; i < 100; i++) {
      assertThat(fields.add("field-" + i)).as("field-%s the first time", i).isTrue();
    }

    // then: each is found again, learned or not
    for (int i = 0; i < 100; i++) {
      assertThat(fields.add("field-" + i)).as("field-%s the second time", i).isFalse();
    }
    // and the next object starts afresh, for the spilled names too
    fields.clear();
    assertThat(fields.add("field-99")).isTrue();
    assertThat(fields.add("field-3")).isTrue();
    assertThat(fields.add("field-99")).isFalse();
  }
}
