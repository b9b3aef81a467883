package org.amvkit.rules.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
 * instantiated fails with the {@link java.util.ServiceConfigurationError} of the service loader.
 * Clashing ids are the registry's to report.
 */
final class ProviderLookup {

  private ProviderLookup() {}

  static List<RuleProvider> find(ClassLoader loader) {
    List<RuleProvider> providers = new ArrayList<>();
    for (RuleProvider provider : ServiceLoader.load(RuleProvider.class, loader)) {
      providers.add(provider);
    }
    providers.sort(Comparator.comparing(provider -> provider.getClass().getName()));
    return providers;
  }
}
