/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.amvkit.rules.spi.RuleProvider;

/**
 * The one place that asks {@link ServiceLoader} for {@link RuleProvider}s.
 *
 * <p>{@code ServiceLoader.load(RuleProvider.class, loader)} finds providers declared with
 * {@code provides} by named modules in the loader's module layers, and providers listed in
 * {@code META-INF/services} on the loader's class path; this module declares {@code uses}. Zero
 * providers is fine (the built-ins remain); several are ordered by class name, so that the
 * registry lists them the same way whatever the order of the path. A provider that cannot be
 * instantiated is skipped with the message of the service loader's
 * {@link java.util.ServiceConfigurationError}; clashing ids are the registrations' to report.
 */
final class ProviderLookup {

  /**
   * A service loader that fails this often in a row without finding anything is not moving on
   * (its recovery after an error is "best effort"): stop asking it rather than loop.
   */
  private static final int MAX_FAILURES_IN_A_ROW = 1000;

  private ProviderLookup() {}

  /**
   * Registers every provider the service loader finds through a loader, in class-name order; a
   * provider it cannot load or instantiate is skipped with the service loader's message.
   */
  static void find(ClassLoader loader, Registrations registrations) {
    List<RuleProvider> providers = new ArrayList<>();
    Iterator<RuleProvider> found = ServiceLoader.load(RuleProvider.class, loader).iterator();
    int failuresInARow = 0;
    while (failuresInARow < MAX_FAILURES_IN_A_ROW) {
      try {
        if (!found.hasNext()) {
          break;
        }
        providers.add(found.next());
        failuresInARow = 0;
      } catch (ServiceConfigurationError | LinkageError e) {
        registrations.skip(oneLine(e));
        failuresInARow++;
      }
    }
    providers.sort(Comparator.comparing(provider -> provider.getClass().getName()));
    for (RuleProvider provider : providers) {
      registrations.addOrSkip(provider);
    }
  }

  /** The service loader's message names the provider; its cause says what went wrong. */
  private static String oneLine(Throwable e) {
    StringBuilder line = new StringBuilder(String.valueOf(e.getMessage()));
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      line.append(": ").append(cause.getClass().getName());
      if (cause.getMessage() != null) {
        line.append(": ").append(cause.getMessage());
      }
    }
    return line.toString().replace('\n', ' ');
  }
}
