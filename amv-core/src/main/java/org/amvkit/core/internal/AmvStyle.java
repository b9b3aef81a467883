/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every amvkit value package, said once: put {@code @AmvStyle} on a
 * package ({@code package-info.java}) and its {@code @Value.Immutable} types get it.
 *
 * <p>What it sets, and why:
 * <ul>
 *   <li>the generated {@code Immutable*} classes are package-private and hidden behind the abstract
 *       type ({@code visibility = PACKAGE}, {@code overshadowImplementation}): users see
 *       {@code Video}, never {@code ImmutableVideo};
 *   <li>derived and default attributes are computed without the initialisation shim
 *       ({@code unsafeDefaultAndDerived}): every derived attribute reads only attributes declared
 *       before it, which keeps building a video cheap;
 *   <li>only the JDK's collections ({@code jdkOnly}): no Guava on anyone's class path;
 *   <li>no {@code withX} copy methods ({@code copy = false}): values are built, not edited.
 * </ul>
 *
 * <p>A meta-annotation, as Immutables' guide describes, so that the six value packages cannot
 * drift apart; retained in class files only, for the annotation processor of dependent modules.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    unsafeDefaultAndDerived = true,
    jdkOnly = true,
    clearBuilder = true,
    defaults = @Value.Immutable(copy = false))
public @interface AmvStyle {}
