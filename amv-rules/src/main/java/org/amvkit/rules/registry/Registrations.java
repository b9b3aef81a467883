/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.rules.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amvkit.rules.Profile;
import org.amvkit.rules.spi.RuleProvider;
import org.amvkit.rules.spi.RuleType;

/**
 * Gathers what providers register, one provider at a time and all or nothing: a provider whose
 * lists cannot be read, or that registers an id already taken, adds nothing at all, so that a
 * registry built leniently (from the service loader) holds every sound provider whole and none of
 * a broken one.
 */
final class Registrations {

  /** A registered value with the class of the provider that registered it. */
  static final class Registered<T> {
    final T value;
    final Class<? extends RuleProvider> provider;

    Registered(T value, Class<? extends RuleProvider> provider) {
      this.value = value;
      this.provider = provider;
    }
  }

  final List<Class<? extends RuleProvider>> providers = new ArrayList<>();
  final Map<String, Registered<RuleType>> ruleTypes = new LinkedHashMap<>();
  final Map<String, Registered<Profile>> profiles = new LinkedHashMap<>();
  private final List<String> skipped = new ArrayList<>();

  /**
   * Registers a provider, or nothing of it.
   *
   * @param provider  the provider, not null
   * @throws IllegalArgumentException naming the provider if its lists are null or hold null, if a
   *     list cannot be read (the provider threw), or if an id it registers is taken
   */
  void add(RuleProvider provider) {
    if (provider == null) {
      throw new IllegalArgumentException("a provider is null");
    }
    Class<? extends RuleProvider> type = provider.getClass();
    if (providers.contains(type)) {
      return;
    }
    List<RuleType> types = list(type, "ruleTypes()", () -> provider.ruleTypes());
    List<Profile> provided = list(type, "profiles()", () -> provider.profiles());
    Map<String, Registered<RuleType>> newTypes = new LinkedHashMap<>();
    for (RuleType ruleType : types) {
      register("rule", ruleType.id(), ruleType, type, ruleTypes, newTypes);
    }
    Map<String, Registered<Profile>> newProfiles = new LinkedHashMap<>();
    for (Profile profile : provided) {
      register("profile", profile.id(), profile, type, profiles, newProfiles);
    }
    providers.add(type);
    ruleTypes.putAll(newTypes);
    profiles.putAll(newProfiles);
  }

  /**
   * Registers a provider found by the service loader; a broken one is skipped and said why.
   *
   * @param provider  the provider, not null
   */
  void addOrSkip(RuleProvider provider) {
    try {
      add(provider);
    } catch (IllegalArgumentException e) {
      skipped.add(e.getMessage());
    }
  }

  /**
   * Notes a provider the service loader could not load at all.
   *
   * @param why  one line, not null
   */
  void skip(String why) {
    skipped.add(why);
  }

  List<String> skipped() {
    return Collections.unmodifiableList(new ArrayList<>(skipped));
  }

  private interface ListCall<T> {
    List<T> get();
  }

  /** A user's provider is foreign code: whatever it throws is its own failure, said in a line. */
  private static <T> List<T> list(Class<?> provider, String method, ListCall<T> call) {
    List<T> list;
    try {
      list = call.get();
    } catch (RuntimeException | LinkageError e) {
      throw new IllegalArgumentException(provider.getName() + "." + method + " failed: "
          + e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
    }
    if (list == null) {
      throw new IllegalArgumentException(provider.getName() + "." + method + " returned null");
    }
    for (T element : list) {
      if (element == null) {
        throw new IllegalArgumentException(provider.getName() + "." + method
            + " returned a list holding null");
      }
    }
    return list;
  }

  private static <T> void register(String kind, String id, T value,
      Class<? extends RuleProvider> provider, Map<String, Registered<T>> registered,
      Map<String, Registered<T>> fresh) {
    Registered<T> earlier = registered.containsKey(id) ? registered.get(id) : fresh.get(id);
    if (earlier != null) {
      throw new IllegalArgumentException(kind + " id \"" + id + "\" is registered "
          + (earlier.provider == provider ? "twice by " + provider.getName()
              : "by both " + earlier.provider.getName() + " and " + provider.getName()));
    }
    fresh.put(id, new Registered<>(value, provider));
  }
}
