/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.amvkit.rules.registry.RuleRegistry;

/**
 * A folder of plug-in jars, as a host app keeps them: every {@code *.jar} in it is put on a class
 * loader of its own, and {@link RuleRegistry#load(ClassLoader)} finds the rule providers they list
 * in {@code META-INF/services/org.amvkit.rules.spi.RuleProvider}. The {@code amv} command line does
 * this for {@code --plugins DIR}.
 *
 * <pre>{@code
 * RuleRegistry registry = PlugInFolder.of(Path.of("plugins")).registry();
 * registry.skipped();   // the plug-ins that could not be used, and why
 * }</pre>
 *
 * <p>The class loader's parent is the one that loaded amvkit, so plug-ins share amvkit's types;
 * it stays open for the life of the registry (a command line's whole run), which is why this class
 * does not close it.
 */
public final class PlugInFolder {

  private final Path folder;
  private final List<Path> jars;

  private PlugInFolder(Path folder, List<Path> jars) {
    this.folder = folder;
    this.jars = jars;
  }

  /**
   * Finds the jars of a folder (not of its sub-folders), in name order.
   *
   * @param folder  the folder, not null
   * @return the plug-in folder, not null
   * @throws UncheckedIOException wrapping {@link NoSuchFileException} if there is no such folder,
   *     {@link NotDirectoryException} if it is a file, or the error met listing it
   */
  public static PlugInFolder of(Path folder) {
    Objects.requireNonNull(folder, "folder");
    if (!Files.exists(folder)) {
      throw new UncheckedIOException(new NoSuchFileException(folder.toString()));
    }
    if (!Files.isDirectory(folder)) {
      throw new UncheckedIOException(new NotDirectoryException(folder.toString()));
    }
    try (Stream<Path> entries = Files.list(folder)) {
      List<Path> jars = entries
          .filter(path -> path.getFileName().toString().endsWith(".jar"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
      return new PlugInFolder(folder, jars);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the jars found.
   *
   * @return the jars, in name order, not null
   */
  public List<Path> jars() {
    return jars;
  }

  /**
   * Loads the built-in rules and those of every plug-in jar of the folder; a plug-in that cannot
   * be used is skipped and said why in {@link RuleRegistry#skipped()}.
   *
   * @return the registry, not null
   */
  public RuleRegistry registry() {
    List<URL> urls = new ArrayList<>(jars.size());
    for (Path jar : jars) {
      try {
        urls.add(jar.toUri().toURL());
      } catch (MalformedURLException e) {
        throw new IllegalStateException("a file path is always a URL: " + jar, e);
      }
    }
    ClassLoader loader = new URLClassLoader("plug-ins of " + folder, urls.toArray(new URL[0]),
        RuleRegistry.class.getClassLoader());
    return RuleRegistry.load(loader);
  }
}
