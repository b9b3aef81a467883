package org.amvkit.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import org.amvkit.core.Video;
import org.amvkit.core.json.CatalogueReader;
import org.amvkit.rules.Classification;
import org.amvkit.rules.Classifier;
import org.amvkit.rules.registry.RuleRegistry;

/**
 * Uses a plug-in found by the service loader: the {@link CanineRules} provider adds the rule
 * {@value CanineRules#FEATURES_CANINES} and the profile {@value CanineRules#WOLFPACK}, and the
 * sample catalogue is classified with that profile, as a host app would after dropping a plug-in
 * jar on its path.
 */
public final class PluginRules {

  private PluginRules() {}

  /**
   * Runs the example.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    RuleRegistry registry = RuleRegistry.load();
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
