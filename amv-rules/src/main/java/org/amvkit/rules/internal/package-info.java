/**
 * Internals of amvkit's rules, not part of the API and not exported from the module: the fast
 * path by which the {@link org.amvkit.rules.Classifier} decides the built-in rules. Most of them
 * are decided by a handful of {@link org.amvkit.rules.internal.Facts} a video computed when it was
 * built, looked up in a table the classifier makes once per profile; the others are asked for a
 * status without allocating ({@link org.amvkit.rules.internal.StatusRule}). Their evidence is
 * worked out when someone asks why.
 */
package org.amvkit.rules.internal;
