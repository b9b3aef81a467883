/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The house reads top-down, CLI to rules to core, and no two packages lean on each other. Maven's
 * module graph already forbids a module depending on one above it; this checks what it cannot:
 * cycles between the packages inside a module (such as {@code core} and {@code core.timeline}).
 * Read from the compiled classes, so javadoc links, which are not dependencies, do not count.
 */
class PackageCycleTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.amvkit");
  }

  @Test
  void theMainCodeOfEveryModuleOnTheClassPathIsRead() {
    assertThat(classes.containPackage("org.amvkit.core")).isTrue();
    assertThat(classes.containPackage("org.amvkit.core.timeline")).isTrue();
    assertThat(classes.containPackage("org.amvkit.rules")).isTrue();
    assertThat(classes.containPackage("org.amvkit.rules.builtin")).isTrue();
    assertThat(classes.containPackage("org.amvkit.examples.cli")).isTrue();
  }

  @Test
  void noPackageIsPartOfACycle() {
    slices().matching("org.amvkit.(**)").should().beFreeOfCycles().check(classes);
  }
}
