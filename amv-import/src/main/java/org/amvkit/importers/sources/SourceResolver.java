/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.importers.sources;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.amvkit.core.Source;

/**
 * Finds the source a footage title names: in the catalogue's own sources first, then in a
 * reference the user gives, then in the {@link BundledReference bundled reference} of well-known
 * sources. Titles are compared by their {@link TitleNormalizer keys}; a source is found by its
 * title and by each of its {@link Source#aliases() aliases}.
 *
 * <pre>{@code
 * SourceResolver resolver = SourceResolver.builder()
 *     .catalogue(catalogue.sources())
 *     .reference(CatalogueReader.open(referenceFile).sources())
 *     .bundled()
 *     .build();
 * resolver.resolve("Lion King, The").origin();      // BUNDLED
 * resolver.resolve("My Own Short").isResolved();    // false
 * }</pre>
 *
 * <p>Within one of the three, a source's title wins over another's alias, and when two titles (or
 * two aliases) share a key the one listed first wins, as a person reading the list top down would
 * find it. A resolver is immutable and thread-safe.
 */
public final class SourceResolver {

  private final List<Map<String, Source>> layers;
  private final List<Origin> origins;

  private SourceResolver(Builder builder) {
    this.layers = List.copyOf(builder.layers);
    this.origins = List.copyOf(builder.origins);
  }

  /**
   * Returns a builder; the sources are looked up in the order they are added to it.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Finds the source a title names.
   *
   * @param title  the footage title as given, not null
   * @return the source and where it was found, or an unresolved resolution, not null
   */
  public Resolution resolve(String title) {
    Objects.requireNonNull(title, "title");
    String key = TitleNormalizer.normalize(title);
    for (int i = 0; i < layers.size(); i++) {
      Source source = layers.get(i).get(key);
      if (source != null) {
        return new Resolution(title, Optional.of(source), origins.get(i));
      }
    }
    return new Resolution(title, Optional.empty(), Origin.UNRESOLVED);
  }

  /** Builds a {@link SourceResolver}; obtained from {@link SourceResolver#builder()}. */
  public static final class Builder {

    private final List<Map<String, Source>> layers = new ArrayList<>();
    private final List<Origin> origins = new ArrayList<>();

    private Builder() {}

    /**
     * Adds the catalogue's own sources.
     *
     * @param sources  the sources, not null
     * @return this builder, not null
     */
    public Builder catalogue(List<Source> sources) {
      return add(Origin.CATALOGUE, sources);
    }

    /**
     * Adds a reference the user gives.
     *
     * @param sources  the reference's sources, not null
     * @return this builder, not null
     */
    public Builder reference(List<Source> sources) {
      return add(Origin.REFERENCE, sources);
    }

    /**
     * Adds the bundled reference of well-known sources.
     *
     * @return this builder, not null
     */
    public Builder bundled() {
      return add(Origin.BUNDLED, BundledReference.sources());
    }

    private Builder add(Origin origin, List<Source> sources) {
      Objects.requireNonNull(sources, "sources");
      Map<String, Source> byKey = new HashMap<>();
      for (Source source : sources) {
        byKey.putIfAbsent(TitleNormalizer.normalize(source.title()), source);
      }
      for (Source source : sources) {
        for (String alias : source.aliases()) {
          byKey.putIfAbsent(TitleNormalizer.normalize(alias), source);
        }
      }
      layers.add(Collections.unmodifiableMap(byKey));
      origins.add(origin);
      return this;
    }

    /**
     * Builds the resolver.
     *
     * @return the resolver, not null
     */
    public SourceResolver build() {
      return new SourceResolver(this);
    }
  }
}
