/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.amvkit.core.internal.Quoting;

/**
 * Collects the problems of one value while it is checked, then throws them all at once, so that
 * no problem hides another. Every value type of amvkit checks itself this way — those of
 * {@code org.amvkit.core}, the definitions, profiles and contests of {@code org.amvkit.rules} —
 * and the catalogue reader collects a video's problems in one too.
 *
 * <pre>{@code
 * void check() {   // a value type's Value.Check method
 *   Problems problems = Problems.of("video", id())
 *       .requireNonBlank("id", id())
 *       .requireNonBlank("title", title());
 *   if (duration().isZero()) {
 *     problems.add("duration", "duration is zero");
 *   }
 *   problems.throwIfAny();   // InvalidValueException: 2 problems: video v-7: title is blank; ...
 * }
 * }</pre>
 *
 * <p>Messages name the value by its subject, as {@code video v-7} or {@code definition animash}
 * (the bare kind, {@code video}, when the id itself is blank), and quote the values they refer to:
 * {@code video v-7: source "bolt2" is not in the catalogue}. A collector is not thread-safe; it
 * lives for one check. It costs next to nothing while no problem is found (the subject's text
 * and the list are made with the first problem): a catalogue of a million videos checks every
 * video, clip and creator.
 *
 * <p>A hostile value can have a million problems (a video of a million clips, each naming an
 * unknown source): the first {@value #MAX_LISTED} are kept and listed, the rest only counted,
 * so that memory and the message stay small ("… and 999,990 more").
 */
public final class Problems {

  /** How many problems a collector keeps and a message lists; the rest are counted. */
  public static final int MAX_LISTED = 10;

  /** The kind of value and its id, made into the subject with the first problem. */
  private final String kind;
  private final String id;
  private String subject;
  /** The problems kept; null until the first. */
  private List<Problem> found;
  private int omitted;

  private Problems(String kind, String id) {
    this.kind = kind;
    this.id = id;
  }

  /** How many problems are kept. */
  private int listed() {
    return found == null ? 0 : found.size();
  }

  /**
   * Starts collecting the problems of a value.
   *
   * @param subject  how messages name the value, such as {@code "video v-7"}, put before each
   *     message with a colon; empty for none, not null
   * @return a collector with no problem yet, not null
   */
  public static Problems of(String subject) {
    return new Problems(Objects.requireNonNull(subject, "subject"), null);
  }

  /**
   * Starts collecting the problems of a value of a kind with an id: messages name it
   * {@code "video v-7"}, or {@code "video"} when the id is blank.
   *
   * @param kind  the kind of value, such as {@code "video"}, not null
   * @param id  its id, possibly blank, not null
   * @return a collector with no problem yet, not null
   */
  public static Problems of(String kind, String id) {
    return new Problems(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(id, "id"));
  }

  /** How messages name the value: made once, when the first problem is added. */
  private String subject() {
    if (subject == null) {
      subject = id == null || id.isBlank() ? kind : kind + " " + id;
    }
    return subject;
  }

  /** The list of problems kept, made with the first. */
  private List<Problem> found() {
    if (found == null) {
      found = new ArrayList<>();
    }
    return found;
  }

  /**
   * Records a problem.
   *
   * @param field  the path of the field concerned, relative to the value, such as
   *     {@code "clips[2].end"}; empty for the value as a whole, not null
   * @param message  what is wrong, quoting the bad value; the subject is put before it, not null
   * @return this collector, not null
   */
  public Problems add(String field, String message) {
    if (listed() < MAX_LISTED) {
      String subject = subject();
      found().add(Problem.of(field, subject.isEmpty() ? message : subject + ": " + message));
    } else {
      omitted++;   // neither the message nor the path is built: a million of them add up
    }
    return this;
  }

  /**
   * Records the problems of a nested value found earlier, such as a clip's for the video that
   * holds it. Their messages are kept as they are.
   *
   * @param parent  the path of the nested value, such as {@code "clips[2]"}, not null
   * @param problems  the nested value's problems, not null
   * @return this collector, not null
   */
  public Problems addAll(String parent, List<Problem> problems) {
    for (Problem problem : problems) {
      if (listed() < MAX_LISTED) {
        found().add(problem.under(parent));
      } else {
        omitted++;
      }
    }
    return this;
  }

  /**
   * Records that more problems were found than are listed, such as those a nested value's
   * {@link InvalidValueException#omitted()} counts.
   *
   * @param count  how many more, 0 or more
   * @return this collector, not null
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public Problems addOmitted(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count " + count + " is negative");
    }
    omitted = (int) Math.min(Integer.MAX_VALUE, (long) omitted + count);
    return this;
  }

  /**
   * Records a problem if a text is empty or only white space: {@code "<field> is blank"}.
   *
   * @param field  the field's name, not null
   * @param text  the field's value, not null
   * @return this collector, not null
   */
  public Problems requireNonBlank(String field, String text) {
    if (text.isBlank()) {
      add(field, field + " is blank");
    }
    return this;
  }

  /**
   * Tells whether no problem was recorded.
   *
   * @return true if there is none
   */
  public boolean isEmpty() {
    return count() == 0;
  }

  /**
   * Returns how many problems were recorded: compared before and after a nested value is read,
   * it tells whether that value had any.
   *
   * @return the count, 0 or more
   */
  public int count() {
    return listed() + omitted;
  }

  /**
   * Returns how many problems were recorded but not kept, beyond the first {@value #MAX_LISTED}.
   *
   * @return the count, 0 or more
   */
  public int omitted() {
    return omitted;
  }

  /**
   * Returns the problems kept, in the order they were found: all of them, or the first
   * {@value #MAX_LISTED} when there were more ({@link #omitted()} counts the rest).
   *
   * @return a copy of the problems, possibly empty, not null
   */
  public List<Problem> list() {
    return found == null ? List.of() : List.copyOf(found);
  }

  /**
   * How many characters of a value a message quotes. A bad value can be megabytes long; a message
   * is one line a person reads.
   */
  public static final int QUOTED_LENGTH = 60;

  /**
   * Quotes a value for a message, as JSON would write it, so that a quote inside it cannot end it
   * early and a control character cannot reach a terminal or break the line: {@code balto}
   * becomes {@code "balto"}, {@code say "hi"} becomes {@code "say \"hi\""}, a newline
   * {@code \n}, ESC <code>&#92;u001b</code>. A value longer than {@value #QUOTED_LENGTH} characters
   * is cut there and marked with an ellipsis after the closing quote: {@code "aaaa…aaaa"…}. Ids a
   * message refers to are quoted this way; the id in the subject is not.
   *
   * @param text  the value, not null
   * @return the value in double quotes, escaped and at most {@value #QUOTED_LENGTH} characters of
   *     it, not null
   */
  public static String quote(String text) {
    return Quoting.quote(text, QUOTED_LENGTH);
  }

  /**
   * Throws every problem recorded, if there is any.
   *
   * @throws InvalidValueException if at least one problem was recorded; it carries them all
   */
  public void throwIfAny() {
    if (listed() > 0) {
      throw new InvalidValueException(found, omitted);
    }
  }
}
