package io.github.fazhi.validation;

/**
 * The category a rule belongs to. Categories are Bean Validation groups checked in this order: structure
 * (the parts, the title, the numbering), then content (what the text says), then style (how it is
 * written). A full check reports every category; a validator built with {@link
 * ReportValidator.Builder#failFastByCategory(boolean)} stops after the first category with a finding.
 *
 * <pre>{@code
 * Rules.byId("numbering-gap").orElseThrow().category(); // STRUCTURE
 * }</pre>
 */
public enum RuleCategory {
    /** The mandated parts, the title's presence, the numbering, the issuer and the sign-off. */
    STRUCTURE,
    /** What the text says: years, first-responsible-person duties, placeholders, markings. */
    CONTENT,
    /** How it is written: label forms, punctuation, the date's form, the title's document type. */
    STYLE
}
