package org.amvkit.rules.builtin;

import java.util.List;
import org.amvkit.rules.Profile;
import org.amvkit.rules.builtin.BuiltInRules.CountBy;
import org.amvkit.rules.builtin.BuiltInRules.Quantifier;
import org.amvkit.rules.spi.Parameter;
import org.amvkit.rules.spi.ParameterType;
import org.amvkit.rules.spi.RuleProvider;
import org.amvkit.rules.spi.RuleType;

/**
 * Registers the {@linkplain BuiltInRules built-in rules} and the {@linkplain BuiltInProfiles
 * built-in profiles}.
 *
 * <table>
 *   <caption>Parameters of the built-in rules</caption>
 *   <tr><th>rule</th><th>parameter</th><th>values</th><th>default</th></tr>
 *   <tr><td>{@value BuiltInRules#MULTIPLE_SOURCES}</td><td>{@value #COUNT_BY}</td>
 *       <td>title, franchise</td><td>title</td></tr>
 *   <tr><td>{@value BuiltInRules#FEATURES_ANIMALS}</td><td>{@value #QUANTIFIER}</td>
 *       <td>every, any</td><td>every</td></tr>
 * </table>
 *
 * <p>{@link org.amvkit.rules.spi.RuleRegistry} always includes this provider itself; it is not
 * registered with the service loader, which would count it twice.
 */
public final class BuiltInRuleProvider implements RuleProvider {

  /** Parameter of {@value BuiltInRules#MULTIPLE_SOURCES}: count titles or franchises. */
  public static final String COUNT_BY = "count-by";
  /** Parameter of {@value BuiltInRules#FEATURES_ANIMALS}: every source or any source. */
  public static final String QUANTIFIER = "quantifier";

  private static final List<RuleType> RULE_TYPES = List.of(
      RuleType.of(BuiltInRules.hasMusic()),
      RuleType.of(BuiltInRules.hasSource()),
      RuleType.of(BuiltInRules.singleSource()),
      RuleType.of(BuiltInRules.MULTIPLE_SOURCES,
          "uses footage from more than one source, counting titles or franchises",
          List.of(Parameter.optional(COUNT_BY, ParameterType.choice(CountBy.class), "title",
              "title: every title counts; franchise: the sources of one franchise count once")),
          parameters -> BuiltInRules.multipleSources(parameters.choice(COUNT_BY, CountBy.class))),
      RuleType.of(BuiltInRules.animatedFootageOnly()),
      RuleType.of(BuiltInRules.animeFootageOnly()),
      RuleType.of(BuiltInRules.FEATURES_ANIMALS,
          "every source (or any source) features animal characters",
          List.of(Parameter.optional(QUANTIFIER, ParameterType.choice(Quantifier.class), "every",
              "every: every source used features an animal; any: one source is enough")),
          parameters -> BuiltInRules.featuresAnimals(
              parameters.choice(QUANTIFIER, Quantifier.class))));

  /** Creates the provider; the service loader's contract, though it is not registered there. */
  public BuiltInRuleProvider() {}

  /**
   * Returns the seven built-in rule types, in the order of {@link BuiltInRules#all()}.
   *
   * @return the rule types, not null
   */
  @Override
  public List<RuleType> ruleTypes() {
    return RULE_TYPES;
  }

  /**
   * Returns the built-in profiles, the default first.
   *
   * @return {@link BuiltInProfiles#all()}, not null
   */
  @Override
  public List<Profile> profiles() {
    return BuiltInProfiles.all();
  }
}
