/**
 * The plug-in interface of the rules: a {@link org.amvkit.rules.spi.RuleProvider}, found with
 * {@link java.util.ServiceLoader}, contributes {@link org.amvkit.rules.spi.RuleType}s — an id,
 * declared {@link org.amvkit.rules.spi.Parameter}s and a factory of {@link org.amvkit.rules.Rule}s
 * — and perhaps {@link org.amvkit.rules.Profile}s. The {@link org.amvkit.rules.spi.RuleRegistry}
 * gathers the built-ins of {@link org.amvkit.rules.builtin} and every plug-in, refuses clashing
 * ids, and makes rules from checked {@link org.amvkit.rules.spi.Parameters}; JSON profiles in
 * {@link org.amvkit.rules.json} name rules through it, so configuration never runs code of its
 * own.
 */
package org.amvkit.rules.spi;
