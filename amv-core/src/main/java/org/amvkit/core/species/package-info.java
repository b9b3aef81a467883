/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The species of characters: a built-in taxonomy that reads the names people write in catalogues
 * ("Wolfdog", "Siberian husky", "wolf pup", "geese", "anthropomorphic fox") and tells the canonical
 * {@link org.amvkit.core.species.Species species}, its {@link org.amvkit.core.species.Family
 * family}, its {@link org.amvkit.core.species.Animalness animal-ness} (animal, not an animal, or
 * unknown for a name it does not recognise) and the {@link org.amvkit.core.species.Posture posture}
 * the name states. The taxonomy is data, in {@code taxonomy.tsv} beside these classes. The All The
 * Tropes sense of an AMV puts "the accent on animal characters", so this is what the
 * {@code features-animals} rule reads.
 */
@AmvStyle
package org.amvkit.core.species;

import org.amvkit.core.internal.AmvStyle;
