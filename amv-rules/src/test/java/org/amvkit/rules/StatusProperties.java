/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Kleene's three-valued logic, with ERROR absorbing, over every combination of statuses. */
class StatusProperties {

  @Provide
  Arbitrary<Status> statuses() {
    return Arbitraries.of(Status.class);
  }

  @Provide
  Arbitrary<Status> judgements() {
    return Arbitraries.of(Status.PASS, Status.FAIL, Status.UNKNOWN);
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void and_or_and_negate_give_what_kleene_tables_give(@ForAll("statuses") Status a,
      @ForAll("statuses") Status b) {
    assertThat(a.and(b)).as(a + " and " + b).isEqualTo(KleeneTable.and(a, b));
    assertThat(a.or(b)).as(a + " or " + b).isEqualTo(KleeneTable.or(a, b));
    assertThat(a.negate()).as("not " + a).isEqualTo(KleeneTable.not(a));
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void and_is_commutative(@ForAll("statuses") Status a, @ForAll("statuses") Status b) {
    assertThat(a.and(b)).isEqualTo(b.and(a));
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void or_is_commutative(@ForAll("statuses") Status a, @ForAll("statuses") Status b) {
    assertThat(a.or(b)).isEqualTo(b.or(a));
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void and_is_associative(@ForAll("statuses") Status a, @ForAll("statuses") Status b,
      @ForAll("statuses") Status c) {
    assertThat(a.and(b).and(c)).isEqualTo(a.and(b.and(c)));
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void or_is_associative(@ForAll("statuses") Status a, @ForAll("statuses") Status b,
      @ForAll("statuses") Status c) {
    assertThat(a.or(b).or(c)).isEqualTo(a.or(b.or(c)));
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void not_of_and_is_or_of_nots_over_pass_fail_and_unknown(@ForAll("judgements") Status a,
      @ForAll("judgements") Status b) {
    assertThat(a.and(b).negate()).isEqualTo(a.negate().or(b.negate()));
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void not_of_or_is_and_of_nots_over_pass_fail_and_unknown(@ForAll("judgements") Status a,
      @ForAll("judgements") Status b) {
    assertThat(a.or(b).negate()).isEqualTo(a.negate().and(b.negate()));
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void double_negation_is_the_identity(@ForAll("statuses") Status a) {
    assertThat(a.negate().negate()).isEqualTo(a);
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void an_error_absorbs_everything(@ForAll("statuses") Status a) {
    assertThat(a.and(Status.ERROR)).isEqualTo(Status.ERROR);
    assertThat(Status.ERROR.and(a)).isEqualTo(Status.ERROR);
    assertThat(a.or(Status.ERROR)).isEqualTo(Status.ERROR);
    assertThat(Status.ERROR.or(a)).isEqualTo(Status.ERROR);
    assertThat(Status.ERROR.negate()).isEqualTo(Status.ERROR);
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void pass_is_neutral_for_and_and_fail_is_neutral_for_or(@ForAll("statuses") Status a) {
    assertThat(a.and(Status.PASS)).isEqualTo(a);
    assertThat(a.or(Status.FAIL)).isEqualTo(a);
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void fail_dominates_and_and_pass_dominates_or_over_judgements(@ForAll("judgements") Status a) {
    assertThat(a.and(Status.FAIL)).isEqualTo(Status.FAIL);
    assertThat(a.or(Status.PASS)).isEqualTo(Status.PASS);
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void and_and_or_are_idempotent(@ForAll("statuses") Status a) {
    assertThat(a.and(a)).isEqualTo(a);
    assertThat(a.or(a)).isEqualTo(a);
  }
}
