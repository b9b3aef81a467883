/**
 * The species of characters: a small built-in taxonomy that reads the names people write in
 * catalogues ("Wolfdog", "lioness", "kitten", "anthropomorphic fox") and tells the canonical species,
 * its {@link org.amvkit.core.species.Family family} and whether it is an animal. The All The Tropes
 * sense of an AMV puts "the accent on animal characters", so this is what the
 * {@code features-animals} rule reads.
 */
@AmvStyle
package org.amvkit.core.species;

import org.amvkit.core.internal.AmvStyle;
