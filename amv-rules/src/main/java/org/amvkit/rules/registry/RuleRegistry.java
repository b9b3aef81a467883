/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.registry;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.amvkit.rules.Classifier;
import org.amvkit.rules.Profile;
import org.amvkit.rules.Rule;
import org.amvkit.rules.builtin.BuiltInRuleProvider;
import org.amvkit.rules.registry.Registrations.Registered;
import org.amvkit.rules.spi.ParameterException;
import org.amvkit.rules.spi.RuleProvider;
import org.amvkit.rules.spi.RuleType;

/**
 * Every rule type and profile known: the built-ins and those of the plug-ins found, by id.
 *
 * <pre>{@code
 * RuleRegistry registry = RuleRegistry.load();   // built-ins + ServiceLoader plug-ins
 * Rule rule = registry.create("multiple-sources", Map.of("count-by", "franchise"));
 * Classifier strict = registry.classifier("all-the-tropes-strict");
 * registry.providerOfRule("features-canines");   // Optional[class com.example.CanineRules]
 * }</pre>
 *
 * <p>The built-in provider, {@link BuiltInRuleProvider}, is always included and comes first; it is
 * not registered with the service loader. A provider class is used once however often it is given
 * or found. Two providers registering the same rule id, or the same profile id, is an error that
 * names both.
 *
 * <p>A registry is immutable and thread-safe. Since it is rebuilt the same way from the same
 * class path, a worker of a distributed job can rebuild a classifier from a profile id (or a
 * profile's JSON, see {@code org.amvkit.rules.json.ProfileReader}) instead of receiving rules.
 */
public final class RuleRegistry {

  private final List<Class<? extends RuleProvider>> providers;
  private final Map<String, Registered<RuleType>> ruleTypes;
  private final Map<String, Registered<Profile>> profiles;
  private final List<RuleType> ruleTypeList;
  private final List<Profile> profileList;
  private final List<String> skipped;

  private RuleRegistry(Registrations registrations) {
    this.providers = List.copyOf(registrations.providers);
    this.ruleTypes = Collections.unmodifiableMap(new LinkedHashMap<>(registrations.ruleTypes));
    this.profiles = Collections.unmodifiableMap(new LinkedHashMap<>(registrations.profiles));
    this.ruleTypeList = ruleTypes.values().stream().map(registered -> registered.value).toList();
    this.profileList = profiles.values().stream().map(registered -> registered.value).toList();
    this.skipped = registrations.skipped();
  }

  private static Registrations withBuiltIns() {
    Registrations registrations = new Registrations();
    registrations.add(new BuiltInRuleProvider());
    return registrations;
  }

  /**
   * Returns the built-ins and every provider the service loader finds through the class loader
   * that loaded amvkit, on the module path and on the class path. A provider that cannot be
   * loaded, cannot be instantiated, throws when asked for its lists, or registers an id another
   * provider has, is skipped whole and said why in {@link #skipped()}: one broken plug-in does not
   * take the others, or the built-ins, down with it.
   *
   * @return the registry, not null
   */
  public static RuleRegistry load() {
    return load(RuleRegistry.class.getClassLoader());
  }

  /**
   * Returns the built-ins and every provider the service loader finds through a given class
   * loader, such as the context class loader of a worker that loads plug-ins from its own jars.
   *
   * Broken providers are skipped as by {@link #load()}.
   *
   * @param loader  the class loader to search, not null
   * @return the registry, not null
   */
  public static RuleRegistry load(ClassLoader loader) {
    Registrations registrations = withBuiltIns();
    ProviderLookup.find(Objects.requireNonNull(loader, "loader"), registrations);
    return new RuleRegistry(registrations);
  }

  /**
   * Returns the built-ins and the given providers, without asking the service loader.
   *
   * @param providers  the providers, in the order to list them, not null
   * @return the registry, not null
   * @throws IllegalArgumentException if two providers register the same rule id or profile id,
   *     or a provider returns a null list, a list holding null, or throws when asked for one
   */
  public static RuleRegistry of(RuleProvider... providers) {
    Registrations registrations = withBuiltIns();
    for (RuleProvider provider : List.of(providers)) {
      registrations.add(provider);
    }
    return new RuleRegistry(registrations);
  }

  /**
   * Returns this registry with more providers, such as one that needs data and so cannot be found
   * by the service loader ({@code RareSourceRule.provider(analytics)}): the rules and profiles of
   * this one, the plug-ins it loaded included, and theirs.
   *
   * <pre>{@code
   * RuleRegistry withRare = RuleRegistry.load().with(RareSourceRule.provider(analytics));
   * }</pre>
   *
   * @param more  the providers to add, not null
   * @return a new registry, not null; this one is unchanged
   * @throws IllegalArgumentException if a provider registers an id already registered, returns a
   *     null list or throws when asked for one
   */
  public RuleRegistry with(RuleProvider... more) {
    Registrations registrations = new Registrations();
    registrations.providers.addAll(providers);
    registrations.ruleTypes.putAll(ruleTypes);
    registrations.profiles.putAll(profiles);
    skipped.forEach(registrations::skip);
    for (RuleProvider provider : List.of(more)) {
      registrations.add(provider);
    }
    return new RuleRegistry(registrations);
  }

  /**
   * Says which providers the service loader found but {@link #load()} skipped, and why, one line
   * each: a class that cannot be loaded or instantiated, a provider whose lists cannot be read,
   * or one registering an id another has. Empty for a registry made by {@link #of}, which throws
   * instead.
   *
   * <pre>{@code
   * registry.skipped();   // [com.example.Broken.ruleTypes() failed: java.lang.IllegalStateException: no config]
   * }</pre>
   *
   * @return the reasons, one line each, in the order found, not null
   */
  public List<String> skipped() {
    return skipped;
  }

  /**
   * Returns the classes of the providers used, the built-in one first.
   *
   * @return the provider classes, not null
   */
  public List<Class<? extends RuleProvider>> providers() {
    return providers;
  }

  /**
   * Returns every rule type, the built-ins first, then by provider.
   *
   * @return the rule types, not null
   */
  public List<RuleType> ruleTypes() {
    return ruleTypeList;
  }

  /**
   * Finds a rule type by id.
   *
   * @param id  the rule's id, such as {@code "multiple-sources"}, not null
   * @return the rule type, or empty, not null
   */
  public Optional<RuleType> ruleType(String id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(ruleTypes.get(id)).map(registered -> registered.value);
  }

  /**
   * Makes a registered rule with parameters.
   *
   * @param id  the rule's id, not null
   * @param rawParams  the parameter values by name, as for {@link RuleType#create(Map)}, not null
   * @return the rule, not null
   * @throws IllegalArgumentException if no rule type has the id; the message lists the registered
   *     ones
   * @throws ParameterException if the parameters are not what the rule type declares
   */
  public Rule create(String id, Map<String, ?> rawParams) {
    Objects.requireNonNull(rawParams, "rawParams");
    return ruleType(id).orElseThrow(() -> new IllegalArgumentException(unknownRule(id)))
        .create(rawParams);
  }

  /**
   * Makes a registered rule with its parameters at their defaults.
   *
   * @param id  the rule's id, not null
   * @return the rule, not null
   * @throws IllegalArgumentException if no rule type has the id
   * @throws ParameterException if the rule type has a required parameter
   */
  public Rule create(String id) {
    return create(id, Map.of());
  }

  /** {@code unknown rule "has-musik"; registered rules: has-music, has-source, …}. */
  private String unknownRule(String id) {
    return "unknown rule \"" + id + "\"; registered rules: " + String.join(", ", ruleTypes.keySet())
        + skippedNote();
  }

  /**
   * Returns every profile, the built-ins first, then by provider.
   *
   * @return the profiles, not null
   */
  public List<Profile> profiles() {
    return profileList;
  }

  /**
   * Finds a profile by id.
   *
   * @param id  the profile's id, such as {@code "all-the-tropes"}, not null
   * @return the profile, or empty, not null
   */
  public Optional<Profile> profile(String id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(profiles.get(id)).map(registered -> registered.value);
  }

  /**
   * Returns a classifier for a registered profile.
   *
   * @param profileId  the profile's id, not null
   * @return the classifier, not null
   * @throws IllegalArgumentException if no profile has the id; the message lists the registered
   *     ones
   */
  public Classifier classifier(String profileId) {
    return Classifier.of(profile(profileId).orElseThrow(() -> new IllegalArgumentException(
        unknownProfile(profileId))));
  }

  /** {@code unknown profile "strict"; registered profiles: all-the-tropes, …}. */
  private String unknownProfile(String id) {
    return "unknown profile \"" + id + "\"; registered profiles: "
        + String.join(", ", profiles.keySet()) + skippedNote();
  }

  /** An id asked for may be one a skipped plug-in would have given: say so where it is missed. */
  private String skippedNote() {
    return skipped.isEmpty() ? "" : "; skipped plug-ins: " + String.join("; ", skipped);
  }

  /**
   * Tells which provider registered a rule type.
   *
   * @param id  the rule's id, not null
   * @return the provider's class, or empty if no rule type has the id, not null
   */
  public Optional<Class<? extends RuleProvider>> providerOfRule(String id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(ruleTypes.get(id)).map(registered -> registered.provider);
  }

  /**
   * Tells which provider registered a profile.
   *
   * @param id  the profile's id, not null
   * @return the provider's class, or empty if no profile has the id, not null
   */
  public Optional<Class<? extends RuleProvider>> providerOfProfile(String id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(profiles.get(id)).map(registered -> registered.provider);
  }

  /**
   * Returns the providers and the ids they registered, for diagnostics.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "RuleRegistry" + providers.stream().map(Class::getName).toList()
        + " rules " + ruleTypes.keySet() + " profiles " + profiles.keySet();
  }
}
