package io.github.fazhi.validation.internal;

import io.github.fazhi.validation.Finding;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Findings that explain others: when a rule's finding says why other findings arise (a text that is no report
 * has every part missing; a copy cut mid-sentence has the later parts and the sign-off missing), the validator
 * reports the explaining finding and drops those it explains, so the one thing worth saying is not buried.
 */
public final class Explanations {

    /**
     * By rule id: whether a finding of that rule (the first argument) explains another finding (the second).
     */
    private static final Map<String, BiPredicate<Finding, Finding>> EXPLAINS =
            Map.of(NotAReportRule.ID, NotAReportRule::explains, TextTruncatedRule.ID, TextTruncatedRule::explains);

    private Explanations() {}

    /** {@code findings} without those another of them explains, in the same order. */
    public static List<Finding> withoutExplained(List<Finding> findings) {
        List<Finding> explaining =
                findings.stream().filter(f -> EXPLAINS.containsKey(f.ruleId())).toList();
        if (explaining.isEmpty()) {
            return findings;
        }
        return findings.stream()
                .filter(f -> explaining.stream()
                        .noneMatch(e -> e != f && EXPLAINS.get(e.ruleId()).test(e, f)))
                .toList();
    }
}
