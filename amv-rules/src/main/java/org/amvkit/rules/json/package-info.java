/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Profiles written as JSON: {@link org.amvkit.rules.json.ProfileReader} reads a file that names
 * rules registered in a {@link org.amvkit.rules.registry.RuleRegistry}, with their parameters,
 * into a {@link org.amvkit.rules.Profile} for the {@link org.amvkit.rules.Classifier}. Faults are
 * reported as one {@link org.amvkit.rules.json.ProfileFormatException} that starts with the JSON
 * path. {@link org.amvkit.rules.json.ContestReader} reads {@code amv-contest/1} files — a
 * convention's rule sheet and its entries — into a {@link org.amvkit.rules.contest.Contest}, with
 * the contest's definition written as a profile's definition is; its faults are
 * {@link org.amvkit.rules.json.ContestFormatException}s. Both exceptions are amv-core's
 * {@link org.amvkit.core.json.JsonFormatException}, as the catalogue reader's is, and say a fault
 * the same way. Uses Jackson databind's tree model, an optional dependency of amvkit.
 */
package org.amvkit.rules.json;
