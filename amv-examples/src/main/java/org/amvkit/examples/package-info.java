/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Small programs that show how an application embeds amvkit: build videos in code and classify
 * them ({@link org.amvkit.examples.EmbedQuickstart}), check contest entries with custom predicates
 * ({@link org.amvkit.examples.ContestChecker}), report on a community
 * ({@link org.amvkit.examples.CommunityReport}), add a rule through a plug-in and read a profile
 * from JSON. Each has a test that runs it and checks what it prints.
 */
package org.amvkit.examples;
