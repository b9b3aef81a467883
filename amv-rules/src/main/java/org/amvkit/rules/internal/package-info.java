/**
 * Internals of amvkit's rules, not part of the API and not exported from the module: the fast
 * path by which the {@link org.amvkit.rules.Classifier} asks the built-in rules for a status
 * without allocating, leaving their evidence to be worked out when someone asks why.
 */
package org.amvkit.rules.internal;
