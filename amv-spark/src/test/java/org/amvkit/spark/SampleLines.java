/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.amvkit.core.Video;
import org.amvkit.core.catalogue.Catalogue;
import org.amvkit.core.json.CatalogueReader;
import org.amvkit.core.json.CatalogueWriter;
import org.amvkit.core.json.VideoLineWriter;
import org.amvkit.examples.CanineRules;

/** The examples' sample catalogue, and its line form. */
final class SampleLines {

  static final Catalogue CATALOGUE = read("sample-catalogue.json");

  private SampleLines() {}

  /** The sources document of the line form. */
  static String sources() {
    StringWriter out = new StringWriter();
    try (CatalogueWriter writer = CatalogueWriter.open(out)) {
      writer.writeAll(Catalogue.builder().addAllSources(CATALOGUE.sources()).build());
    }
    return out.toString();
  }

  /** The videos, one line each. */
  static List<String> videos() {
    return CATALOGUE.videos().stream().map(VideoLineWriter::toLine).toList();
  }

  static List<Video> videoValues() {
    return CATALOGUE.videos();
  }

  /** A resource of the examples, such as {@code pack-profile.json}, as text. */
  static String text(String name) {
    try (InputStream in = CanineRules.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Catalogue read(String name) {
    try (CatalogueReader reader = CatalogueReader.open(CanineRules.class.getResourceAsStream(name))) {
      return reader.readAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
