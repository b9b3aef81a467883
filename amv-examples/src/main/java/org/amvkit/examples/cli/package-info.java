/*
 * Copyright 2026 the amvkit authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The {@code amv} command line, built with picocli: {@code classify}, {@code explain},
 * {@code profiles}, {@code rules}, {@code stats} (the community's numbers: most used sources,
 * originality, collaborations, birthday videos) and {@code contest}, which checks the entries of an
 * {@code amv-contest/1} file, and {@code import}, which writes an AMV Tracker file as a
 * catalogue. It reads {@code amv-catalogue/1} files, standard input and AMV Tracker's files (told
 * apart by content, {@link org.amvkit.examples.cli.CatalogueInput}) as streams, so a catalogue of
 * any size is handled in constant memory. Every command writes JSON through
 * {@link org.amvkit.examples.cli.JsonOutput}, which is public so that the benchmarks measure the
 * writer the command line uses.
 */
package org.amvkit.examples.cli;
