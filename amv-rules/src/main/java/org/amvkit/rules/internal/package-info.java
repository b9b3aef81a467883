/**
 * Internals of amvkit's rules, not part of the API and not exported from the module: the fast
 * path by which the {@link org.amvkit.rules.Classifier} decides a profile's rules.
 *
 * <p>A {@link org.amvkit.rules.internal.Plan} is what a classifier works out once for its profile,
 * and it owns the encoding and the one walk over the profile's definitions: the classifier and its
 * classifications reach this package through the plan alone, and this package uses only the
 * public API of {@code org.amvkit.rules}. Most built-in rules are decided by a handful of
 * {@link org.amvkit.rules.internal.Facts} a video computed when it was built, looked up in a table
 * the plan makes; the others are asked for a status without allocating
 * ({@link org.amvkit.rules.internal.StatusRule}). Their evidence is worked out when someone asks
 * why.
 */
package org.amvkit.rules.internal;
