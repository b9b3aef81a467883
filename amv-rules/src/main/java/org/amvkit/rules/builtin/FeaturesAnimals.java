package org.amvkit.rules.builtin;

import java.util.Set;
import org.amvkit.core.Source;
import org.amvkit.core.Video;
import org.amvkit.rules.Evidence;
import org.amvkit.rules.Status;
import org.amvkit.rules.builtin.BuiltInRules.Quantifier;
import org.amvkit.rules.internal.Facts;
import org.amvkit.rules.internal.StatusRule;

/**
 * {@value BuiltInRules#FEATURES_ANIMALS}: every used source (or any, as asked) features an animal
 * character. A source that lists no characters leaves it unknown unless another source decides.
 * The id is the same either way.
 */
final class FeaturesAnimals extends StatusRule {

  private final Quantifier quantifier;

  FeaturesAnimals(Quantifier quantifier) {
    super(BuiltInRules.FEATURES_ANIMALS, switch (quantifier) {
      case EVERY -> "every source features animal characters";
      case ANY -> "at least one source features animal characters";
    });
    this.quantifier = quantifier;
  }

  @Override
  public Status status(Video video) {
    Set<Source> used = video.usedSources();
    if (used.isEmpty()) {
      return Status.UNKNOWN;
    }
    return switch (quantifier) {
      case EVERY -> inEvery(used);
      case ANY -> inAny(used);
    };
  }

  /**
   * The first source listing characters, none an animal, fails it; else a source listing no
   * characters leaves it unknown.
   */
  private static Status inEvery(Set<Source> used) {
    boolean unlisted = false;
    for (Source source : used) {
      // featuresAnimals() is a field; only a source without animals needs its cast looked at
      if (!source.featuresAnimals()) {
        if (!source.cast().isEmpty()) {
          return Status.FAIL;
        }
        unlisted = true;
      }
    }
    return unlisted ? Status.UNKNOWN : Status.PASS;
  }

  /**
   * The first source with an animal passes it; else a source listing no characters leaves it
   * unknown.
   */
  private static Status inAny(Set<Source> used) {
    boolean unlisted = false;
    for (Source source : used) {
      if (source.featuresAnimals()) {
        return Status.PASS;
      }
      if (source.cast().isEmpty()) {
        unlisted = true;
      }
    }
    return unlisted ? Status.UNKNOWN : Status.FAIL;
  }

  @Override
  public Status statusFrom(int facts) {
    return !Facts.anySource(facts) ? Status.UNKNOWN : null;   // the sources' characters decide
  }

  @Override
  public Evidence evidence(Video video, Status status) {
    Set<Source> used = video.usedSources();
    if (used.isEmpty()) {
      return Evidence.of("no source is named, so its characters are not known");
    }
    return Evidence.of(
        "with animals: {with}; without animals: {without}; no characters listed: {unlisted}",
        "with", Sources.titles(used, source -> !source.cast().isEmpty() && source.featuresAnimals()),
        "without", Sources.titles(used,
            source -> !source.cast().isEmpty() && !source.featuresAnimals()),
        "unlisted", Sources.titles(used, source -> source.cast().isEmpty()));
  }
}
