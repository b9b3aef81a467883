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
 */
@AmvStyle
package org.amvkit.rules;

import org.amvkit.core.internal.AmvStyle;
