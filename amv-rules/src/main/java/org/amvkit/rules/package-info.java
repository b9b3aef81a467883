/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Deciding what a fan-made music video is, and saying why.
 *
 * <p>A {@link org.amvkit.rules.Rule} judges one video and gives an
 * {@link org.amvkit.rules.Outcome} — {@code PASS}, {@code FAIL}, {@code UNKNOWN} when data is
 * missing, or {@code ERROR} when the rule itself broke — with evidence that is put into words only
 * when asked. A {@link org.amvkit.rules.Definition} marks rules as required or as conventions and
 * gives a {@link org.amvkit.rules.Verdict}; a {@link org.amvkit.rules.Profile} orders definitions,
 * and the {@link org.amvkit.rules.Classifier} picks the first one a video meets. The rules of the
 * source text ship in {@link org.amvkit.rules.builtin}; plug-ins implement
 * {@link org.amvkit.rules.spi}, and {@link org.amvkit.rules.registry} gathers them with the
 * built-ins for the CLI and for JSON profiles.
 *
 * <h2>Glossary</h2>
 *
 * <p>Some words of the AMV world mean more than one thing; in amvkit's Java names each means one.
 *
 * <dl>
 *   <dt>rule, outcome, status</dt>
 *   <dd>A {@link org.amvkit.rules.Rule} judges one video; its {@link org.amvkit.rules.Outcome}
 *   has a {@link org.amvkit.rules.Status} ({@code PASS}, {@code FAIL}, {@code UNKNOWN},
 *   {@code ERROR}) and evidence.</dd>
 *   <dt>definition</dt>
 *   <dd>What it takes to be one kind of video: an id (such as {@code animash}), a label template,
 *   and rules, each {@linkplain org.amvkit.rules.Requirement required} or a convention
 *   ({@link org.amvkit.rules.Definition}).</dd>
 *   <dt>verdict</dt>
 *   <dd>What a definition says of a video from its required rules: {@code MET},
 *   {@code NOT_MET} or {@code UNDETERMINED} ({@link org.amvkit.rules.Verdict}). Conventions never
 *   change it.</dd>
 *   <dt>deviation</dt>
 *   <dd>A convention the video fails, by rule id ({@code features-animals}): noted, never
 *   disqualifying.</dd>
 *   <dt>profile</dt>
 *   <dd>Definitions in the order they are tried ({@link org.amvkit.rules.Profile}).</dd>
 *   <dt>category</dt>
 *   <dd>What a classification says a video is: the id of the first definition of the profile the
 *   video meets, else {@value org.amvkit.rules.Profile#UNDETERMINED} when one definition could
 *   not be decided, or {@value org.amvkit.rules.Profile#NOT_A_MUSIC_VIDEO}
 *   ({@link org.amvkit.rules.Classification#category()}, the {@code category} of
 *   {@code amv classify}; counted by {@code Analytics.categories()}). In Java names,
 *   <em>category</em> means this and nothing else.</dd>
 *   <dt>label template, label</dt>
 *   <dd>A definition's {@linkplain org.amvkit.rules.Definition#labelTemplate() label template}
 *   may hold placeholders ({@code "{source} music video"}); the <em>label</em> is the text it
 *   gives for one video ({@code "Balto music video"}):
 *   {@link org.amvkit.rules.Classification#label()},
 *   {@link org.amvkit.rules.DefinitionResult#label()}. A profile file calls the template
 *   {@code label}.</dd>
 *   <dt>style</dt>
 *   <dd>What archives and contests file a video under: Action, Drama, Comedy, …
 *   ({@link org.amvkit.core.Style}, {@code Video.styles()}). Archives and rule sheets call these
 *   categories too; amvkit calls them styles.</dd>
 *   <dt>contest category</dt>
 *   <dd>A style a contest accepts entries in: {@code Contest.styles()}, {@code Entry.style()},
 *   {@code Contest.styleRules()}. The {@code amv-contest/1} file and the messages keep the rule
 *   sheet's word ({@code categories}, {@code category-rules}, an entry's {@code category}), as
 *   do {@code Contest.limitPerCategory()} and the violation kind {@code CATEGORY_LIMIT}.</dd>
 *   <dt>award category</dt>
 *   <dd>What an event gave an award for, in its own words ({@code "Best in Show"}): free text,
 *   {@link org.amvkit.core.Award#awardCategory()}, an award's {@code category} in a
 *   catalogue.</dd>
 * </dl>
 */
@AmvStyle
package org.amvkit.rules;

import org.amvkit.core.internal.AmvStyle;
