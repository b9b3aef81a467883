/**
 * The rules, definitions and profiles of the source text, with the ids other programs rely on.
 * {@link org.amvkit.rules.builtin.BuiltInRules} answers the three criteria of an Animash (more than
 * one source, music, animals) and the footage questions; {@link
 * org.amvkit.rules.builtin.BuiltInDefinitions} combines them into the categories a video can fall
 * in; {@link org.amvkit.rules.builtin.BuiltInProfiles} orders those categories for All The Tropes
 * (lenient and strict about animals) and for the real-world sense of "anime music video".
 */
package org.amvkit.rules.builtin;
