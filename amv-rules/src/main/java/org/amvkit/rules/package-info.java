/**
 * Rules that decide what a video is, and say why.
 */
package org.amvkit.rules;
