/**
 * Profiles written as JSON: {@link org.amvkit.rules.json.ProfileReader} reads a file that names
 * rules registered in a {@link org.amvkit.rules.spi.RuleRegistry}, with their parameters, into a
 * {@link org.amvkit.rules.Profile} for the {@link org.amvkit.rules.Classifier}. Faults are
 * reported as one {@link org.amvkit.rules.json.ProfileFormatException} that starts with the JSON
 * path. Uses Jackson databind's tree model, an optional dependency of amvkit.
 */
package org.amvkit.rules.json;
