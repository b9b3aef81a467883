/**
 * Helpers shared by the packages of {@code org.amvkit.core}: the spelling rules of identifiers and
 * the lookup of enum constants by identifier. Not exported: nothing here is API.
 */
package org.amvkit.core.internal;
