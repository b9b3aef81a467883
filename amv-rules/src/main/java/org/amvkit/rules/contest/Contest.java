/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.contest;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.amvkit.core.InvalidValueException;
import org.amvkit.core.Style;
import org.amvkit.core.Video;
import org.amvkit.rules.Criterion;
import org.amvkit.rules.Definition;
import org.amvkit.rules.builtin.ContestRules;
import org.immutables.value.Value;

/**
 * A convention's AMV contest: its rule sheet as data, and the entries submitted.
 *
 * <pre>{@code
 * Contest contest = Contest.builder()
 *     .id("fur-con-2026").name("FurCon AMV Contest 2026")
 *     .addStyles(Style.ACTION, Style.DRAMA, Style.COMEDY)
 *     .definition(Definition.builder().id("entry").labelTemplate("Contest entry")
 *         .require(ContestRules.durationBetween(Duration.ofSeconds(75), Duration.ofMinutes(6)))
 *         .build())
 *     .putStyleRules(Style.TRAILER, Definition.builder().id("entry/trailer")
 *         .labelTemplate("Trailer entry")
 *         .require(ContestRules.durationBetween(Duration.ofSeconds(30), Duration.ofSeconds(210)))
 *         .build())
 *     .premiereCutoff(LocalDate.of(2025, 1, 1))
 *     .awardCutoff(LocalDate.of(2026, 7, 3))   // excludes videos that won an award before
 *     .limitPerCategory(1)
 *     .addEntries(Entry.of("e-1", "v-009", Style.DRAMA, "MoonHowler"))
 *     .build();
 * ContestReport report = contest.check(catalogue.videos());
 * }</pre>
 *
 * <p><b>Categories.</b> What a rule sheet calls the contest's <em>categories</em> (Action, Drama,
 * …) are {@link Style}s here: {@link #styles()}, {@link Entry#style()}, {@link #styleRules()}.
 * They have nothing to do with the category a {@link org.amvkit.rules.Classification} gives a
 * video (a definition id). The contest file keeps the rule sheet's words ({@code categories},
 * {@code category-rules}, an entry's {@code category}), as do {@link #limitPerCategory()} and
 * {@link Violation.Kind#CATEGORY_LIMIT}, which count entries per style.
 *
 * <p><b>Entries.</b> Each entry's video is judged against the
 * {@linkplain #entryDefinition(Style) definition of its style}: the contest's definition, plus
 * {@code premiered-after} the cut-off when one is set and {@code no-earlier-award} when
 * {@linkplain #excludeAwardWinners() award winners are excluded}, amended by the style's
 * {@linkplain #styleRules() rules} when it has some. An entry is
 * {@link Decision#REJECTED} when a required rule fails, when its style is not one of the
 * contest's, or when its entrant is not among the video's creators; {@link Decision#UNDETERMINED}
 * when its video is not in the catalogue or a required rule cannot tell; otherwise
 * {@link Decision#ACCEPTED}. Failed conventions are listed, never decisive.
 *
 * <p><b>Limits.</b> Competition entries count against {@link #limitPerCategory()} (per editor and
 * style) and {@link #limitPerEntrant()} (per editor); exhibition entries against
 * {@link #exhibitionLimit()}. A collaboration (MEP) counts against <em>every</em> creator's limits
 * unless {@link #collaborationsCountForEveryCreator()} is false, when it counts for its entrant
 * only. Every entry submitted counts, whatever its decision: limits are about submissions. Names
 * are compared ignoring case. A broken limit is a {@link Violation}, not a rejection: the
 * coordinator asks the editor which entry to keep.
 *
 * <p>Checking reads the catalogue once, as a stream, and keeps only the videos entered: memory
 * grows with the number of entries, not with the catalogue.
 *
 * <p>Building a contest checks that its settings agree: an id and a name that are not blank, at
 * least one style and none twice, limits of 0 or more, style rules for styles of the
 * contest only, entry ids given once, a premiere cut-off or award exclusion not also given as a
 * rule of the definition. Every problem is reported at once, in one
 * {@link InvalidValueException} whose problems name the fields ({@code "limitPerCategory"},
 * {@code "entries[2].id"}).
 */
@Value.Immutable
public abstract class Contest {

  Contest() {}

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the contest's id.
   *
   * @return the id, such as {@code "fur-con-2026"}, not null, not blank
   */
  public abstract String id();

  /**
   * Returns the contest's name, for people.
   *
   * @return the name, not null, not blank
   */
  public abstract String name();

  /**
   * Returns the styles entries may be submitted in: what the rule sheet (and the contest file's
   * {@code categories}) calls the contest's categories.
   *
   * @return the styles, at least one, distinct, not null
   */
  public abstract List<Style> styles();

  /**
   * Returns the definition every entry must meet, as the rule sheet states it.
   *
   * @return the definition, not null
   */
  public abstract Definition definition();

  /**
   * Returns the rules that apply to the entries of some styles only, such as a shorter
   * maximum duration for trailers (the contest file's {@code category-rules}). A criterion of a
   * style's rules <em>replaces</em> the
   * criterion of {@link #definition()} (or the premiere cut-off's {@code premiered-after}, or the
   * {@code no-earlier-award} of {@link #excludeAwardWinners()}) with the same rule id, in its
   * place and with its own requirement; the others are <em>added</em> after the general criteria.
   * See {@link #entryDefinition(Style)}.
   *
   * @return the rules by style, each key one of {@link #styles()}, possibly empty, not null
   */
  public abstract Map<Style, Definition> styleRules();

  /**
   * Returns the premiere cut-off: entries must not have been shown publicly before this date.
   *
   * @return the first day a premiere is allowed, or empty for no cut-off, not null
   */
  public abstract Optional<LocalDate> premiereCutoff();

  /**
   * Returns the award cut-off: the first day on which an award no longer counts against an entry,
   * such as the contest's first day. An award won before it, at an earlier edition of this contest
   * or at another, excludes the entry; one won on it or later — at this very contest, when a
   * catalogue updated afterwards is checked again — does not. Setting it excludes award winners
   * (see {@link #excludeAwardWinners()}).
   *
   * @return the first day an award no longer counts, or empty for every award to count, not null
   */
  public abstract Optional<LocalDate> awardCutoff();

  /**
   * Tells whether videos that won an award at an earlier contest are excluded, as many rule sheets
   * say. Then {@link #entryDefinition()} requires {@code no-earlier-award}, before the
   * {@link #awardCutoff()} if one is set: an entry whose video won is rejected, one whose video's
   * awards are not recorded is undetermined.
   *
   * @return true if award winners are excluded; by default, true exactly when an award cut-off
   *     is set
   */
  @Value.Default
  public boolean excludeAwardWinners() {
    return awardCutoff().isPresent();
  }

  /**
   * Returns how many competition entries one editor may have in one category, that is, in one
   * of the {@link #styles()} (the contest file's {@code per-category}).
   *
   * @return the limit, or empty for none, not null
   */
  public abstract OptionalInt limitPerCategory();

  /**
   * Returns how many competition entries one editor may have in all.
   *
   * @return the limit, or empty for none, not null
   */
  public abstract OptionalInt limitPerEntrant();

  /**
   * Returns how many exhibition entries one editor may have.
   *
   * @return the limit, or empty for none, not null
   */
  public abstract OptionalInt exhibitionLimit();

  /**
   * Tells whether a collaboration counts against the limits of every creator of its video, as
   * most rule sheets say of MEPs, or only against its entrant's.
   *
   * @return true, the default, for every creator
   */
  @Value.Default
  public boolean collaborationsCountForEveryCreator() {
    return true;
  }

  /**
   * Returns the entries, in the order they were submitted.
   *
   * @return the entries, with distinct ids, not null
   */
  public abstract List<Entry> entries();

  /**
   * Returns the definition entries are judged by: {@link #definition()}, with
   * {@code premiered-after} the {@link #premiereCutoff()} added as a required rule when a cut-off
   * is set, and then {@code no-earlier-award} (before the {@link #awardCutoff()}, if set) when
   * {@linkplain #excludeAwardWinners() award winners are excluded}.
   *
   * @return the definition, not null
   */
  @Value.Lazy
  public Definition entryDefinition() {
    if (premiereCutoff().isEmpty() && !excludeAwardWinners()) {
      return definition();
    }
    Definition.Builder entry = Definition.builder().from(definition());
    if (premiereCutoff().isPresent()) {
      entry.require(ContestRules.premieredAfter(premiereCutoff().get()));
    }
    if (excludeAwardWinners()) {
      entry.require(awardCutoff().isPresent()
          ? ContestRules.noEarlierAward(awardCutoff().get()) : ContestRules.noEarlierAward());
    }
    return entry.build();
  }

  /**
   * Returns the definition the entries of a style are judged by: {@link #entryDefinition()}
   * amended by the style's {@link #styleRules()}. Each criterion of the style's rules
   * replaces the criterion with the same rule id, keeping its place, and the style's other
   * criteria are added at the end, in their order. So a style's
   * {@code duration-between} from 0:30 to 3:30 replaces the general window from 1:15 to 6:00 for
   * that style only, while its {@code no-flag} for subtitles adds a rule. The result has the id
   * and label template of the style's rules. A style without rules, or not of this contest, is
   * judged by {@link #entryDefinition()} itself.
   *
   * @param style  the style an entry is submitted in, not null
   * @return the definition, not null
   */
  public Definition entryDefinition(Style style) {
    Objects.requireNonNull(style, "style");
    Definition rules = styleRules().get(style);
    return rules == null ? entryDefinition() : amend(entryDefinition(), rules);
  }

  /** The general criteria with those of {@code rules} replacing or added, as the javadoc says. */
  private static Definition amend(Definition general, Definition rules) {
    Map<String, Criterion> specific = new LinkedHashMap<>();
    for (Criterion criterion : rules.criteria()) {
      specific.put(criterion.rule().id(), criterion);
    }
    Definition.Builder amended =
        Definition.builder().id(rules.id()).labelTemplate(rules.labelTemplate());
    for (Criterion criterion : general.criteria()) {
      Criterion replacement = specific.remove(criterion.rule().id());
      amended.addCriteria(replacement == null ? criterion : replacement);
    }
    return amended.addAllCriteria(specific.values()).build();
  }

  /**
   * Checks every entry against a catalogue's videos, read once in order.
   *
   * @param videos  the catalogue's videos, such as a {@code CatalogueReader}, not null
   * @return the report, not null
   */
  public ContestReport check(Iterator<? extends Video> videos) {
    Objects.requireNonNull(videos, "videos");
    return ContestCheck.run(this, videos);
  }

  /**
   * Checks every entry against a collection of videos.
   *
   * @param videos  the videos, not null
   * @return the report, not null
   */
  public ContestReport check(Iterable<? extends Video> videos) {
    return check(videos.iterator());
  }

  @Value.Check
  void check() {
    ContestValidation.check(this);
  }

  /** Builds a {@link Contest}; obtained from {@link Contest#builder()}. */
  public static final class Builder extends ImmutableContest.Builder {
    Builder() {}
  }
}
