/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * A catalogue: the sources an archive knows and the videos that use them, with the checks that
 * need both — every source a video uses is one the catalogue knows, and ids are unique. The
 * streaming JSON reader and writer of the {@code amv-catalogue/1} format build on this package.
 */
@AmvStyle
package org.amvkit.core.catalogue;

import org.amvkit.core.internal.AmvStyle;
