/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The immutable model of a fan-made music video: {@link org.amvkit.core.Video} and what it is made
 * of — the {@link org.amvkit.core.Source sources} it borrows footage from, the
 * {@link org.amvkit.core.Clip clips} on its timeline, its {@link org.amvkit.core.Music music}, its
 * {@link org.amvkit.core.Creator creators}, the {@link org.amvkit.core.EditingSoftware software} it
 * was edited with, an optional {@link org.amvkit.core.Dedication dedication} and the
 * {@link org.amvkit.core.Award awards} it won, where they are recorded.
 *
 * <p>Every type is a value: created through {@code of(...)}, {@code parse(...)} or
 * {@code builder()}, validated when built (an {@link org.amvkit.core.InvalidValueException} lists
 * every problem at once, as {@link org.amvkit.core.Problems} collected them), and safe to share
 * between threads. The characters' species live in
 * {@link org.amvkit.core.species}, shares and footage measures over the clips in
 * {@link org.amvkit.core.timeline}, and the set of sources a catalogue knows in
 * {@link org.amvkit.core.catalogue}.
 */
@AmvStyle
package org.amvkit.core;

import org.amvkit.core.internal.AmvStyle;
