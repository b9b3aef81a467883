/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The plug-in interface of the rules: a {@link org.amvkit.rules.spi.RuleProvider}, found with
 * {@link java.util.ServiceLoader}, contributes {@link org.amvkit.rules.spi.RuleType}s — an id,
 * declared {@link org.amvkit.rules.spi.Parameter}s and a factory of {@link org.amvkit.rules.Rule}s
 * — and perhaps {@link org.amvkit.rules.Profile}s; rules are made from checked
 * {@link org.amvkit.rules.spi.Parameters}, so configuration never runs code of its own.
 *
 * <p>This package is what a plug-in implements, and nothing more: the built-in provider
 * ({@link org.amvkit.rules.builtin}) implements it, and the registry that gathers providers
 * ({@link org.amvkit.rules.registry}) consumes it. Neither is imported here, so that the interface
 * depends on no implementation of it (as JUnit keeps its engine SPI apart from the launcher that
 * discovers engines).
 */
package org.amvkit.rules.spi;
