/** The {@code amv} command line. */
package org.amvkit.examples.cli;
