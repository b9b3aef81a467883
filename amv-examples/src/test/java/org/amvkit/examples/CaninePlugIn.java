/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * Builds the demo plug-in jar the way the build does (target/plugins), for tests that run before
 * the package phase: {@link CanineRules}' class and its services file from {@code src/plugin}.
 */
public final class CaninePlugIn {

  static final String SERVICES = "META-INF/services/org.amvkit.rules.spi.RuleProvider";

  private CaninePlugIn() {}

  /**
   * Writes {@code canine-rules.jar} into a folder.
   *
   * @param folder  an existing folder
   * @return the folder, to give to {@code --plugins}
   */
  public static Path writeInto(Path folder) throws IOException {
    String classFile = CanineRules.class.getName().replace('.', '/') + ".class";
    try (OutputStream file = Files.newOutputStream(folder.resolve("canine-rules.jar"));
        JarOutputStream jar = new JarOutputStream(file);
        InputStream bytes = CanineRules.class.getResourceAsStream("/" + classFile)) {
      jar.putNextEntry(new JarEntry(SERVICES));
      jar.write(Files.readAllBytes(Path.of("src/plugin", SERVICES)));
      jar.putNextEntry(new JarEntry(classFile));
      bytes.transferTo(jar);
    }
    return folder;
  }
}
