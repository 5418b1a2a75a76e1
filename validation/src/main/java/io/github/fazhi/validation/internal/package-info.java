/**
 * Internals of fazhi-validation, not API: one class per rule (a {@link jakarta.validation.ConstraintValidator}
 * with its constraint annotation nested as {@code Check}), the rule catalogue, the message bundles and their
 * interpolation, and the SARIF/JSON writers. May change in any release.
 */
package io.github.fazhi.validation.internal;
