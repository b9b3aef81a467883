/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.amvkit.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.amvkit.core.Video;
import org.amvkit.core.json.CatalogueReader;
import org.amvkit.rules.Classification;
import org.amvkit.rules.Classifier;
import org.amvkit.rules.registry.RuleRegistry;

/**
 * Uses a plug-in from a folder of plug-in jars, as a host app would after a user dropped a jar
 * there: the {@link CanineRules} provider adds the rule {@value CanineRules#FEATURES_CANINES} and
 * the profile {@value CanineRules#WOLFPACK}, and the sample catalogue is classified with that
 * profile.
 *
 * <pre>
 * java -cp amv-examples/target/amv.jar org.amvkit.examples.PluginRules amv-examples/target/plugins
 * </pre>
 */
public final class PluginRules {

  private PluginRules() {}

  /**
   * Runs the example.
   *
   * @param args  the folder of plug-in jars; {@value #BUILT_PLUG_INS} when none is given
   */
  public static void main(String[] args) {
    run(Path.of(args.length > 0 ? args[0] : BUILT_PLUG_INS), System.out);
  }

  /** Where the build puts the demo plug-in's jar, seen from the project's root. */
  static final String BUILT_PLUG_INS = "amv-examples/target/plugins";

  static void run(Path plugIns, PrintStream out) {
    RuleRegistry registry = PlugInFolder.of(plugIns).registry();
    out.println("rule " + CanineRules.FEATURES_CANINES + " registered by "
        + registry.providerOfRule(CanineRules.FEATURES_CANINES).map(Class::getSimpleName)
            .orElse("nobody"));
    Classifier classifier = registry.classifier(CanineRules.WOLFPACK);
    try (InputStream in = Samples.catalogue(); CatalogueReader reader = CatalogueReader.open(in)) {
      while (reader.hasNext()) {
        Video video = reader.next();
        Classification classification = classifier.classify(video);
        if (classification.category().equals("canine-animash")) {
          out.printf("%s \"%s\": %s%n", video.id(), video.title(), classification.label());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
