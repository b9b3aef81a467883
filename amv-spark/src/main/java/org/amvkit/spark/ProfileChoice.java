/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.spark;

import java.io.Serializable;
import java.util.Objects;
import org.amvkit.rules.Classifier;
import org.amvkit.rules.Profile;
import org.amvkit.rules.json.ProfileReader;
import org.amvkit.rules.registry.RuleRegistry;

/**
 * Which profile to classify with, in a form that travels to a cluster's workers: a registered
 * profile's id, or a profile's JSON text. The profile itself never travels: rules need not be
 * {@link Serializable}, so every worker rebuilds the classifier from this choice and the
 * {@link org.amvkit.rules.spi.RuleProvider}s its own class loader finds (the built-ins, and
 * plug-ins shipped with the job's jars).
 *
 * <pre>{@code
 * ProfileChoice.id("all-the-tropes");
 * ProfileChoice.json(Files.readString(Path.of("pack-profile.json")));
 * }</pre>
 *
 * <p>A choice is immutable; {@link #check()} resolves it once on the driver, so that a wrong id
 * or a bad profile is reported before any work is sent out.
 */
public final class ProfileChoice implements Serializable {

  private static final long serialVersionUID = 1L;

  /** @serial the profile id, or null when {@link #json} is given. */
  private final String id;
  /** @serial the profile's JSON text, or null when {@link #id} is given. */
  private final String json;

  private ProfileChoice(String id, String json) {
    this.id = id;
    this.json = json;
  }

  /**
   * Chooses a registered profile by id.
   *
   * @param id  the id, such as {@code "all-the-tropes"}, not null
   * @return the choice, not null
   */
  public static ProfileChoice id(String id) {
    return new ProfileChoice(Objects.requireNonNull(id, "id"), null);
  }

  /**
   * Chooses the profile a JSON text describes (see {@link ProfileReader} for the format).
   *
   * @param json  the profile's JSON text, not null
   * @return the choice, not null
   */
  public static ProfileChoice json(String json) {
    return new ProfileChoice(null, Objects.requireNonNull(json, "json"));
  }

  /**
   * Resolves the choice with the providers found by the current thread's context class loader,
   * which on a Spark executor sees the job's jars.
   *
   * @return the profile, not null
   * @throws IllegalArgumentException if no profile has the id (the message lists the registered
   *     ones, as {@link RuleRegistry#classifier(String)} says), or the JSON is not a valid profile
   *     (a {@link org.amvkit.rules.json.ProfileFormatException} naming the JSON path)
   */
  public Profile resolve() {
    return classifier().profile();
  }

  /**
   * Resolves the choice on the driver, to report a wrong choice before any work is sent out.
   *
   * @return this choice, not null
   * @throws IllegalArgumentException as {@link #resolve()}
   */
  public ProfileChoice check() {
    classifier();
    return this;
  }

  /** A classifier of the chosen profile, as every partition builds one. */
  Classifier classifier() {
    RuleRegistry registry = RuleRegistry.load(loader());
    return id != null ? registry.classifier(id)
        : Classifier.of(ProfileReader.with(registry).read(json));
  }

  private static ClassLoader loader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : ProfileChoice.class.getClassLoader();
  }

  /**
   * Returns the choice as it was given.
   *
   * @return {@code profile all-the-tropes}, or {@code profile from JSON (312 characters)}
   */
  @Override
  public String toString() {
    return id != null ? "profile " + id
        : "profile from JSON (" + json.length() + " characters)";
  }
}
