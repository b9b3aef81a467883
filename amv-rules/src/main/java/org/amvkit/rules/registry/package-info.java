/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Where the rules are gathered: {@link org.amvkit.rules.registry.RuleRegistry} holds the built-in
 * provider of {@link org.amvkit.rules.builtin} and every plug-in of {@link org.amvkit.rules.spi}
 * that the service loader finds, refuses clashing ids, makes rules from their ids and parameters,
 * and classifiers from profile ids. JSON profiles and contests ({@link org.amvkit.rules.json}) and
 * the CLI name rules through it.
 *
 * <p>The registry is consumer code of the plug-in interface, not part of it: it lives here, above
 * both {@code spi} and {@code builtin}, so that those two do not import each other. Its one
 * {@link java.util.ServiceLoader} lookup is the package-private {@code ProviderLookup}.
 */
package org.amvkit.rules.registry;
