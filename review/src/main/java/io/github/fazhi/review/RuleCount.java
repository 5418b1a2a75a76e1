package io.github.fazhi.review;

import io.github.fazhi.validation.Severity;
import java.util.Objects;

/**
 * How often a rule fired across the jurisdiction.
 *
 * <pre>{@code
 * RuleCount top = audit.topRules(1).get(0);
 * top.ruleId();       // "part-missing"
 * top.findings();     // 7
 * top.files();        // 5
 * }</pre>
 *
 * @param ruleId the rule's id
 * @param severity its severity in the profile
 * @param description the rule's one-line description in the audit's locale
 * @param findings how many findings it made
 * @param files in how many files
 */
public record RuleCount(String ruleId, Severity severity, String description, int findings, int files) {

    /** Checks for nulls. */
    public RuleCount {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(description, "description");
    }
}
