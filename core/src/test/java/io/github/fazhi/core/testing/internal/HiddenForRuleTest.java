package io.github.fazhi.core.testing.internal;

/** An internal type, for {@code PublicApiRulesTest}. */
public final class HiddenForRuleTest {}
