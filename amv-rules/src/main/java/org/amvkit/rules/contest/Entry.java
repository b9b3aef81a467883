/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.contest;

import org.amvkit.core.InvalidValueException;
import org.amvkit.core.Problems;
import org.amvkit.core.Style;
import org.immutables.value.Value;

/**
 * One submission to a {@link Contest}: which video, in which of the contest's categories (a
 * {@link Style}), sent by whom.
 *
 * <pre>{@code
 * Entry entry = Entry.of("e-3", "v-009", Style.DRAMA, "MoonHowler");
 * Entry shown = Entry.builder().from(entry).id("e-4").exhibition(true).build();
 * }</pre>
 *
 * <p>The entrant is the editor who submitted the entry, named as the catalogue names the video's
 * creators. An exhibition entry is shown out of competition; contests often allow one besides
 * the competition entries.
 */
@Value.Immutable
public abstract class Entry {

  Entry() {}

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a competition entry.
   *
   * @param id  the entry's id, such as {@code "e-3"}, not null, not blank
   * @param videoId  the id of the video in the catalogue, not null, not blank
   * @param style  the style (contest category) it is entered in, not null
   * @param entrant  who submitted it, not null, not blank
   * @return the entry, not null
   * @throws InvalidValueException if a text is blank; it has a problem for every blank field
   */
  public static Entry of(String id, String videoId, Style style, String entrant) {
    return builder().id(id).videoId(videoId).style(style).entrant(entrant).build();
  }

  /**
   * Returns the entry's id, as the contest's submission form numbers it.
   *
   * @return the id, not null, not blank
   */
  public abstract String id();

  /**
   * Returns the id of the video entered.
   *
   * @return the video id, not null, not blank
   */
  public abstract String videoId();

  /**
   * Returns the style the video is entered in: the contest category, as the rule sheet and the
   * contest file's {@code category} call it.
   *
   * @return the style, one of the contest's {@link Contest#styles()} unless the entry is to be
   *     rejected for it, not null
   */
  public abstract Style style();

  /**
   * Returns who submitted the entry.
   *
   * @return the entrant's name, not null, not blank
   */
  public abstract String entrant();

  /**
   * Tells whether the entry is shown out of competition.
   *
   * @return true for an exhibition entry; false, the default, for a competition entry
   */
  @Value.Default
  public boolean exhibition() {
    return false;
  }

  @Value.Check
  void check() {
    Problems problems = Problems.of(id().isBlank() ? "entry" : "entry " + id())
        .requireNonBlank("id", id());
    if (videoId().isBlank()) {
      problems.add("videoId", "video id is blank");
    }
    problems.requireNonBlank("entrant", entrant()).throwIfAny();
  }

  /** Builds an {@link Entry}; obtained from {@link Entry#builder()}. */
  public static final class Builder extends ImmutableEntry.Builder {
    Builder() {}
  }
}
